/**
 * The ScoreReport: a stable shape that exports, the debrief and the instructor dashboard rely on.
 * Change it only by adding fields.
 */
import type { Profile } from './profile.js';
import type { ObservableState } from '../encounter/observe.js';
import type { EventLog } from '../log.js';
import type { ProtocolFamily, ScenarioKind } from '../scenario/manifest.js';
import type { ScenarioParameters } from '../scenario/parameters.js';
import { LogView } from './log-view.js';
import { measureOutcome, type Outcome } from './outcomes.js';
import { ruleInForce, SEVERITY_WEIGHTS, type Rule, type Severity, type VerdictKind } from './rule.js';
import type { Mode } from './scales.js';

export type { Mode };

export interface RuleResult {
  readonly id: string;
  readonly family: ProtocolFamily;
  readonly severity: Severity;
  readonly verdict: VerdictKind;
  /** Simulated seconds of the decisive moment, when there is one. */
  readonly at?: number;
  /** Indexes into `log` of the entries that prove the verdict. */
  readonly evidence: readonly number[];
  /**
   * i18n key of the explanation: `rules.<id>.<verdict>` in `locales/<lng>/rules.json`, or
   * `ui.debrief.notInForce.kind|profile` for a rule that is not part of this encounter or profile.
   */
  readonly explanation: string;
  /** Values the explanation text interpolates. */
  readonly values?: Readonly<Record<string, string | number>>;
}

export interface ScoreReport {
  readonly scenario: string;
  readonly scenarioVersion: number;
  readonly profile: string;
  readonly locale: string;
  readonly seed: number;
  readonly mode: Mode;
  readonly passed: boolean;
  /** 0-100, one decimal: weight of rules met over weight of rules that applied. */
  readonly score: number;
  readonly passMark: number;
  /** Ids of critical rules violated or missed: any one fails the attempt. */
  readonly criticalFailures: readonly string[];
  readonly rules: readonly RuleResult[];
  readonly outcome: Outcome;
  /** Simulated seconds the encounter lasted. */
  readonly elapsedSeconds: number;
  readonly log: EventLog;
}

export interface ScoringInput {
  readonly rubric: readonly Rule[];
  readonly log: EventLog;
  readonly profile: Profile;
  readonly scenario: {
    readonly id: string;
    readonly version: number;
    readonly kind: ScenarioKind;
    readonly parameters: ScenarioParameters;
  };
  readonly final: ObservableState;
  readonly locale: string;
  readonly seed: number;
  readonly mode: Mode;
}

export function evaluateRules(rubric: readonly Rule[], view: LogView, input: Pick<ScoringInput, 'profile' | 'scenario'>): RuleResult[] {
  const { profile, scenario } = input;
  return rubric.map((rule) => {
    const inForce = ruleInForce(rule, scenario.kind, profile);
    const verdict = inForce
      ? rule.evaluate({ log: view, profile, scenario: { kind: scenario.kind, parameters: scenario.parameters } })
      : { verdict: 'not_applicable' as const, evidence: [] };
    return {
      id: rule.id,
      family: rule.family,
      severity: rule.severity,
      verdict: verdict.verdict,
      ...(verdict.at !== undefined ? { at: verdict.at } : {}),
      evidence: verdict.evidence,
      explanation: inForce
        ? `rules.${rule.id}.${verdict.verdict}`
        : `ui.debrief.notInForce.${rule.kinds.includes(scenario.kind) ? 'profile' : 'kind'}`,
      ...(verdict.values ? { values: verdict.values } : {}),
    };
  });
}

/** PROTOCOLS.md: weights by severity; rules that do not apply leave the score alone. */
export function scoreOf(results: readonly RuleResult[]): number {
  let applicable = 0;
  let earned = 0;
  for (const r of results) {
    if (r.verdict === 'not_applicable') continue;
    const weight = SEVERITY_WEIGHTS[r.severity];
    applicable += weight;
    if (r.verdict === 'met') earned += weight;
  }
  return applicable === 0 ? 100 : Math.round((1000 * earned) / applicable) / 10;
}

export function criticalFailuresOf(results: readonly RuleResult[]): string[] {
  return results.filter((r) => r.severity === 'critical' && (r.verdict === 'violated' || r.verdict === 'missed')).map((r) => r.id);
}

export function buildReport(input: ScoringInput): ScoreReport {
  const view = new LogView(input.log, input.final.elapsedSeconds);
  const rules = evaluateRules(input.rubric, view, input);
  const score = scoreOf(rules);
  const criticalFailures = criticalFailuresOf(rules);
  return {
    scenario: input.scenario.id,
    scenarioVersion: input.scenario.version,
    profile: input.profile.id,
    locale: input.locale,
    seed: input.seed,
    mode: input.mode,
    passed: score >= input.profile.passMark && criticalFailures.length === 0,
    score,
    passMark: input.profile.passMark,
    criticalFailures,
    rules,
    outcome: measureOutcome(input.scenario.kind, view, input.final),
    elapsedSeconds: input.final.elapsedSeconds,
    log: input.log,
  };
}
