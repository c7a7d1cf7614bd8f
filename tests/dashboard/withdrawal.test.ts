import { describe, expect, it } from 'vitest';
import { withdrawalCounts } from '../../src/dashboard/cohort.js';
import type { FinishedAttempt } from '../../src/storage/attempt-record.js';
import { finishedAttempt } from '../storage/helpers.js';

function withWithdrawal(attempt: FinishedAttempt, withdrawal: unknown): FinishedAttempt {
  return { ...attempt, report: { ...attempt.report, outcome: { ...attempt.report.outcome, withdrawal } } } as FinishedAttempt;
}

describe('withdrawal across a class', () => {
  it('counts overdose attempts by the worst withdrawal reached, leaving out pat-downs and attempts from before revision 2', () => {
    const played = finishedAttempt('attempt-a');
    expect(played.report.outcome.withdrawal).toMatch(/^(none|mild|severe)$/);
    const { withdrawal: _w, ...rubric1Outcome } = played.report.outcome;
    const rubric1 = { ...played, report: { ...played.report, outcome: rubric1Outcome } } as FinishedAttempt;
    const counts = withdrawalCounts([
      withWithdrawal(played, 'severe'),
      withWithdrawal(played, 'severe'),
      withWithdrawal(played, 'mild'),
      withWithdrawal(played, 'not_applicable'),
      withWithdrawal(played, 'constructor'),
      rubric1,
    ]);
    expect(counts).toEqual({ none: 0, mild: 1, severe: 2 });
  });
});
