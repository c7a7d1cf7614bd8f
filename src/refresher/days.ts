/**
 * Calendar days on the trainee's own clock. A refresher falls due on a day, not at an hour: one failed
 * at four in the afternoon is due the next morning. The clock is always given (`Clock`), never read
 * here, so tests move it by months and the schedule stays the same in Node and the browser.
 */

/** Days since 1970-01-01 in the trainee's time zone: day arithmetic is integer arithmetic. */
export type DayNumber = number;

/** Now, and the trainee's offset from UTC (minutes east, as `-new Date().getTimezoneOffset()` gives it). */
export interface Clock {
  readonly now: Date;
  readonly utcOffsetMinutes?: number;
}

const DAY_MS = 86_400_000;

export function dayOf(at: Date | string, utcOffsetMinutes = 0): DayNumber {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return Math.floor((ms + utcOffsetMinutes * 60_000) / DAY_MS);
}

export function today(clock: Clock): DayNumber {
  return dayOf(clock.now, clock.utcOffsetMinutes);
}

/** `2026-03-04`: the day as the trainee's calendar names it. */
export function isoDay(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
