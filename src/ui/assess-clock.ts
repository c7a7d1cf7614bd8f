/**
 * Assess mode's running clock: real time from a TimeSource, times a factor, becomes simulated time
 * through `elapse`, so hesitation costs the patient. Whole simulated seconds only, carrying the
 * remainder, so that a recorded attempt replays to the same second.
 */
import type { TimeSource } from './time-source.js';

export interface AssessClock {
  pause(): void;
  resume(): void;
  readonly paused: boolean;
  /** Stops for good (the encounter ended or the screen was left). */
  stop(): void;
}

export interface AssessClockOptions {
  readonly source: TimeSource;
  /** Simulated seconds per real second. */
  readonly factor: number;
  /** Lets simulated seconds pass (the session's `elapse`). */
  readonly elapse: (simulatedSeconds: number) => void;
}

export function startAssessClock({ source, factor, elapse }: AssessClockOptions): AssessClock {
  let carried = 0;
  let stopTicking: (() => void) | undefined;
  let stopped = false;

  const tick = (realSeconds: number): void => {
    carried += realSeconds * factor;
    const whole = Math.floor(carried);
    if (whole <= 0) return;
    carried -= whole;
    elapse(whole);
  };
  const run = (): void => {
    if (!stopped && !stopTicking) stopTicking = source.start(tick);
  };
  run();

  return {
    pause() {
      stopTicking?.();
      stopTicking = undefined;
    },
    resume: run,
    get paused() {
      return stopTicking === undefined;
    },
    stop() {
      stopped = true;
      stopTicking?.();
      stopTicking = undefined;
    },
  };
}
