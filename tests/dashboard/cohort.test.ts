import { describe, expect, it } from 'vitest';
import type { Outcome, RuleResult } from '../../src/engine/index.js';
import { cohortFigures, ruleRates, scoreBins } from '../../src/dashboard/cohort.js';
import type { FinishedAttempt } from '../../src/storage/attempt-record.js';
import { classAttempts } from './class-attempts.js';

const base = classAttempts()[0]!;

function rule(id: string, verdict: RuleResult['verdict'], severity: RuleResult['severity'] = 'major'): RuleResult {
  return { id, family: 'naloxone', severity, verdict, evidence: [], explanation: `rules.${id}.${verdict}` };
}

const NO_OUTCOME: Outcome = {
  patient: 'revived',
  officerInjuries: [],
  arrests: 0,
  citations: 0,
  searches: 0,
  warrantChecks: 0,
  usesOfForce: 0,
  backupCalls: 0,
  referralsOffered: 0,
  referralsAccepted: 0,
  callerTrust: null,
};

function attempt(
  id: string,
  score: number,
  passed: boolean,
  rules: RuleResult[] = [],
  outcome: Partial<Outcome> = {},
  traineeCode = 'TR-A',
): FinishedAttempt {
  return { ...base, id, traineeCode, report: { ...base.report, score, passed, rules, outcome: { ...NO_OUTCOME, ...outcome } } };
}

describe('cohort figures', () => {
  it('gives the pass rate, mean and median over finished attempts, and counts trainees once each', () => {
    const f = cohortFigures([
      attempt('a', 90, true, [], {}, 'TR-A'),
      attempt('b', 50, false, [], {}, 'TR-B'),
      attempt('c', 85, true, [], {}, 'TR-A'),
      attempt('d', 70, false, [], {}, 'TR-C'),
    ]);
    expect(f).toMatchObject({ attempts: 4, trainees: 3, passed: 2, passRate: 0.5, meanScore: 73.75, medianScore: 77.5 });
    expect(cohortFigures([attempt('a', 90, true), attempt('b', 40, false), attempt('c', 60, false)]).medianScore).toBe(60);
  });

  it('has no rates or averages for an empty class, rather than zeros that look like results', () => {
    const f = cohortFigures([]);
    expect(f).toMatchObject({ attempts: 0, passRate: null, meanScore: null, medianScore: null, meanCallerTrust: null, rules: [] });
    expect(f.scoreBins.every((bin) => bin.count === 0)).toBe(true);
  });

  it('puts scores in bins of ten, with 100 in the top bin', () => {
    const bins = scoreBins([0, 9.9, 10, 55, 89.9, 90, 100]);
    expect(bins).toHaveLength(10);
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 1, 0, 0, 1, 2]);
    expect(bins[9]).toEqual({ from: 90, to: 100, count: 2 });
  });

  it('rates each rule over the attempts it applied to, worst first, the most severe first among equals', () => {
    const rates = ruleRates([
      attempt('a', 0, false, [
        rule('R-MINOR', 'missed', 'minor'),
        rule('R-CRIT', 'violated', 'critical'),
        rule('R-OK', 'met'),
        rule('R-NA', 'not_applicable'),
      ]),
      attempt('b', 0, false, [
        rule('R-MINOR', 'met', 'minor'),
        rule('R-CRIT', 'met', 'critical'),
        rule('R-OK', 'met'),
        rule('R-NA', 'not_applicable'),
      ]),
      attempt('c', 0, false, [rule('R-MINOR', 'not_applicable', 'minor'), rule('R-CRIT', 'missed', 'critical'), rule('R-OK', 'met')]),
    ]);
    expect(rates.map((r) => r.id)).toEqual(['R-CRIT', 'R-MINOR', 'R-OK']);
    expect(rates[0]).toMatchObject({
      applied: 3,
      violated: 1,
      missed: 1,
      met: 1,
      violatedRate: 1 / 3,
      missedRate: 1 / 3,
      failureRate: 2 / 3,
    });
    expect(rates[1]).toMatchObject({ applied: 2, missed: 1, failureRate: 0.5 });
    expect(rates[2]).toMatchObject({ applied: 3, failureRate: 0 });

    const tie = ruleRates([attempt('a', 0, false, [rule('Z-MINOR', 'missed', 'minor'), rule('A-MAJOR', 'missed', 'major')])]);
    expect(tie.map((r) => r.id)).toEqual(['A-MAJOR', 'Z-MINOR']);
  });

  it("adds up the outcome measures, counts patients by what became of them, and averages the caller's trust", () => {
    const f = cohortFigures([
      attempt('a', 0, false, [], { arrests: 1, searches: 2, warrantChecks: 1, referralsOffered: 0, patient: 'died', callerTrust: 2 }),
      attempt('b', 0, false, [], {
        referralsOffered: 2,
        referralsAccepted: 1,
        usesOfForce: 1,
        citations: 1,
        backupCalls: 1,
        officerInjuries: ['needlestick'],
        patient: 'revived',
        callerTrust: 9,
      }),
      attempt('c', 0, false, [], { referralsOffered: 1, patient: 'not_applicable', callerTrust: null }),
      attempt('d', 0, false, [], { patient: 'a_kind_from_a_newer_build' as Outcome['patient'] }),
    ]);
    expect(f.outcomes).toEqual({
      arrests: 1,
      citations: 1,
      searches: 2,
      warrantChecks: 1,
      usesOfForce: 1,
      backupCalls: 1,
      referralsOffered: 3,
      referralsAccepted: 1,
      officerInjuries: 1,
    });
    expect(f.attemptsWithReferralOffered).toBe(2);
    expect(f.patientOutcomes).toMatchObject({
      died: 1,
      revived: 1,
      not_applicable: 1,
      revived_with_injury: 0,
      a_kind_from_a_newer_build: 1,
    });
    expect(f.meanCallerTrust).toBe(5.5);
  });

  it('counts an outcome only under its own name, even one every object already has', () => {
    // The import refuses these; the count does not rely on it.
    const f = cohortFigures(
      ['constructor', 'toString', '__proto__', 'died'].map((patient, i) =>
        attempt(`p${i}`, 0, false, [], { patient: patient as Outcome['patient'] }),
      ),
    );
    expect(Object.entries(f.patientOutcomes).filter(([, n]) => n > 0)).toEqual([
      ['died', 1],
      ['constructor', 1],
      ['toString', 1],
      ['__proto__', 1],
    ]);
  });

  it('agrees with a count made attempt by attempt over a class played by the engine', () => {
    const attempts = classAttempts();
    const f = cohortFigures(attempts);
    expect(f.attempts).toBe(attempts.length);
    expect(f.passed).toBe(attempts.filter((a) => a.report.passed).length);
    expect(f.passed).toBeGreaterThan(0);
    expect(f.passed).toBeLessThan(attempts.length);
    let arrests = 0;
    for (const a of attempts) arrests += a.report.outcome.arrests;
    expect(f.outcomes.arrests).toBe(arrests);
    for (const rate of f.rules) {
      const verdicts = attempts
        .map((a) => a.report.rules.find((r) => r.id === rate.id)?.verdict)
        .filter((v) => v !== undefined && v !== 'not_applicable');
      expect(rate.applied).toBe(verdicts.length);
      expect(rate.violated).toBe(verdicts.filter((v) => v === 'violated').length);
    }
    for (let i = 1; i < f.rules.length; i++) expect(f.rules[i - 1]!.failureRate).toBeGreaterThanOrEqual(f.rules[i]!.failureRate);
  });
});
