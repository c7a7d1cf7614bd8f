/**
 * The rules a class is about to break or has broken, mid-encounter: what the instructor should open
 * for discussion. A rule reported `missed` only because its moment has not come is `open` (the
 * author preview's "not yet"), with the seconds left when a deadline decides it.
 */
import type { ScoreReport } from '../engine/index.js';
import { liveVerdict } from '../author/live-verdicts.js';
import type { RuleAtRisk } from './messages.js';

const STATUS_ORDER = { violated: 0, missed: 1, open: 2 } as const;
const SEVERITY_ORDER = { critical: 0, major: 1, minor: 2 } as const;

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
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.secondsLeft ?? Infinity) - (b.secondsLeft ?? Infinity) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}
