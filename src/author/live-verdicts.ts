/**
 * Verdicts while the encounter is still running. A rule reported `missed` only because its moment has
 * not come yet (nobody has handed over to EMS, the two minutes for naloxone have not run out) is
 * shown as "not yet", so a trainer watching the verdicts mid-scene is not told the trainee failed.
 */
import type { RuleResult, ScoreReport } from '../engine/index.js';

export type LiveVerdict = RuleResult['verdict'] | 'not_yet';

export interface LiveRule {
  readonly rule: RuleResult;
  readonly verdict: LiveVerdict;
}

/**
 * `missed` stays missed once the encounter is over, or once the moment that decided it has passed (a
 * deadline reached, a patient touched without sizing up the scene). Before then, and at the present
 * moment when nothing in the log decided it (a rule scored "missed by the end" while the end is now),
 * it is "not yet".
 */
export function liveVerdict(rule: RuleResult, now: number, ended: boolean): LiveVerdict {
  if (rule.verdict !== 'missed' || ended) return rule.verdict;
  if (rule.at === undefined || rule.at > now) return 'not_yet';
  return rule.at === now && rule.evidence.length === 0 ? 'not_yet' : 'missed';
}

const ORDER: Readonly<Record<LiveVerdict, number>> = { violated: 0, missed: 1, not_yet: 2, met: 3, not_applicable: 4 };
const SEVERITY: Readonly<Record<RuleResult['severity'], number>> = { critical: 0, major: 1, minor: 2 };

/** Every rule with its live verdict: the broken first, then those still open, then the met, then the rest. */
export function liveRules(report: ScoreReport, ended: boolean): LiveRule[] {
  return report.rules
    .map((rule, position) => ({ rule, verdict: liveVerdict(rule, report.elapsedSeconds, ended), position }))
    .sort((a, b) => ORDER[a.verdict] - ORDER[b.verdict] || SEVERITY[a.rule.severity] - SEVERITY[b.rule.severity] || a.position - b.position)
    .map(({ rule, verdict }) => ({ rule, verdict }));
}
