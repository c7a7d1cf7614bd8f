/**
 * Progress over time from a cohort's exports over five months (tests/fixtures/cohort-months): the
 * figures the dashboard's progress view draws, checked against counts made here from the records.
 */
import { describe, expect, it } from 'vitest';
import { PROTOCOL_FAMILIES } from '../../src/engine/index.js';
import { cohortProgress, officerProgress } from '../../src/refresher/progress.js';
import { cohortAttempts, firstAgainstLatest, monthlyMedianToNaloxone, secondsToNaloxone } from './cohort-fixture.js';

const attempts = cohortAttempts();

describe("a cohort's progress over months", () => {
  const progress = cohortProgress(attempts);

  it('reads every export of the fixture, several months of several officers', () => {
    expect(new Set(attempts.map((a) => a.traineeCode)).size).toBeGreaterThanOrEqual(4);
    expect(progress.months.map((m) => m.month)).toEqual([...new Set(attempts.map((a) => a.finishedAt.slice(0, 7)))].sort());
    expect(progress.months.length).toBeGreaterThanOrEqual(4);
  });

  it("pools each officer's first encounter against their latest, per family", () => {
    for (const family of PROTOCOL_FAMILIES) {
      const shown = progress.families.find((f) => f.family === family);
      if (!shown) continue;
      const expected = firstAgainstLatest(attempts, family);
      expect(shown.firstRate, family).toBeCloseTo(expected.first, 10);
      expect(shown.latestRate, family).toBeCloseTo(expected.latest, 10);
    }
    // The cohort improved at naloxone: its latest encounters meet more of the rules than its first.
    const naloxone = progress.families.find((f) => f.family === 'naloxone');
    expect(naloxone?.latestRate).toBeGreaterThan(naloxone?.firstRate ?? 1);
  });

  it('gives the median time to naloxone per month, and how many overdose attempts gave a dose at all', () => {
    const expected = monthlyMedianToNaloxone(attempts);
    for (const month of progress.months) {
      expect(month.medianSecondsToNaloxone, month.month).toBe(expected.get(month.month));
      const inMonth = attempts.filter((a) => a.finishedAt.startsWith(month.month));
      expect(month.naloxoneGiven).toBe(inMonth.filter((a) => secondsToNaloxone(a) !== null).length);
      expect(month.criticalErrorsPerAttempt).toBeCloseTo(
        inMonth.reduce((s, a) => s + a.report.criticalFailures.length, 0) / inMonth.length,
      );
    }
  });
});

describe("one officer's progress", () => {
  it('lists the attempts oldest first with their critical errors, and sums them up for a training record', () => {
    const code = attempts[0]?.traineeCode ?? '';
    const mine = attempts.filter((a) => a.traineeCode === code).sort((a, b) => a.finishedAt.localeCompare(b.finishedAt));
    const progress = officerProgress(code, attempts);
    expect(progress.attempts.map((p) => p.attemptId)).toEqual(mine.map((a) => a.id));
    expect(progress.attempts.map((p) => p.criticalErrors)).toEqual(mine.map((a) => a.report.criticalFailures.length));
    expect(progress.attempts.map((p) => p.secondsToNaloxone)).toEqual(mine.map(secondsToNaloxone));
    let clean = 0;
    while (clean < mine.length && mine[mine.length - 1 - clean]?.report.criticalFailures.length === 0) clean++;
    expect(progress.summary).toEqual({
      attempts: mine.length,
      since: mine[0]?.finishedAt.slice(0, 10),
      latestWithoutCriticalErrors: clean,
      passedLatest: mine.at(-1)?.report.passed,
    });
  });

  it('has nothing to say of an officer with no attempt', () => {
    expect(officerProgress('IS-NOBODY-00', attempts)).toEqual({
      traineeCode: 'IS-NOBODY-00',
      attempts: [],
      families: [],
      summary: { attempts: 0, latestWithoutCriticalErrors: 0 },
    });
  });
});
