/**
 * Training hours for an agency's in-service record: the real (wall-clock) time an officer spent in
 * an encounter, not its simulated time. It is read from the real times an attempt keeps (its start,
 * each pick, its end): a gap between two of them longer than `IDLE_CAP_SECONDS` counts as that cap,
 * because no one weighs one decision for that long; the laptop slept, or the officer left it.
 */
import type { ExportableAttempt } from './exportable-attempt.js';

/** The longest real gap between two moments of an attempt that counts in full, in seconds. */
export const IDLE_CAP_SECONDS = 600;

/** Whole seconds on task; `null` when the attempt did not keep the time of every pick (saved before it kept them). */
export function secondsOnTask(attempt: ExportableAttempt): number | null {
  const pickTimes = attempt.pickTimes ?? [];
  if (pickTimes.length < attempt.picks.length || pickTimes.some((at) => at === null)) return null;
  const end = attempt.finishedAt ?? attempt.savedAt;
  const moments = [attempt.startedAt, ...(pickTimes as readonly string[]), ...(end ? [end] : [])].map((at) => Date.parse(at));
  if (moments.some((ms) => !Number.isFinite(ms))) return null;
  let total = 0;
  for (let i = 1; i < moments.length; i++)
    total += Math.min(IDLE_CAP_SECONDS, Math.max(0, ((moments[i] ?? 0) - (moments[i - 1] ?? 0)) / 1000));
  return Math.round(total);
}
