/**
 * One row per trainee code over the attempts the filters select: how many attempts, how many passed,
 * the best and the latest score, how many had a critical failure, and the training time; and the
 * order the instructor chose for them. Pure: the dashboard draws these, the tests check them.
 */
import type { FinishedAttempt } from '../storage/attempt-record.js';
import { trainingTime, type TrainingTime } from './training-time.js';

export interface TraineeSummary {
  readonly traineeCode: string;
  readonly attempts: number;
  readonly passed: number;
  readonly bestScore: number;
  /** The score of the attempt that finished last. */
  readonly latestScore: number;
  /** Attempts with at least one critical failure. */
  readonly criticalFailures: number;
  readonly time: TrainingTime;
}

export const TRAINEE_COLUMNS = ['trainee', 'attempts', 'passed', 'best', 'latest', 'critical', 'time'] as const;
export type TraineeColumn = (typeof TRAINEE_COLUMNS)[number];

export interface TraineeSort {
  readonly column: TraineeColumn;
  readonly direction: 'ascending' | 'descending';
}

export const DEFAULT_TRAINEE_SORT: TraineeSort = { column: 'trainee', direction: 'ascending' };

/** Whether an attempt had a critical failure: it fails, whatever its score. */
export function hasCriticalFailure(attempt: FinishedAttempt): boolean {
  return attempt.report.criticalFailures.length > 0;
}

export function traineeSummaries(attempts: readonly FinishedAttempt[]): TraineeSummary[] {
  const byTrainee = new Map<string, FinishedAttempt[]>();
  for (const attempt of attempts) byTrainee.set(attempt.traineeCode, [...(byTrainee.get(attempt.traineeCode) ?? []), attempt]);
  return [...byTrainee.entries()].map(([traineeCode, own]) => {
    const latest = own.reduce((a, b) => (b.finishedAt > a.finishedAt ? b : a));
    return {
      traineeCode,
      attempts: own.length,
      passed: own.filter((a) => a.report.passed).length,
      bestScore: Math.max(...own.map((a) => a.report.score)),
      latestScore: latest.report.score,
      criticalFailures: own.filter(hasCriticalFailure).length,
      time: trainingTime(own),
    };
  });
}

/** The figure a column sorts by; `null` (time not recorded) sorts after every figure, either way. */
function sortValue(row: TraineeSummary, column: Exclude<TraineeColumn, 'trainee'>): number | null {
  switch (column) {
    case 'attempts':
      return row.attempts;
    case 'passed':
      return row.passed;
    case 'best':
      return row.bestScore;
    case 'latest':
      return row.latestScore;
    case 'critical':
      return row.criticalFailures;
    case 'time':
      return row.time.seconds;
  }
}

export function sortTrainees(rows: readonly TraineeSummary[], sort: TraineeSort): TraineeSummary[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byCode = (a: TraineeSummary, b: TraineeSummary): number => a.traineeCode.localeCompare(b.traineeCode);
  return [...rows].sort((a, b) => {
    if (sort.column === 'trainee') return sign * byCode(a, b);
    const x = sortValue(a, sort.column);
    const y = sortValue(b, sort.column);
    if (x === null || y === null) return x === y ? byCode(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byCode(a, b);
  });
}

/** The order after a click on a column's heading: the other way on the same column, else ascending. */
export function nextTraineeSort(current: TraineeSort, column: TraineeColumn): TraineeSort {
  if (current.column !== column) return { column, direction: 'ascending' };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
