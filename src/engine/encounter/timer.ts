/**
 * A timer is an actor that sends one event at an absolute simulated time. Because its input is the
 * deadline and not a delay, a restored encounter re-arms it correctly. It schedules through the
 * actor system, so it runs on whatever clock the encounter was created with.
 */
import { fromCallback, type EventObject } from 'xstate';

export interface TimerInput {
  /** When to fire, in simulated milliseconds; `null` never fires. */
  readonly at: number | null;
  /** The event type to send back; it arrives with `at` set to the deadline. */
  readonly event: string;
}

const FIRE = 'timer.fire';

export const timer = fromCallback<EventObject, TimerInput>(({ sendBack, receive, input, system, self }) => {
  const { at, event } = input;
  if (at === null || !Number.isFinite(at)) return undefined;
  receive((received) => {
    if (received.type === FIRE) sendBack({ type: event, at });
  });
  const id = `${self.id}:${event}:${at}`;
  // The system's clock is the encounter's simulated clock; XState exposes it only as `_clock`.
  const clock = system._clock as { now?: () => number };
  const now = clock.now?.() ?? 0;
  system.scheduler.schedule(self, self, { type: FIRE }, Math.max(0, at - now), id);
  return () => system.scheduler.cancel(self, id);
});
