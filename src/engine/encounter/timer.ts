/**
 * A timer is an actor that sends one event at an absolute simulated time. Because its input is the
 * deadline and not a delay, a restored encounter re-arms it correctly; tests may replace it.
 */
import { fromCallback, type EventObject } from 'xstate';

export interface TimerInput {
  /** When to fire, in simulated milliseconds; `null` never fires. */
  readonly at: number | null;
  /** The event type to send back; it arrives with `at` set to the deadline. */
  readonly event: string;
}

export interface TimerClock {
  now(): number;
  setTimeout(fn: () => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
}

export function createTimer(clock: TimerClock) {
  return fromCallback<EventObject, TimerInput>(({ sendBack, input }) => {
    const { at, event } = input;
    if (at === null || !Number.isFinite(at)) return undefined;
    const handle = clock.setTimeout(() => sendBack({ type: event, at }), Math.max(0, at - clock.now()));
    return () => clock.clearTimeout(handle);
  });
}

/** Stands in for the timer until a session provides one bound to its clock; it never fires. */
export const unboundTimer = fromCallback<EventObject, TimerInput>(() => undefined);
