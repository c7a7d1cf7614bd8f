/**
 * What an LMS is told of an attempt's result. Good Call's verdict (`report.passed`: a critical rule
 * broken, or too many major ones, fails an attempt whatever its score) is the truth. An LMS with a
 * passing score of its own (SCORM 2004 `cmi.scaled_passing_score`, SCORM 1.2
 * `cmi.student_data.mastery_score`, cmi5 `masteryScore`) judges by score alone, so a failed attempt
 * is reported with a score just under that passing score: the LMS then cannot turn it into a pass,
 * and the true score is recorded beside it for the instructor (an objective, a comment, a statement).
 * A stricter passing score than the profile's can fail an attempt Good Call passed; it is the LMS's
 * policy, and kept.
 */
import type { ScoreReport } from '../engine/index.js';

export interface LmsOutcome {
  readonly passed: boolean;
  /** 0-100: the score the LMS is given; `undefined` when no score can be under its passing score (a passing score of 0). */
  readonly reportedScore: number | undefined;
  /** The reported score is lower than the true one, so that the LMS records the failure. */
  readonly lowered: boolean;
  readonly trueScore: number;
}

/** `passingScore` is 0-100 (a scaled passing score times 100), or `undefined` when the LMS sets none. */
export function lmsOutcome(report: Pick<ScoreReport, 'passed' | 'score'>, passingScore?: number): LmsOutcome {
  const trueScore = report.score;
  const threshold = passingScore !== undefined && Number.isFinite(passingScore) ? passingScore : undefined;
  const passed = report.passed && (threshold === undefined || trueScore >= threshold);
  if (passed || threshold === undefined || trueScore < threshold) return { passed, reportedScore: trueScore, lowered: false, trueScore };
  // A whole point under the passing score: an LMS that rounds scores still sees a failure.
  const under = Math.ceil(threshold) - 1;
  return { passed: false, reportedScore: under >= 0 ? under : undefined, lowered: true, trueScore };
}

/** Reads an LMS's passing score: SCORM 1.2 gives 0-100, SCORM 2004 and cmi5 a scaled -1 to 1 (here 0 to 1). */
export function passingScoreFrom(text: string | number | undefined, scale: 'percent' | 'scaled'): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = typeof text === 'number' ? text : Number(text);
  if (!Number.isFinite(value)) return undefined;
  const percent = scale === 'scaled' ? value * 100 : value;
  return Math.min(100, Math.max(0, Math.round(percent * 100) / 100));
}
