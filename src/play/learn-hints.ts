/**
 * Learn mode's hints: after each pick the session is scored again, and any rule that has just become
 * `violated` is explained at once, while the trainee still remembers why they chose it.
 */
import type { RuleResult, ScoreReport } from '../engine/index.js';

export function newlyViolated(before: ScoreReport | undefined, after: ScoreReport): RuleResult[] {
  const wasViolated = new Set(before?.rules.filter((r) => r.verdict === 'violated').map((r) => r.id) ?? []);
  return after.rules.filter((r) => r.verdict === 'violated' && !wasViolated.has(r.id));
}
