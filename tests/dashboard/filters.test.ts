import { describe, expect, it } from 'vitest';
import { attemptDay, filterAttempts, filterChoices, isFiltered, localDay } from '../../src/dashboard/filters.js';
import { classAttempts, DAYS, unfinishedClassAttempt } from './class-attempts.js';

describe('filters', () => {
  const attempts = classAttempts();
  const all = [...attempts, unfinishedClassAttempt()];

  it('keeps one scenario, one profile, or both', () => {
    const scenario = attempts[0]!.scenario.id;
    expect(filterAttempts(attempts, { scenarioId: scenario }).map((a) => a.id)).toEqual(
      attempts.filter((a) => a.scenario.id === scenario).map((a) => a.id),
    );
    const limited = filterAttempts(attempts, { profileId: 'limited-immunity' });
    expect(limited.length).toBeGreaterThan(0);
    expect(limited.every((a) => a.profileId === 'limited-immunity')).toBe(true);
    const both = filterAttempts(attempts, { scenarioId: scenario, profileId: 'limited-immunity' });
    expect(both.every((a) => a.scenario.id === scenario && a.profileId === 'limited-immunity')).toBe(true);
    expect(filterAttempts(attempts, { scenarioId: 'no-such-scenario' })).toEqual([]);
  });

  it('keeps a range of calendar days, both ends included, by the day an attempt finished (or started, if unfinished)', () => {
    const [first, second, third] = DAYS as [string, string, string];
    const days = (list: typeof all): Set<string> => new Set(list.map(attemptDay));
    expect(days(filterAttempts(all, { from: second }))).toEqual(new Set([second, third]));
    expect(days(filterAttempts(all, { to: second }))).toEqual(new Set([first, second]));
    expect(days(filterAttempts(all, { from: second, to: second }))).toEqual(new Set([second]));
    expect(filterAttempts(all, { to: first }).some((a) => a.status === 'in-progress')).toBe(true);
    expect(filterAttempts(all, { from: '2026-04-01' })).toEqual([]);
  });

  it('reads days in local time', () => {
    const date = new Date(2026, 2, 4, 23, 59);
    expect(localDay(date.toISOString())).toBe('2026-03-04');
  });

  it('offers the scenarios, profiles and days that were imported', () => {
    const choices = filterChoices(all);
    expect(choices.scenarioIds).toEqual([...new Set(attempts.map((a) => a.scenario.id))].sort());
    expect(choices.profileIds).toEqual(['limited-immunity', 'model-policy', 'warrant-parole-immunity']);
    expect(choices.days).toEqual({ first: DAYS[0], last: DAYS[2] });
    expect(filterChoices([]).days).toBeUndefined();
  });

  it('knows when nothing is filtered', () => {
    expect(isFiltered({})).toBe(false);
    expect(isFiltered({ from: '2026-03-02' })).toBe(true);
  });
});
