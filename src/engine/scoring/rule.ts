/**
 * A rule of the rubric: data about a protocol (id, family, severity, when it applies, its source)
 * and an evaluation over the timed event log that returns a verdict with its evidence.
 */
import type { Profile } from './profile.js';
import type { ProtocolFamily, ScenarioKind } from '../scenario/manifest.js';
import type { ScenarioParameters } from '../scenario/parameters.js';
import type { Indexed, LogView } from './log-view.js';
import type { Severity, VerdictKind } from './scales.js';

export type { Severity, VerdictKind };

/** docs/protocols.md: critical 3, major 2, minor 1. */
export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { critical: 3, major: 2, minor: 1 };

export interface Verdict {
  readonly verdict: VerdictKind;
  /** Simulated seconds of the decisive moment, for the debrief's timeline. */
  readonly at?: number;
  /** Indexes of the log entries that prove the verdict. */
  readonly evidence: readonly number[];
  /** Values for the explanation text (`{{delay}}` seconds, and so on). */
  readonly values?: Readonly<Record<string, string | number>>;
}

/** A source behind a rule, for the debrief: paraphrased, linked, never quoted at length. */
export interface Source {
  readonly id: string;
  readonly title: string;
  readonly url?: string;
}

export interface RuleContext {
  readonly log: LogView;
  readonly profile: Profile;
  readonly scenario: { readonly kind: ScenarioKind; readonly parameters: ScenarioParameters };
}

export interface Rule {
  readonly id: string;
  readonly family: ProtocolFamily;
  readonly severity: Severity;
  /** Scenario kinds the rule's family covers. */
  readonly kinds: readonly ScenarioKind[];
  /** A profile condition, in words for the generated rubric table ("agency overlay on"). */
  readonly profileCondition?: { readonly describe: string; readonly holds: (profile: Profile) => boolean };
  /** The trigger the protocol names, in words ("on waking"), for the rubric table. */
  readonly trigger?: string;
  /**
   * docs/protocols.md: where an overdose-only rule already covers the same act, this rule is not
   * applicable at an overdose while that rule is in force (its id).
   */
  readonly coveredAtOverdoseBy?: string;
  readonly evaluate: (context: RuleContext) => Verdict;
  readonly sources: readonly Source[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

/**
 * The rubric: its rules in the order the debrief lists them, and its version. Every report names the
 * version it was scored under, so an attempt re-scored after a protocol change says what changed.
 */
export interface Rubric {
  readonly version: number;
  readonly rules: readonly Rule[];
}

function proof(evidence: readonly (Indexed | undefined)[]): { at?: number; evidence: number[] } {
  const found = evidence.filter((e): e is Indexed => e !== undefined);
  const first = found[0];
  return { evidence: found.map((e) => e.index), ...(first ? { at: first.entry.at } : {}) };
}

export function met(...evidence: (Indexed | undefined)[]): Verdict {
  return { verdict: 'met', ...proof(evidence) };
}

export function violated(...evidence: (Indexed | undefined)[]): Verdict {
  return { verdict: 'violated', ...proof(evidence) };
}

export function missed(...evidence: (Indexed | undefined)[]): Verdict {
  return { verdict: 'missed', ...proof(evidence) };
}

export function notApplicable(): Verdict {
  return { verdict: 'not_applicable', evidence: [] };
}

/** The same verdict, with the moment it was decided set explicitly (a deadline that passed). */
export function at(verdict: Verdict, seconds: number): Verdict {
  return { ...verdict, at: seconds };
}

/** The same verdict, with values for its explanation. */
export function withValues(verdict: Verdict, values: Readonly<Record<string, string | number>>): Verdict {
  return { ...verdict, values: { ...verdict.values, ...values } };
}

/** Why a rule takes no part in an encounter: the wrong kind, the profile, or another rule covers its acts. */
export type NotInForce = 'kind' | 'profile' | 'covered';

/** Why a rule is not in force in this scenario under this profile, or `undefined` when it is. */
export function notInForce(rule: Rule, kind: ScenarioKind, profile: Profile, rubric: readonly Rule[]): NotInForce | undefined {
  if (!rule.kinds.includes(kind)) return 'kind';
  if (rule.profileCondition && !rule.profileCondition.holds(profile)) return 'profile';
  if (kind === 'overdose' && rule.coveredAtOverdoseBy !== undefined) {
    const covering = rubric.find((r) => r.id === rule.coveredAtOverdoseBy);
    if (covering && notInForce(covering, kind, profile, rubric) === undefined) return 'covered';
  }
  return undefined;
}

/** Does a rule apply at all in this scenario under this profile (before its trigger is looked at)? */
export function ruleInForce(rule: Rule, kind: ScenarioKind, profile: Profile, rubric: readonly Rule[]): boolean {
  return notInForce(rule, kind, profile, rubric) === undefined;
}
