/**
 * A class's figures over its finished attempts: how many passed, how the scores spread, which rules
 * the class gets wrong most, and the outcome totals agencies are urged to track (referrals offered
 * and accepted, not arrests made). Pure: the dashboard draws these, the tests check them.
 */
import { bySeverity, WITHDRAWAL_ORDER, type Outcome, type PatientOutcome, type ProtocolFamily, type RuleResult } from '../engine/index.js';
import type { Withdrawal } from '../engine/encounter/physiology.js';
import type { FinishedAttempt } from '../storage/attempt-record.js';
import { hasCriticalFailure } from './trainees.js';
import { trainingTime, type TrainingTime } from './training-time.js';

export type Severity = RuleResult['severity'];

/** How one rule went across the attempts it applied to. */
export interface RuleRate {
  readonly id: string;
  readonly family: ProtocolFamily;
  readonly severity: Severity;
  /** Attempts in which the rule applied (any verdict but not applicable). */
  readonly applied: number;
  readonly met: number;
  readonly violated: number;
  readonly missed: number;
  /** Violated over applied, 0-1. */
  readonly violatedRate: number;
  /** Missed over applied, 0-1. */
  readonly missedRate: number;
  /** Violated or missed over applied, 0-1: how often the class got it wrong. */
  readonly failureRate: number;
}

/** Scores from `from` up to but not including `to`; the last bin includes 100. */
export interface ScoreBin {
  readonly from: number;
  readonly to: number;
  readonly count: number;
}

/** The outcome measures, added up over the attempts. */
export type OutcomeTotals = Readonly<Record<OutcomeCount, number>> & {
  /** Every injury recorded, e.g. each needlestick. */
  readonly officerInjuries: number;
};

/** The outcome measures that are counts on each attempt. */
type OutcomeCount = { [K in keyof Outcome]-?: Outcome[K] extends number ? K : never }[keyof Outcome];

export const OUTCOME_MEASURES = [
  'referralsOffered',
  'referralsAccepted',
  'arrests',
  'citations',
  'searches',
  'warrantChecks',
  'usesOfForce',
  'backupCalls',
  'officerInjuries',
] as const satisfies readonly (keyof OutcomeTotals)[];

export const PATIENT_OUTCOMES = [
  'revived',
  'revived_with_injury',
  'in_ems_care',
  'resedated',
  'died',
  'not_applicable',
] as const satisfies readonly PatientOutcome[];

export interface CohortFigures {
  readonly attempts: number;
  /** Distinct trainee codes. */
  readonly trainees: number;
  readonly passed: number;
  /** Passed over attempts, 0-1; `null` with no attempt. */
  readonly passRate: number | null;
  /** Attempts with at least one critical failure: each fails whatever its score. */
  readonly withCriticalFailure: number;
  readonly meanScore: number | null;
  readonly medianScore: number | null;
  readonly scoreBins: readonly ScoreBin[];
  /** Rules that applied at least once, the ones the class gets wrong most first. */
  readonly rules: readonly RuleRate[];
  readonly outcomes: OutcomeTotals;
  /** Attempts in which at least one referral (or diversion) was offered. */
  readonly attemptsWithReferralOffered: number;
  /** Attempts by what became of the patient. */
  readonly patientOutcomes: Readonly<Record<PatientOutcome, number>>;
  /** The caller's final trust averaged over overdose attempts, 0-10; `null` with none. */
  readonly meanCallerTrust: number | null;
  /** Overdose attempts by the worst withdrawal the patient reached (attempts from before revision 2 are not counted). */
  readonly withdrawal: Readonly<Record<Withdrawal, number>>;
  /** Real time on task over the attempts, for training hours. */
  readonly trainingTime: TrainingTime;
}

const BIN_WIDTH = 10;

export function scoreBins(scores: readonly number[]): ScoreBin[] {
  const counts = new Array<number>(100 / BIN_WIDTH).fill(0);
  for (const score of scores) {
    const bin = Math.min(counts.length - 1, Math.max(0, Math.floor(score / BIN_WIDTH)));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ from: i * BIN_WIDTH, to: (i + 1) * BIN_WIDTH, count }));
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Worst first: most often got wrong, then the most severe, then the most often applied, then by id. */
export function ruleRates(attempts: readonly FinishedAttempt[]): RuleRate[] {
  const tallies = new Map<
    string,
    { id: string; family: ProtocolFamily; severity: Severity; met: number; violated: number; missed: number }
  >();
  for (const attempt of attempts) {
    for (const rule of attempt.report.rules) {
      if (rule.verdict === 'not_applicable') continue;
      const tally = tallies.get(rule.id) ?? { id: rule.id, family: rule.family, severity: rule.severity, met: 0, violated: 0, missed: 0 };
      tally[rule.verdict] += 1;
      tallies.set(rule.id, tally);
    }
  }
  return [...tallies.values()]
    .map((t) => {
      const applied = t.met + t.violated + t.missed;
      return {
        ...t,
        applied,
        violatedRate: t.violated / applied,
        missedRate: t.missed / applied,
        failureRate: (t.violated + t.missed) / applied,
      };
    })
    .sort(
      (a, b) => b.failureRate - a.failureRate || bySeverity(a.severity, b.severity) || b.applied - a.applied || a.id.localeCompare(b.id),
    );
}

export function outcomeTotals(attempts: readonly FinishedAttempt[]): OutcomeTotals {
  const totals = {
    arrests: 0,
    citations: 0,
    searches: 0,
    warrantChecks: 0,
    usesOfForce: 0,
    backupCalls: 0,
    referralsOffered: 0,
    referralsAccepted: 0,
    officerInjuries: 0,
  };
  for (const { report } of attempts) {
    const o = report.outcome;
    totals.arrests += o.arrests;
    totals.citations += o.citations;
    totals.searches += o.searches;
    totals.warrantChecks += o.warrantChecks;
    totals.usesOfForce += o.usesOfForce;
    totals.backupCalls += o.backupCalls;
    totals.referralsOffered += o.referralsOffered;
    totals.referralsAccepted += o.referralsAccepted;
    totals.officerInjuries += o.officerInjuries.length;
  }
  return totals;
}

export function patientOutcomeCounts(attempts: readonly FinishedAttempt[]): Record<PatientOutcome, number> {
  const counts = Object.fromEntries(PATIENT_OUTCOMES.map((kind) => [kind, 0])) as Record<PatientOutcome, number>;
  // An import checks that the outcome is an id, not that it is one this build knows: a newer build's
  // kind is counted under its own name. Only own keys count: `constructor` is not a tally of 0.
  for (const { report } of attempts) {
    const kind = report.outcome.patient;
    Object.defineProperty(counts, kind, {
      value: (Object.hasOwn(counts, kind) ? counts[kind] : 0) + 1,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return counts;
}

/** Overdose attempts by the worst withdrawal reached: stacked doses and severe withdrawal drive refusals. */
export function withdrawalCounts(attempts: readonly FinishedAttempt[]): Record<Withdrawal, number> {
  const counts = Object.fromEntries(WITHDRAWAL_ORDER.map((level) => [level, 0])) as Record<Withdrawal, number>;
  for (const { report } of attempts) {
    const level = report.outcome.withdrawal;
    if (level !== undefined && level !== 'not_applicable' && Object.hasOwn(counts, level)) counts[level] += 1;
  }
  return counts;
}

export function cohortFigures(attempts: readonly FinishedAttempt[]): CohortFigures {
  const scores = attempts.map((a) => a.report.score).sort((a, b) => a - b);
  const passed = attempts.filter((a) => a.report.passed).length;
  const trust = attempts.map((a) => a.report.outcome.callerTrust).filter((v): v is number => v !== null);
  return {
    attempts: attempts.length,
    trainees: new Set(attempts.map((a) => a.traineeCode)).size,
    passed,
    passRate: attempts.length === 0 ? null : passed / attempts.length,
    withCriticalFailure: attempts.filter(hasCriticalFailure).length,
    meanScore: scores.length === 0 ? null : scores.reduce((sum, s) => sum + s, 0) / scores.length,
    medianScore: median(scores),
    scoreBins: scoreBins(scores),
    rules: ruleRates(attempts),
    outcomes: outcomeTotals(attempts),
    attemptsWithReferralOffered: attempts.filter((a) => a.report.outcome.referralsOffered > 0).length,
    patientOutcomes: patientOutcomeCounts(attempts),
    meanCallerTrust: trust.length === 0 ? null : trust.reduce((sum, v) => sum + v, 0) / trust.length,
    withdrawal: withdrawalCounts(attempts),
    trainingTime: trainingTime(attempts),
  };
}
