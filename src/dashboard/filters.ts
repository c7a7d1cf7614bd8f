/**
 * Narrowing a class's attempts to one scenario, one profile or a range of days. Days are the
 * instructor's own calendar days (the browser's time zone), from the attempt's end, or its start
 * while it is unfinished.
 */
import type { StoredAttempt } from '../storage/attempt-record.js';

export interface AttemptFilter {
  /** A scenario id; absent for every scenario. */
  readonly scenarioId?: string;
  readonly profileId?: string;
  /** First day included, `YYYY-MM-DD`, as a date input gives it. */
  readonly from?: string;
  /** Last day included, `YYYY-MM-DD`. */
  readonly to?: string;
}

export const NO_FILTER: AttemptFilter = {};

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local calendar day of an ISO date-time, `YYYY-MM-DD`. */
export function localDay(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

export function attemptDay(attempt: StoredAttempt): string {
  return localDay(attempt.status === 'finished' ? attempt.finishedAt : attempt.startedAt);
}

export function matchesFilter(attempt: StoredAttempt, filter: AttemptFilter): boolean {
  if (filter.scenarioId && attempt.scenario.id !== filter.scenarioId) return false;
  if (filter.profileId && attempt.profileId !== filter.profileId) return false;
  if (filter.from || filter.to) {
    // `YYYY-MM-DD` strings compare in calendar order.
    const day = attemptDay(attempt);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
  }
  return true;
}

export function filterAttempts<T extends StoredAttempt>(attempts: readonly T[], filter: AttemptFilter): T[] {
  return attempts.filter((attempt) => matchesFilter(attempt, filter));
}

export function isFiltered(filter: AttemptFilter): boolean {
  return Boolean(filter.scenarioId || filter.profileId || filter.from || filter.to);
}

/** What the filters can offer: the scenarios, profiles and days the imported attempts have. */
export interface FilterChoices {
  readonly scenarioIds: readonly string[];
  readonly profileIds: readonly string[];
  /** First and last day, or `undefined` with no attempt. */
  readonly days?: { readonly first: string; readonly last: string };
}

export function filterChoices(attempts: readonly StoredAttempt[]): FilterChoices {
  const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  const days = sorted(attempts.map(attemptDay));
  const first = days[0];
  const last = days.at(-1);
  return {
    scenarioIds: sorted(attempts.map((a) => a.scenario.id)),
    profileIds: sorted(attempts.map((a) => a.profileId)),
    ...(first && last ? { days: { first, last } } : {}),
  };
}
