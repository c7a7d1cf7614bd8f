/**
 * Verdicts while the encounter is still running. A rule reported `missed` only because its moment has
 * not come yet (nobody has handed over to EMS, the two minutes for naloxone have not run out) is
 * shown as "not yet", so a trainer watching the verdicts mid-scene is not told the trainee failed.
 */
import { bySeverity, type RuleResult, type ScoreReport } from '../engine/index.js';

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

/** Worst first, as every list of verdicts is read: the debrief's, the preview's, the console's rules at risk. */
const WORST_FIRST: readonly LiveVerdict[] = ['violated', 'missed', 'not_yet', 'met', 'not_applicable'];

/** Worst first: a comparator for `sort`. */
export function byVerdict(a: LiveVerdict, b: LiveVerdict): number {
  return WORST_FIRST.indexOf(a) - WORST_FIRST.indexOf(b);
}

/** Every rule with its live verdict: the broken first, then those still open, then the met, then the rest. */
export function liveRules(report: ScoreReport, ended: boolean): LiveRule[] {
  return report.rules
    .map((rule, position) => ({ rule, verdict: liveVerdict(rule, report.elapsedSeconds, ended), position }))
    .sort((a, b) => byVerdict(a.verdict, b.verdict) || bySeverity(a.rule.severity, b.rule.severity) || a.position - b.position)
    .map(({ rule, verdict }) => ({ rule, verdict }));
}
