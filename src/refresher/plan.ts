/**
 * An officer's refresher plan, from the attempts saved on this device: per rule family, whether it is
 * due today and why, and the encounter (in a variant this officer has not played) that exercises it.
 * Pure: the clock and the attempts are given, nothing is read or sent.
 */
import {
  bySeverity,
  PROTOCOL_FAMILIES,
  type ProtocolFamily,
  type ScenarioKind,
  type ScenarioManifest,
  type VerdictKind,
} from '../engine/index.js';
import { SEVERITY_WEIGHTS, type Rule } from '../engine/scoring/rule.js';
import { RUBRIC } from '../protocols/index.js';
import type { FinishedAttempt } from '../storage/attempt-record.js';
import { today, type Clock, type DayNumber } from './days.js';
import { officerHistory, type OfficerHistory } from './rule-history.js';
import { isDue, scheduleOf, type FamilySchedule } from './schedule.js';
import { unplayedVariant, type ChosenVariant } from './variant.js';

export type RefresherReason =
  /** The family's latest encounter broke this rule. */
  | {
      readonly kind: 'failed';
      readonly ruleId: string;
      readonly verdict: Extract<VerdictKind, 'violated' | 'missed'>;
      readonly day: DayNumber;
      readonly scenarioId: string;
    }
  /** A rule this officer has never met, in a kind of encounter they have not played (or in none yet). */
  | { readonly kind: 'not-yet-met'; readonly ruleId: string; readonly scenarioKind: ScenarioKind }
  /** Met every time lately: the interval since the last success has run out. */
  | { readonly kind: 'interval'; readonly day: DayNumber; readonly streak: number; readonly intervalDays: number };

export interface RefresherItem {
  readonly family: ProtocolFamily;
  /** The day it is (or was) due; today's or earlier when due. */
  readonly dueDay: DayNumber;
  readonly due: boolean;
  readonly reason: RefresherReason;
  /** The encounter to play, and the variant of it. */
  readonly scenarioId: string;
  readonly variant: ChosenVariant;
  /** Successes in a row (0 after a failure or before any result). */
  readonly streak: number;
  /** What orders the plan: the weight of the family's failures now, or of its most severe rule when never practised. */
  readonly weight: number;
}

export interface RefresherPlan {
  readonly today: DayNumber;
  /** Due today, the most pressing first. */
  readonly due: readonly RefresherItem[];
  /** Not due yet, the soonest first. */
  readonly later: readonly RefresherItem[];
}

export interface PlanInput {
  readonly traineeCode: string;
  /** The officer's finished attempts on this device (others' are ignored). */
  readonly attempts: readonly FinishedAttempt[];
  /** The scenarios this build can play, in the list's order. */
  readonly scenarios: readonly ScenarioManifest[];
  readonly clock: Clock;
  readonly rules?: readonly Rule[];
}

function mostSevere(rules: readonly Rule[]): Rule | undefined {
  return [...rules].sort((a, b) => bySeverity(a.severity, b.severity))[0];
}

function reasonFor(
  family: ProtocolFamily,
  schedule: FamilySchedule | undefined,
  history: OfficerHistory,
  unmetInNewKind: readonly { rule: Rule; kind: ScenarioKind }[],
  familyRules: readonly Rule[],
  offeredKinds: ReadonlySet<ScenarioKind>,
): RefresherReason | undefined {
  if (schedule && !schedule.last.passed) {
    const failed = [...history.rules.values()]
      .filter((r) => r.family === family && r.lastFailure?.day === schedule.last.day)
      .sort((a, b) => b.weight - a.weight || bySeverity(a.severity, b.severity) || a.id.localeCompare(b.id))[0];
    if (failed?.lastFailure)
      return {
        kind: 'failed',
        ruleId: failed.id,
        verdict: failed.lastFailure.verdict,
        day: failed.lastFailure.day,
        scenarioId: failed.lastFailure.scenarioId,
      };
  }
  const unmet = unmetInNewKind[0];
  if (unmet) return { kind: 'not-yet-met', ruleId: unmet.rule.id, scenarioKind: unmet.kind };
  if (!schedule) {
    const rule = mostSevere(familyRules);
    const kind = rule?.kinds.find((k) => offeredKinds.has(k));
    return rule && kind ? { kind: 'not-yet-met', ruleId: rule.id, scenarioKind: kind } : undefined;
  }
  return { kind: 'interval', day: schedule.last.day, streak: schedule.streak, intervalDays: schedule.intervalDays };
}

/** The encounter for a reason: of the scenarios training the family (of the reason's kind), one known to exercise the rule, the one played longest ago. */
function scenarioFor(
  family: ProtocolFamily,
  reason: RefresherReason,
  scenarios: readonly ScenarioManifest[],
  history: OfficerHistory,
): ScenarioManifest | undefined {
  const kind = reason.kind === 'not-yet-met' ? reason.scenarioKind : undefined;
  const candidates = scenarios.filter((s) => s.protocols.includes(family) && (kind === undefined || s.kind === kind));
  const exercising = reason.kind === 'failed' ? (history.rules.get(reason.ruleId)?.scenarios ?? []) : [];
  const preferred = candidates.filter((s) => exercising.includes(s.id));
  const pool = preferred.length > 0 ? preferred : candidates;
  const order = new Map(scenarios.map((s, i) => [s.id, i]));
  return [...pool].sort(
    (a, b) =>
      (history.lastPlayed.get(a.id) ?? -Infinity) - (history.lastPlayed.get(b.id) ?? -Infinity) ||
      (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  )[0];
}

export function refresherPlan(input: PlanInput): RefresherPlan {
  const day = today(input.clock);
  const rubric = input.rules ?? RUBRIC.rules;
  const mine = input.attempts.filter((a) => a.traineeCode === input.traineeCode);
  const kindById = new Map(input.scenarios.map((s) => [s.id, s.kind]));
  const history = officerHistory(mine, day, (a) => kindById.get(a.scenario.id), input.clock.utcOffsetMinutes);
  const offeredKinds = new Set(input.scenarios.map((s) => s.kind));
  const playedKinds = new Set(mine.map((a) => a.scoring?.kind ?? kindById.get(a.scenario.id)).filter((k): k is ScenarioKind => !!k));
  const offeredFamilies = PROTOCOL_FAMILIES.filter((f) => input.scenarios.some((s) => s.protocols.includes(f)));

  const items: RefresherItem[] = [];
  for (const family of offeredFamilies) {
    const familyRules = rubric.filter((r) => r.family === family && r.kinds.some((k) => offeredKinds.has(k)));
    const schedule = scheduleOf(history.families.get(family) ?? []);
    // A kind of encounter never played that trains this family: none of its rules can have been met there yet.
    const unmetInNewKind = [...familyRules]
      .sort((a, b) => bySeverity(a.severity, b.severity))
      .flatMap((rule) => {
        const kind = rule.kinds.find(
          (k) => !playedKinds.has(k) && input.scenarios.some((s) => s.kind === k && s.protocols.includes(family)),
        );
        return kind !== undefined && playedKinds.size > 0 ? [{ rule, kind }] : [];
      });
    const reason = reasonFor(family, schedule, history, unmetInNewKind, familyRules, offeredKinds);
    if (!reason) continue;
    const manifest = scenarioFor(family, reason, input.scenarios, history);
    if (!manifest) continue;
    const due = isDue(schedule, day) || reason.kind === 'not-yet-met';
    const failures = [...history.rules.values()].filter((r) => r.family === family).reduce((sum, r) => sum + r.weight, 0);
    const unmetWeight = reason.kind === 'not-yet-met' ? SEVERITY_WEIGHTS[mostSevere(familyRules)?.severity ?? 'minor'] : 0;
    items.push({
      family,
      dueDay: due ? Math.min(day, schedule?.dueDay ?? day) : (schedule?.dueDay ?? day),
      due,
      reason,
      scenarioId: manifest.id,
      variant: unplayedVariant(manifest, input.traineeCode, mine),
      streak: schedule?.streak ?? 0,
      weight: failures + unmetWeight,
    });
  }
  const familyOrder = (f: ProtocolFamily): number => PROTOCOL_FAMILIES.indexOf(f);
  return {
    today: day,
    due: items
      .filter((i) => i.due)
      .sort((a, b) => b.weight - a.weight || a.dueDay - b.dueDay || familyOrder(a.family) - familyOrder(b.family)),
    later: items.filter((i) => !i.due).sort((a, b) => a.dueDay - b.dueDay || familyOrder(a.family) - familyOrder(b.family)),
  };
}
