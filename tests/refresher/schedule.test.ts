/**
 * The refresher schedule on a simulated clock: the plan is asked on given days, never today's. An
 * officer fails the naloxone rules in the roommate's call, is due the next day, passes twice, and
 * the family moves out by the intervals README.md states; each time, the encounter offered is a
 * variant (its resolved parameters) this officer has not played.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayOf, isoDay, type Clock } from '../../src/refresher/days.js';
import { refresherPlan, type RefresherItem } from '../../src/refresher/plan.js';
import { DAYS_AFTER_FAILURE, DAYS_AFTER_SUCCESSES, intervalAfter, scheduleOf } from '../../src/refresher/schedule.js';
import { variantParameters } from '../../src/refresher/variant.js';
import type { FinishedAttempt } from '../../src/storage/attempt-record.js';
import { played, shippedManifests } from './helpers.js';

const OFFICER = 'IS-OAK-118';
const scenarios = shippedManifests();

function clock(at: string): Clock {
  return { now: new Date(at) };
}

function naloxone(attempts: readonly FinishedAttempt[], at: string): RefresherItem | undefined {
  const plan = refresherPlan({ traineeCode: OFFICER, attempts, scenarios, clock: clock(at) });
  return [...plan.due, ...plan.later].find((item) => item.family === 'naloxone');
}

function manifest(id: string) {
  const found = scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

describe('the spaced schedule of one family', () => {
  it('is due the day after a failure, then moves out by 7, 30 and 90 days with each success in a row', () => {
    expect(scheduleOf([{ day: 100, passed: false }])).toMatchObject({ dueDay: 101, streak: 0 });
    expect(
      scheduleOf([
        { day: 100, passed: false },
        { day: 101, passed: true },
      ]),
    ).toMatchObject({ dueDay: 108, streak: 1 });
    const twice = [
      { day: 100, passed: false },
      { day: 101, passed: true },
      { day: 108, passed: true },
    ];
    expect(scheduleOf(twice)).toMatchObject({ dueDay: 138, streak: 2 });
    expect(scheduleOf([...twice, { day: 140, passed: true }])).toMatchObject({ dueDay: 230, streak: 3 });
    expect(scheduleOf([...twice, { day: 140, passed: true }, { day: 230, passed: true }])).toMatchObject({ dueDay: 320, streak: 4 });
  });

  it('goes back to one day after a failure, however long the run of successes before it', () => {
    const results = [
      { day: 10, passed: true },
      { day: 17, passed: true },
      { day: 47, passed: true },
      { day: 50, passed: false },
    ];
    expect(scheduleOf(results)).toMatchObject({ dueDay: 51, streak: 0, intervalDays: 1 });
  });

  it('reads results in day order, whatever order they come in', () => {
    expect(
      scheduleOf([
        { day: 108, passed: true },
        { day: 100, passed: false },
        { day: 101, passed: true },
      ])?.dueDay,
    ).toBe(138);
  });

  it('has nothing scheduled before any result: the family is due at once', () => {
    expect(scheduleOf([])).toBeUndefined();
  });

  it('uses the intervals README.md states', () => {
    const readme = readFileSync('README.md', 'utf8');
    const row = (label: string): number => {
      const match = new RegExp(`^ *\\| ${label} \\| (\\d+) days? \\|`, 'm').exec(readme);
      if (!match?.[1]) throw new Error(`README.md has no refresher interval row "${label}"`);
      return Number(match[1]);
    };
    expect(row('after a failure')).toBe(DAYS_AFTER_FAILURE);
    expect(row('after the first success in a row')).toBe(DAYS_AFTER_SUCCESSES[0]);
    expect(row('after the second success in a row')).toBe(DAYS_AFTER_SUCCESSES[1]);
    expect(row('after the third and every later success in a row')).toBe(DAYS_AFTER_SUCCESSES[2]);
    expect(intervalAfter(0)).toBe(DAYS_AFTER_FAILURE);
    expect(intervalAfter(9)).toBe(DAYS_AFTER_SUCCESSES[2]);
  });
});

describe("an officer's refresher plan on the simulated clock", () => {
  const failed = played({
    scenarioId: 'overdose-apartment',
    path: 'frozen by fear: he dies',
    traineeCode: OFFICER,
    finishedAt: '2026-03-02T15:00:00.000Z',
  });

  it("puts a failed rule's scenario due the next day, not the same evening, and says which rule and when", () => {
    const evening = naloxone([failed], '2026-03-02T22:00:00.000Z');
    expect(evening?.due).toBe(false);
    expect(isoDay(evening?.dueDay ?? 0)).toBe('2026-03-03');

    const next = naloxone([failed], '2026-03-03T08:00:00.000Z');
    expect(next?.due).toBe(true);
    expect(next?.reason).toMatchObject({ kind: 'failed', day: dayOf('2026-03-02'), scenarioId: 'overdose-apartment' });
    const rule = next?.reason.kind === 'failed' ? next.reason.ruleId : '';
    // A critical rule outweighs the major and minor ones broken in the same encounter.
    expect(failed.report.criticalFailures).toContain(rule);
    expect(manifest(next?.scenarioId ?? '').protocols).toContain('naloxone');
  });

  it('after two passes moves the family out by 7 and then 30 days', () => {
    const first = played({
      scenarioId: 'overdose-public-restroom',
      path: 'exemplary',
      traineeCode: OFFICER,
      finishedAt: '2026-03-03T16:00:00.000Z',
    });
    const afterOne = naloxone([failed, first], '2026-03-09T12:00:00.000Z');
    expect(afterOne?.due).toBe(false);
    expect(isoDay(afterOne?.dueDay ?? 0)).toBe('2026-03-10');
    expect(naloxone([failed, first], '2026-03-10T07:00:00.000Z')?.due).toBe(true);

    const second = played({
      scenarioId: 'overdose-apartment',
      path: 'exemplary, one dose',
      traineeCode: OFFICER,
      finishedAt: '2026-03-10T18:00:00.000Z',
    });
    const attempts = [failed, first, second];
    const afterTwo = naloxone(attempts, '2026-04-08T12:00:00.000Z');
    expect(afterTwo).toMatchObject({ due: false, streak: 2 });
    expect(isoDay(afterTwo?.dueDay ?? 0)).toBe('2026-04-09');
    const due = naloxone(attempts, '2026-04-09T06:00:00.000Z');
    expect(due).toMatchObject({ due: true, reason: { kind: 'interval', streak: 2, intervalDays: 30 } });
  });

  it('offers a variant whose parameters this officer has not played, and another once that one is played', () => {
    const item = naloxone([failed], '2026-03-03T08:00:00.000Z');
    expect(item?.variant.unplayed).toBe(true);
    const scenario = manifest(item?.scenarioId ?? '');
    const playedHere = [failed].filter((a) => a.scenario.id === scenario.id).map((a) => variantParameters(scenario, a.seed));
    for (const parameters of playedHere) expect(item?.variant.parameters).not.toEqual(parameters);
    expect(item?.variant.parameters).toEqual(variantParameters(scenario, item?.variant.seed ?? 0));

    // The officer plays the variant offered (and fails again): the next plan offers yet another.
    const again = played({
      scenarioId: scenario.id,
      path: 'frozen by fear: he dies',
      traineeCode: OFFICER,
      finishedAt: '2026-03-03T09:00:00.000Z',
      seed: item?.variant.seed ?? 0,
    });
    const next = naloxone([failed, again], '2026-03-04T08:00:00.000Z');
    expect(next?.scenarioId).toBe(scenario.id);
    expect(next?.variant.unplayed).toBe(true);
    expect(next?.variant.parameters).not.toEqual(item?.variant.parameters);
    expect(next?.variant.parameters).not.toEqual(variantParameters(scenario, failed.seed));
  });

  it("gives the same plan all day, and counts only this officer's attempts", () => {
    const other = played({
      scenarioId: 'overdose-apartment',
      path: 'exemplary, one dose',
      traineeCode: 'IS-ELM-204',
      finishedAt: '2026-03-02T16:00:00.000Z',
    });
    const morning = refresherPlan({ traineeCode: OFFICER, attempts: [failed, other], scenarios, clock: clock('2026-03-03T07:00:00.000Z') });
    const evening = refresherPlan({ traineeCode: OFFICER, attempts: [failed], scenarios, clock: clock('2026-03-03T21:00:00.000Z') });
    expect(evening).toEqual(morning);
  });

  it("falls due on the calendar day of the officer's own time zone", () => {
    // 02:00 UTC on the 3rd is still the 2nd in California: the failure of "the 2nd" there is due on the 3rd, local.
    const pacific = -8 * 60;
    const plan = (at: string) =>
      refresherPlan({ traineeCode: OFFICER, attempts: [failed], scenarios, clock: { now: new Date(at), utcOffsetMinutes: pacific } });
    expect(plan('2026-03-03T07:30:00.000Z').due.some((i) => i.family === 'naloxone')).toBe(false);
    expect(plan('2026-03-03T08:30:00.000Z').due.some((i) => i.family === 'naloxone')).toBe(true);
  });

  it('names a rule not yet met in a kind of encounter never played, and offers an encounter of that kind', () => {
    const plan = refresherPlan({ traineeCode: OFFICER, attempts: [failed], scenarios, clock: clock('2026-03-02T20:00:00.000Z') });
    const patdown = plan.due.find((i) => i.reason.kind === 'not-yet-met');
    expect(patdown?.reason).toMatchObject({ kind: 'not-yet-met', scenarioKind: 'patdown' });
    expect(manifest(patdown?.scenarioId ?? '').kind).toBe('patdown');
    expect(manifest(patdown?.scenarioId ?? '').protocols).toContain(patdown?.family);
  });

  it('with no attempt at all, has every family a shipped scenario trains due today', () => {
    const plan = refresherPlan({ traineeCode: OFFICER, attempts: [], scenarios, clock: clock('2026-03-02T20:00:00.000Z') });
    const trained = new Set(scenarios.flatMap((s) => s.protocols));
    expect(new Set(plan.due.map((i) => i.family))).toEqual(trained);
    expect(plan.later).toEqual([]);
  });
});
