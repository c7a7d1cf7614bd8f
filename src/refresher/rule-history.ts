/**
 * What an officer's finished attempts say, rule by rule and family by family: each family's result per
 * encounter (what the schedule spaces), and how much each rule's failures weigh now. A failure weighs
 * its severity (docs/protocols.md: critical 3, major 2, minor 1), halved for every month since.
 */
import type { ProtocolFamily, ScenarioKind, Severity, VerdictKind } from '../engine/index.js';
import { SEVERITY_WEIGHTS } from '../engine/scoring/rule.js';
import type { FinishedAttempt } from '../storage/attempt-record.js';
import { dayOf, type DayNumber } from './days.js';
import type { FamilyResult } from './schedule.js';

/** Days for a failure's weight to halve. */
export const FAILURE_HALF_LIFE_DAYS = 30;

/** The kind of encounter an attempt was: from its scoring context, else from the catalogue. */
export type KindOf = (attempt: FinishedAttempt) => ScenarioKind | undefined;

export interface RuleHistory {
  readonly id: string;
  readonly family: ProtocolFamily;
  readonly severity: Severity;
  /** Encounters in which it applied, and how it went in each. */
  readonly applied: number;
  readonly met: number;
  /** The latest encounter in which it was violated or missed, if any. */
  readonly lastFailure?: {
    readonly day: DayNumber;
    readonly verdict: Extract<VerdictKind, 'violated' | 'missed'>;
    readonly scenarioId: string;
    readonly kind?: ScenarioKind;
  };
  /** Scenarios in which it applied: the encounters known to exercise it. */
  readonly scenarios: readonly string[];
  /** Kinds of encounter in which it applied. */
  readonly kinds: readonly ScenarioKind[];
  /** Its failures, each by severity and halved per half-life since: what orders the plan. */
  readonly weight: number;
}

export interface OfficerHistory {
  readonly rules: ReadonlyMap<string, RuleHistory>;
  /** Per family, one result per encounter in which any of its rules applied. */
  readonly families: ReadonlyMap<ProtocolFamily, readonly FamilyResult[]>;
  /** Per scenario, the day it was last played. */
  readonly lastPlayed: ReadonlyMap<string, DayNumber>;
}

/** Oldest first by when each encounter ended. */
export function inPlayOrder<T extends FinishedAttempt>(attempts: readonly T[]): T[] {
  return [...attempts].sort((a, b) => a.finishedAt.localeCompare(b.finishedAt) || a.id.localeCompare(b.id));
}

export function officerHistory(attempts: readonly FinishedAttempt[], day: DayNumber, kindOf: KindOf, utcOffsetMinutes = 0): OfficerHistory {
  const rules = new Map<string, { -readonly [K in keyof RuleHistory]: RuleHistory[K] }>();
  const families = new Map<ProtocolFamily, FamilyResult[]>();
  const lastPlayed = new Map<string, DayNumber>();
  for (const attempt of inPlayOrder(attempts)) {
    const played = dayOf(attempt.finishedAt, utcOffsetMinutes);
    const scenarioId = attempt.scenario.id;
    const kind = attempt.scoring?.kind ?? kindOf(attempt);
    lastPlayed.set(scenarioId, Math.max(lastPlayed.get(scenarioId) ?? played, played));
    const familyPassed = new Map<ProtocolFamily, boolean>();
    for (const rule of attempt.report.rules) {
      if (rule.verdict === 'not_applicable') continue;
      const history = rules.get(rule.id) ?? {
        id: rule.id,
        family: rule.family,
        severity: rule.severity,
        applied: 0,
        met: 0,
        scenarios: [],
        kinds: [],
        weight: 0,
      };
      history.applied += 1;
      if (!history.scenarios.includes(scenarioId)) history.scenarios = [...history.scenarios, scenarioId];
      if (kind && !history.kinds.includes(kind)) history.kinds = [...history.kinds, kind];
      if (rule.verdict === 'met') history.met += 1;
      else {
        history.lastFailure = { day: played, verdict: rule.verdict, scenarioId, ...(kind ? { kind } : {}) };
        const age = Math.max(0, day - played);
        history.weight += (SEVERITY_WEIGHTS[rule.severity] ?? 1) * 0.5 ** (age / FAILURE_HALF_LIFE_DAYS);
      }
      rules.set(rule.id, history);
      familyPassed.set(rule.family, (familyPassed.get(rule.family) ?? true) && rule.verdict === 'met');
    }
    for (const [family, passed] of familyPassed) families.set(family, [...(families.get(family) ?? []), { day: played, passed }]);
  }
  return { rules, families, lastPlayed };
}
