/**
 * The spaced schedule: per rule family, when the officer should next practise it. The interval grows
 * with each success in a row and goes back to one day after a failure (README.md, "Refreshers", states
 * these intervals; change both together). Retention studies of overdose-response training retest at
 * two to four months, so the longest interval is three months.
 */
import type { DayNumber } from './days.js';

/** Days until the next practice after a failure. */
export const DAYS_AFTER_FAILURE = 1;

/** Days until the next practice after the first, second and third (or later) success in a row. */
export const DAYS_AFTER_SUCCESSES: readonly [number, ...number[]] = [7, 30, 90];

/** One encounter's result for one family, on the day it was played. */
export interface FamilyResult {
  readonly day: DayNumber;
  readonly passed: boolean;
}

export interface FamilySchedule {
  /** The day it is next due; the day it was first seen when there is no result yet is the caller's. */
  readonly dueDay: DayNumber;
  /** Successes in a row since the last failure. */
  readonly streak: number;
  /** The interval that set `dueDay`, in days. */
  readonly intervalDays: number;
  /** The latest result. */
  readonly last: FamilyResult;
}

export function intervalAfter(streak: number): number {
  if (streak <= 0) return DAYS_AFTER_FAILURE;
  return DAYS_AFTER_SUCCESSES[Math.min(streak, DAYS_AFTER_SUCCESSES.length) - 1] ?? DAYS_AFTER_SUCCESSES[0];
}

/**
 * The schedule a family's results give, played in day order (results of one day in the order given).
 * `undefined` when the family has no result yet: it is due at once.
 */
export function scheduleOf(results: readonly FamilyResult[]): FamilySchedule | undefined {
  let schedule: FamilySchedule | undefined;
  const ordered = results.map((r, i) => ({ r, i })).sort((a, b) => a.r.day - b.r.day || a.i - b.i);
  for (const { r } of ordered) {
    const streak = r.passed ? (schedule?.streak ?? 0) + 1 : 0;
    const intervalDays = intervalAfter(streak);
    schedule = { dueDay: r.day + intervalDays, streak, intervalDays, last: r };
  }
  return schedule;
}

export function isDue(schedule: FamilySchedule | undefined, day: DayNumber): boolean {
  return schedule === undefined || schedule.dueDay <= day;
}
