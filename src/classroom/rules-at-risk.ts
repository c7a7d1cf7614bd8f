/**
 * The rules a class is about to break or has broken, mid-encounter: what the instructor should open
 * for discussion. A rule reported `missed` only because its moment has not come is `open` (the
 * author preview's "not yet"), with the seconds left when a deadline decides it.
 */
import { bySeverity, type ScoreReport } from '../engine/index.js';
import { byVerdict, liveVerdict, type LiveVerdict } from '../kit/live-verdicts.js';
import type { RuleAtRisk } from './messages.js';

const verdictOf = (status: RuleAtRisk['status']): LiveVerdict => (status === 'open' ? 'not_yet' : status);

/** Broken first, then settled as missed, then open with the nearest deadline first; the most severe first within each. */
export function rulesAtRisk(report: ScoreReport, ended: boolean): RuleAtRisk[] {
  const now = report.elapsedSeconds;
  const risks: RuleAtRisk[] = [];
  for (const rule of report.rules) {
    const verdict = liveVerdict(rule, now, ended);
    if (verdict !== 'violated' && verdict !== 'missed' && verdict !== 'not_yet') continue;
    const status = verdict === 'not_yet' ? 'open' : verdict;
    const deadline = status === 'open' && rule.at !== undefined && rule.at > now ? rule.at - now : undefined;
    risks.push({
      id: rule.id,
      severity: rule.severity,
      status,
      ...(deadline !== undefined ? { secondsLeft: deadline } : {}),
      values: { ...rule.values },
    });
  }
  return risks.sort(
    (a, b) =>
      byVerdict(verdictOf(a.status), verdictOf(b.status)) ||
      (a.secondsLeft ?? Infinity) - (b.secondsLeft ?? Infinity) ||
      bySeverity(a.severity, b.severity),
  );
}
