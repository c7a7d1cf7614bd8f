/**
 * What the debrief shows, computed from a finished attempt: rules in the order a trainer reads them,
 * and the timeline of picks with the rules each one settled (through the rules' evidence).
 */
import { bySeverity, type InstructorInput, type LogEntry, type PickRecord, type RuleResult, type ScoreReport } from '../engine/index.js';
import { byVerdict } from './live-verdicts.js';

/** Critical failures first, then everything else that applied: worst verdict, then most severe, then earliest. */
export function rulesInDebriefOrder(report: ScoreReport): { applicable: RuleResult[]; notApplicable: RuleResult[] } {
  const critical = new Set(report.criticalFailures);
  const applicable = report.rules
    .filter((r) => r.verdict !== 'not_applicable')
    .map((rule, position) => ({ rule, position }))
    .sort(
      (a, b) =>
        Number(!critical.has(a.rule.id)) - Number(!critical.has(b.rule.id)) ||
        byVerdict(a.rule.verdict, b.rule.verdict) ||
        bySeverity(a.rule.severity, b.rule.severity) ||
        (a.rule.at ?? Infinity) - (b.rule.at ?? Infinity) ||
        a.position - b.position,
    )
    .map(({ rule }) => rule);
  return { applicable, notApplicable: report.rules.filter((r) => r.verdict === 'not_applicable') };
}

export interface TimelinePick {
  /** 0-based. */
  readonly index: number;
  readonly pick: PickRecord;
  /** Applicable rules whose evidence includes an entry this pick caused. */
  readonly settled: readonly RuleResult[];
  /** In instructor-led mode: the injects and notes that came between the previous pick and this one. */
  readonly instructorBefore: readonly InstructorInput[];
}

export interface Timeline {
  readonly picks: readonly TimelinePick[];
  /** Applicable rules settled by no pick: a deadline that passed, a state the patient reached. */
  readonly unsettledByPicks: readonly RuleResult[];
  /** Injects and notes after the last pick. */
  readonly instructorAfter: readonly InstructorInput[];
}

function pickOf(entry: LogEntry | undefined): number | undefined {
  return entry?.source.origin === 'choice' ? entry.source.pick : undefined;
}

export function buildTimeline(report: ScoreReport, picks: readonly PickRecord[], inputs: readonly InstructorInput[] = []): Timeline {
  const settledBy = new Map<number, RuleResult[]>();
  const unsettled: RuleResult[] = [];
  for (const rule of report.rules) {
    if (rule.verdict === 'not_applicable') continue;
    const pickIndexes = new Set(rule.evidence.map((i) => pickOf(report.log[i])).filter((p): p is number => p !== undefined));
    if (pickIndexes.size === 0) unsettled.push(rule);
    for (const p of pickIndexes) settledBy.set(p, [...(settledBy.get(p) ?? []), rule]);
  }
  return {
    picks: picks.map((pick, index) => ({
      index,
      pick,
      settled: settledBy.get(index) ?? [],
      instructorBefore: inputs.filter((i) => i.afterPick === index),
    })),
    unsettledByPicks: unsettled.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity)),
    instructorAfter: inputs.filter((i) => i.afterPick >= picks.length),
  };
}

/** How much a settled rule weighs when choosing the decisions that mattered: a broken critical rule most. */
function weight(rule: RuleResult): number {
  const severity = rule.severity === 'critical' ? 100 : rule.severity === 'major' ? 10 : 1;
  const verdict = rule.verdict === 'violated' ? 3 : rule.verdict === 'missed' ? 2 : rule.verdict === 'met' ? 1 : 0;
  return severity * verdict;
}

/**
 * The few picks that mattered most, for the top of the debrief: those that settled the most severe
 * rules, broken before kept, the earlier first among equals; shown in the order they were made.
 */
export function decisionsThatMattered(timeline: Timeline, most = 3): TimelinePick[] {
  return timeline.picks
    .map((pick) => ({ pick, weight: pick.settled.reduce((sum, rule) => sum + weight(rule), 0) }))
    .filter((p) => p.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.pick.index - b.pick.index)
    .slice(0, most)
    .map((p) => p.pick)
    .sort((a, b) => a.index - b.index);
}

/** Rules grouped by protocol family, the families in the order of their first rule (so the worst family comes first). */
export function rulesByFamily(rules: readonly RuleResult[]): { readonly family: RuleResult['family']; readonly rules: RuleResult[] }[] {
  const groups = new Map<RuleResult['family'], RuleResult[]>();
  for (const rule of rules) groups.set(rule.family, [...(groups.get(rule.family) ?? []), rule]);
  return [...groups].map(([family, grouped]) => ({ family, rules: grouped }));
}
