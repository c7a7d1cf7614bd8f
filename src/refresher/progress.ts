/**
 * Progress over time, for one officer or a cohort: per rule family, the first encounter against the
 * latest; the time to naloxone and to calling EMS across attempts; critical errors per attempt; and
 * the facts a training record's one-line summary is written from. Pure: the dashboard and the title
 * screen draw these, the tests check them.
 */
import { PROTOCOL_FAMILIES, type ProtocolFamily, type ScoreReport } from '../engine/index.js';
import { NALOXONE_ACTIONS } from '../engine/vocabulary/actions.js';
import { isOnPatient } from '../protocols/log-queries.js';
import type { FinishedAttempt } from '../storage/attempt-record.js';
import { dayOf, isoDay, type DayNumber } from './days.js';
import { inPlayOrder } from './rule-history.js';

/** How one family went in one encounter: its rules met over its rules that applied. */
export interface FamilyShare {
  readonly attemptId: string;
  readonly day: DayNumber;
  readonly met: number;
  readonly applied: number;
}

export interface AttemptPoint {
  readonly attemptId: string;
  readonly traineeCode: string;
  readonly scenarioId: string;
  readonly day: DayNumber;
  readonly score: number;
  readonly passed: boolean;
  readonly criticalErrors: number;
  readonly overdose: boolean;
  /** Simulated seconds from the start to the first dose on the patient; `null` when none was given or it was not an overdose. */
  readonly secondsToNaloxone: number | null;
  /** Simulated seconds from the start to the call for EMS; `null` when EMS was never called. */
  readonly secondsToEms: number | null;
}

export interface OfficerProgress {
  readonly traineeCode: string;
  /** Oldest first. */
  readonly attempts: readonly AttemptPoint[];
  /** Families that applied at least once, in the rubric's order: the first encounter and the latest. */
  readonly families: readonly { readonly family: ProtocolFamily; readonly first: FamilyShare; readonly latest: FamilyShare }[];
  readonly summary: ProgressSummary;
}

/** "3 refreshers since March; no critical errors in the last two." */
export interface ProgressSummary {
  readonly attempts: number;
  /** The first attempt's day, when there is one. */
  readonly since?: string;
  /** The latest attempts in a row with no critical error. */
  readonly latestWithoutCriticalErrors: number;
  readonly passedLatest?: boolean;
}

function firstActionAt(report: ScoreReport, matches: (id: string) => boolean): number | null {
  const entry = report.log.find((e) => e.kind === 'action' && matches(e.id) && isOnPatient(e));
  return entry ? entry.at : null;
}

export function attemptPoint(attempt: FinishedAttempt, utcOffsetMinutes = 0): AttemptPoint {
  const { report } = attempt;
  const overdose = (attempt.scoring?.kind ?? (report.outcome.patient === 'not_applicable' ? 'patdown' : 'overdose')) === 'overdose';
  return {
    attemptId: attempt.id,
    traineeCode: attempt.traineeCode,
    scenarioId: attempt.scenario.id,
    day: dayOf(attempt.finishedAt, utcOffsetMinutes),
    score: report.score,
    passed: report.passed,
    criticalErrors: report.criticalFailures.length,
    overdose,
    secondsToNaloxone: overdose ? firstActionAt(report, (id) => (NALOXONE_ACTIONS as ReadonlySet<string>).has(id)) : null,
    secondsToEms: firstActionAt(report, (id) => id === 'call_ems'),
  };
}

function familyShare(attempt: FinishedAttempt, family: ProtocolFamily, utcOffsetMinutes: number): FamilyShare | undefined {
  const applied = attempt.report.rules.filter((r) => r.family === family && r.verdict !== 'not_applicable');
  if (applied.length === 0) return undefined;
  return {
    attemptId: attempt.id,
    day: dayOf(attempt.finishedAt, utcOffsetMinutes),
    met: applied.filter((r) => r.verdict === 'met').length,
    applied: applied.length,
  };
}

export function progressSummary(points: readonly AttemptPoint[]): ProgressSummary {
  let clean = 0;
  for (let i = points.length - 1; i >= 0 && points[i]?.criticalErrors === 0; i--) clean += 1;
  const first = points[0];
  const last = points.at(-1);
  return {
    attempts: points.length,
    ...(first ? { since: isoDay(first.day) } : {}),
    latestWithoutCriticalErrors: clean,
    ...(last ? { passedLatest: last.passed } : {}),
  };
}

export function officerProgress(traineeCode: string, attempts: readonly FinishedAttempt[], utcOffsetMinutes = 0): OfficerProgress {
  const mine = inPlayOrder(attempts.filter((a) => a.traineeCode === traineeCode));
  const points = mine.map((a) => attemptPoint(a, utcOffsetMinutes));
  const families = PROTOCOL_FAMILIES.flatMap((family) => {
    const shares = mine.flatMap((a) => familyShare(a, family, utcOffsetMinutes) ?? []);
    const first = shares[0];
    const latest = shares.at(-1);
    return first && latest ? [{ family, first, latest }] : [];
  });
  return { traineeCode, attempts: points, families, summary: progressSummary(points) };
}

/** A cohort's first encounter against its latest in one family: each officer's own first and latest, pooled. */
export interface CohortFamilyProgress {
  readonly family: ProtocolFamily;
  /** Officers with at least one encounter in which the family applied. */
  readonly officers: number;
  /** Rules met over rules applied, 0-1, in each officer's first such encounter, pooled. */
  readonly firstRate: number;
  readonly latestRate: number;
}

/** One calendar month's attempts: `YYYY-MM`. */
export interface MonthPoint {
  readonly month: string;
  readonly attempts: number;
  /** Overdose attempts, and how many of them gave the patient naloxone at all (the median counts only those). */
  readonly overdoseAttempts: number;
  readonly naloxoneGiven: number;
  /** Median simulated seconds to the first dose, over the month's overdose attempts with one; `null` with none. */
  readonly medianSecondsToNaloxone: number | null;
  readonly medianSecondsToEms: number | null;
  /** Critical errors per attempt, averaged. */
  readonly criticalErrorsPerAttempt: number;
}

export interface CohortProgress {
  readonly officers: readonly OfficerProgress[];
  readonly families: readonly CohortFamilyProgress[];
  /** Oldest month first; months with no attempt are left out. */
  readonly months: readonly MonthPoint[];
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function cohortProgress(attempts: readonly FinishedAttempt[], utcOffsetMinutes = 0): CohortProgress {
  const codes = [...new Set(attempts.map((a) => a.traineeCode))].sort();
  const officers = codes.map((code) => officerProgress(code, attempts, utcOffsetMinutes));
  const families = PROTOCOL_FAMILIES.flatMap((family) => {
    const pairs = officers.flatMap((o) => o.families.filter((f) => f.family === family));
    if (pairs.length === 0) return [];
    const rate = (pick: (p: (typeof pairs)[number]) => FamilyShare): number =>
      pairs.reduce((sum, p) => sum + pick(p).met, 0) / pairs.reduce((sum, p) => sum + pick(p).applied, 0);
    return [{ family, officers: pairs.length, firstRate: rate((p) => p.first), latestRate: rate((p) => p.latest) }];
  });
  const byMonth = new Map<string, AttemptPoint[]>();
  for (const point of officers.flatMap((o) => o.attempts)) {
    const month = isoDay(point.day).slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), point]);
  }
  const months = [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([month, points]) => ({
      month,
      attempts: points.length,
      overdoseAttempts: points.filter((p) => p.overdose).length,
      naloxoneGiven: points.filter((p) => p.secondsToNaloxone !== null).length,
      medianSecondsToNaloxone: median(points.flatMap((p) => (p.secondsToNaloxone === null ? [] : [p.secondsToNaloxone]))),
      medianSecondsToEms: median(points.flatMap((p) => (p.secondsToEms === null ? [] : [p.secondsToEms]))),
      criticalErrorsPerAttempt: points.reduce((sum, p) => sum + p.criticalErrors, 0) / points.length,
    }));
  return { officers, families, months };
}
