/** The per-trainee summary and its order, training time over a filtered range, and the critical failures beside the pass rate. */
import { describe, expect, it } from 'vitest';
import type { RuleResult } from '../../src/engine/index.js';
import { cohortFigures } from '../../src/dashboard/cohort.js';
import { filterAttempts } from '../../src/dashboard/filters.js';
import { durationText, notRecordedNote, trainingTimeText, type DashboardLabels } from '../../src/dashboard/labels.js';
import { nextTraineeSort, sortTrainees, traineeSummaries, type TraineeSort } from '../../src/dashboard/trainees.js';
import { trainingTime } from '../../src/dashboard/training-time.js';
import { createTranslator } from '../../src/i18n/translator.js';
import type { FinishedAttempt } from '../../src/storage/attempt-record.js';
import { classAttempts, DAYS, TRAINEE_WITHOUT_TIMES } from './class-attempts.js';

const base = classAttempts()[0]!;
const CAP = 600;

function critical(id: string): RuleResult {
  return { id, family: 'naloxone', severity: 'critical', verdict: 'violated', evidence: [], explanation: `rules.${id}.violated` };
}

/** An attempt of `traineeCode` finished at `finishedAt`, with picks `gaps` seconds apart (no pick times when `gaps` is null). */
function attempt(
  id: string,
  traineeCode: string,
  score: number,
  passed: boolean,
  finishedAt: string,
  gaps: readonly number[] | null,
  criticalFailures: readonly string[] = [],
): FinishedAttempt {
  const startedAt = new Date(Date.parse(finishedAt) - 3_600_000).toISOString();
  let at = Date.parse(startedAt);
  const times = (gaps ?? []).map((gap) => new Date((at += gap * 1000)).toISOString());
  const picks = (gaps ?? [30]).map((_, i) => ({ ...base.picks[0]!, index: i }));
  const end = gaps ? new Date(at).toISOString() : finishedAt;
  const { pickTimes: _unused, ...rest } = base;
  return {
    ...rest,
    id,
    traineeCode,
    startedAt,
    finishedAt: end,
    savedAt: end,
    picks,
    ...(gaps ? { pickTimes: times } : {}),
    report: { ...base.report, score, passed, criticalFailures, rules: criticalFailures.map(critical) },
  };
}

/** Seconds on task counted here, gap by gap: never with the module under test. */
function onTask(list: readonly FinishedAttempt[]): number {
  let total = 0;
  for (const a of list) {
    if (!a.pickTimes || a.pickTimes.length < a.picks.length || a.pickTimes.includes(null)) continue;
    const moments = [a.startedAt, ...(a.pickTimes as string[]), a.finishedAt].map(Date.parse);
    for (let i = 1; i < moments.length; i++) total += Math.min(CAP, (moments[i]! - moments[i - 1]!) / 1000);
  }
  return Math.round(total);
}

const CLASS = [
  attempt('a1', 'TR-B', 70, false, '2026-03-02T12:00:00.000Z', [60, 120], ['RC-NO-NALOXONE']),
  attempt('a2', 'TR-B', 92, true, '2026-03-03T12:00:00.000Z', [30, 90, 2000]),
  attempt('a3', 'TR-A', 88, false, '2026-03-02T15:00:00.000Z', null, ['GS-ARREST']),
  attempt('a4', 'TR-A', 60, false, '2026-03-04T12:00:00.000Z', null),
  attempt('a5', 'TR-C', 95, true, '2026-03-04T09:00:00.000Z', [45]),
  attempt('a6', 'TR-C', 81, true, '2026-03-02T09:00:00.000Z', [300, 30]),
];

describe('the per-trainee summary', () => {
  it('gives each trainee code its attempts, passes, best and latest score, critical failures and training time', () => {
    const rows = traineeSummaries(CLASS);
    const b = rows.find((r) => r.traineeCode === 'TR-B')!;
    expect(b).toMatchObject({ attempts: 2, passed: 1, bestScore: 92, latestScore: 92, criticalFailures: 1 });
    expect(b.time).toEqual({ seconds: onTask(CLASS.filter((a) => a.traineeCode === 'TR-B')), recorded: 2, notRecorded: 0 });
    // The latest is the one that finished last, not the best nor the last in the list.
    expect(rows.find((r) => r.traineeCode === 'TR-C')).toMatchObject({ bestScore: 95, latestScore: 95 });
    expect(rows.find((r) => r.traineeCode === 'TR-A')).toMatchObject({ latestScore: 60, bestScore: 88, criticalFailures: 1 });
    // Older records without pick times: not recorded, never a total of zero.
    expect(rows.find((r) => r.traineeCode === 'TR-A')!.time).toEqual({ seconds: null, recorded: 0, notRecorded: 2 });
  });

  it('sorts by any column either way, the trainee code breaking ties, a time not recorded last', () => {
    const rows = traineeSummaries(CLASS);
    const order = (sort: TraineeSort): string[] => sortTrainees(rows, sort).map((r) => r.traineeCode);
    expect(order({ column: 'trainee', direction: 'ascending' })).toEqual(['TR-A', 'TR-B', 'TR-C']);
    expect(order({ column: 'trainee', direction: 'descending' })).toEqual(['TR-C', 'TR-B', 'TR-A']);
    expect(order({ column: 'best', direction: 'descending' })).toEqual(['TR-C', 'TR-B', 'TR-A']);
    expect(order({ column: 'latest', direction: 'ascending' })).toEqual(['TR-A', 'TR-B', 'TR-C']);
    expect(order({ column: 'passed', direction: 'descending' })).toEqual(['TR-C', 'TR-B', 'TR-A']);
    expect(order({ column: 'critical', direction: 'ascending' })).toEqual(['TR-C', 'TR-A', 'TR-B']);
    const seconds = (code: string): number => onTask(CLASS.filter((a) => a.traineeCode === code));
    const byTime = ['TR-B', 'TR-C'].sort((x, y) => seconds(x) - seconds(y));
    expect(order({ column: 'time', direction: 'ascending' })).toEqual([...byTime, 'TR-A']);
    expect(order({ column: 'time', direction: 'descending' })).toEqual([...byTime.reverse(), 'TR-A']);
  });

  it('reverses on a second click on the same heading and starts ascending on another', () => {
    const first = nextTraineeSort({ column: 'trainee', direction: 'ascending' }, 'best');
    expect(first).toEqual({ column: 'best', direction: 'ascending' });
    expect(nextTraineeSort(first, 'best')).toEqual({ column: 'best', direction: 'descending' });
    expect(nextTraineeSort(nextTraineeSort(first, 'best'), 'best')).toEqual({ column: 'best', direction: 'ascending' });
  });

  it('agrees with a count made trainee by trainee over a class played by the engine', () => {
    const attempts = classAttempts();
    const rows = traineeSummaries(attempts);
    expect(rows.map((r) => r.traineeCode).sort()).toEqual([...new Set(attempts.map((a) => a.traineeCode))].sort());
    for (const row of rows) {
      const own = attempts.filter((a) => a.traineeCode === row.traineeCode);
      expect(row.attempts).toBe(own.length);
      expect(row.passed).toBe(own.filter((a) => a.report.passed).length);
      expect(row.bestScore).toBe(Math.max(...own.map((a) => a.report.score)));
      expect(row.criticalFailures).toBe(own.filter((a) => a.report.criticalFailures.length > 0).length);
      const recorded = own.filter((a) => a.pickTimes !== undefined);
      expect(row.time.recorded).toBe(recorded.length);
      expect(row.time.seconds).toBe(recorded.length === 0 ? null : onTask(own));
    }
    expect(rows.find((r) => r.traineeCode === TRAINEE_WITHOUT_TIMES)?.time.seconds).toBeNull();
  });
});

describe('training time over a range of days', () => {
  it('adds up the time on task of the attempts the filters keep, and counts those that did not record it', () => {
    const attempts = classAttempts();
    for (const [from, to] of [
      [DAYS[0], DAYS[0]],
      [DAYS[1], DAYS[2]],
      [undefined, undefined],
    ]) {
      const kept = filterAttempts(attempts, { ...(from ? { from } : {}), ...(to ? { to } : {}) });
      const withTimes = kept.filter((a) => a.pickTimes !== undefined);
      expect(withTimes.length).toBeGreaterThan(0);
      expect(trainingTime(kept)).toEqual({
        seconds: onTask(kept),
        recorded: withTimes.length,
        notRecorded: kept.length - withTimes.length,
      });
      expect(cohortFigures(kept).trainingTime).toEqual(trainingTime(kept));
    }
    expect(trainingTime([]).seconds).toBeNull();
  });

  it('is shown in hours and minutes, and "not recorded" rather than 0', () => {
    const labels = (locale: 'en' | 'es'): DashboardLabels => ({ t: createTranslator(locale), locale, scenarios: [], profiles: [] });
    expect(durationText(labels('en'), 2 * 3600 + 5 * 60 + 20)).toBe('2 hr 5 min');
    expect(durationText(labels('es'), 2 * 3600 + 5 * 60 + 20)).toBe('2 h 5 min');
    expect(durationText(labels('en'), 3600)).toBe('1 hr');
    expect(durationText(labels('en'), 40 * 60)).toBe('40 min');
    expect(durationText(labels('en'), 20)).toBe('under 1 min');
    expect(trainingTimeText(labels('en'), { seconds: null, recorded: 0, notRecorded: 2 })).toBe('not recorded');
    expect(trainingTimeText(labels('es'), { seconds: null, recorded: 0, notRecorded: 2 })).toBe('sin registrar');
    expect(trainingTimeText(labels('en'), { seconds: 3600, recorded: 3, notRecorded: 1 })).toBe('1 hr');
    expect(notRecordedNote(labels('en'), { seconds: 3600, recorded: 3, notRecorded: 1 })).toBe('1 attempt not recorded');
    expect(notRecordedNote(labels('es'), { seconds: 3600, recorded: 3, notRecorded: 2 })).toBe('2 intentos sin registrar');
    expect(notRecordedNote(labels('en'), { seconds: 3600, recorded: 3, notRecorded: 0 })).toBeNull();
    expect(notRecordedNote(labels('en'), { seconds: null, recorded: 0, notRecorded: 3 })).toBeNull();
  });
});

describe('the pass rate beside the mean', () => {
  it('counts the attempts with a critical failure, which do not pass whatever their score', () => {
    const f = cohortFigures(CLASS);
    const withCritical = CLASS.filter((a) => a.report.criticalFailures.length > 0);
    expect(f.withCriticalFailure).toBe(withCritical.length);
    expect(f.passRate).toBe(CLASS.filter((a) => a.report.passed).length / CLASS.length);
    // A score above the pass mark with a critical failure is not a pass, and the figures say why.
    expect(withCritical.some((a) => a.report.score >= a.report.passMark)).toBe(true);
    expect(withCritical.every((a) => !a.report.passed)).toBe(true);
    const engine = classAttempts();
    const played = cohortFigures(engine);
    expect(played.withCriticalFailure).toBe(engine.filter((a) => a.report.criticalFailures.length > 0).length);
    expect(played.withCriticalFailure).toBeGreaterThan(0);
  });
});
