/**
 * Training hours over a set of attempts, for an agency's in-service record: the real time on task of
 * each attempt (export/time-on-task.ts, the same figure the CSV carries) added up. An attempt saved
 * before the time of each pick was kept has no time on task; it is counted as not recorded, never as
 * zero, so that a total never looks smaller than the training was without saying so.
 */
import type { FinishedAttempt } from '../storage/attempt-record.js';
import { secondsOnTask } from '../export/time-on-task.js';

export interface TrainingTime {
  /** Seconds on task over the attempts that recorded it; `null` when none did. */
  readonly seconds: number | null;
  /** Attempts whose time on task is in `seconds`. */
  readonly recorded: number;
  /** Attempts that did not keep what time on task needs. */
  readonly notRecorded: number;
}

export function trainingTime(attempts: readonly FinishedAttempt[]): TrainingTime {
  let seconds = 0;
  let recorded = 0;
  for (const attempt of attempts) {
    const onTask = secondsOnTask(attempt);
    if (onTask === null) continue;
    seconds += onTask;
    recorded += 1;
  }
  return { seconds: recorded === 0 ? null : seconds, recorded, notRecorded: attempts.length - recorded };
}

/** Whole hours and the minutes left over, to the nearest minute. */
export function hoursAndMinutes(seconds: number): { hours: number; minutes: number } {
  const minutes = Math.round(seconds / 60);
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
