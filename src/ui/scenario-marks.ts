/**
 * What the scenario list marks on each scenario for the trainee at the keyboard: whether they have
 * finished it, how often, and their best score. Several trainees may share an academy laptop, so
 * only attempts saved under the trainee code in use count.
 */
import type { FinishedAttempt } from '../storage/attempt-record.js';

export interface ScenarioMarks {
  /** Finished attempts of this scenario, any version. */
  readonly finished: number;
  /** Whether any of them passed. */
  readonly passed: boolean;
  /** The highest score among them; undefined when none is finished. */
  readonly best: number | undefined;
}

export function scenarioMarks(attempts: readonly FinishedAttempt[], scenarioId: string, traineeCode: string): ScenarioMarks {
  const mine = attempts.filter((a) => a.scenario.id === scenarioId && a.traineeCode === traineeCode);
  return {
    finished: mine.length,
    passed: mine.some((a) => a.report.passed),
    best: mine.length === 0 ? undefined : Math.max(...mine.map((a) => a.report.score)),
  };
}
