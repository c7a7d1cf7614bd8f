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
import { notInForce, SEVERITY_WEIGHTS, type Rubric, type Rule, type Severity, type VerdictKind } from './rule.js';
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
   * `ui.debrief.notInForce.kind|profile|covered` for a rule that is not part of this encounter or
   * profile, or whose acts another rule in force already scores (`values.rule` names it).
   */
  readonly explanation: string;
  /** Values the explanation text interpolates. */
  readonly values?: Readonly<Record<string, string | number>>;
}

/**
 * docs/protocols.md: the three conditions of a pass, in the order the debrief names a failed one:
 * no critical rule violated or missed, fewer than two major rules violated, the pass mark.
 */
export const PASS_CONDITIONS = ['critical', 'majorViolations', 'passMark'] as const;
export type PassCondition = (typeof PASS_CONDITIONS)[number];

/** docs/protocols.md revision 2: two or more violated major rules fail the attempt. */
export const MAJOR_VIOLATIONS_THAT_FAIL = 2;

export interface ScoreReport {
  /** The rubric version the attempt was scored under; absent on reports made before revision 2 (read it as 1). */
  readonly rubricVersion?: number;
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
  /**
   * Major rules violated, grouped by the act that broke them (one act breaking two major rules
   * counts once): two or more groups fail the attempt. Absent before rubric revision 2.
   */
  readonly majorViolations?: readonly (readonly string[])[];
  /** The pass conditions that failed, in PASS_CONDITIONS order; empty when passed. Absent before revision 2. */
  readonly failedConditions?: readonly PassCondition[];
  readonly rules: readonly RuleResult[];
  readonly outcome: Outcome;
  /** Simulated seconds the encounter lasted. */
  readonly elapsedSeconds: number;
  readonly log: EventLog;
}

export interface ScoringInput {
  readonly rubric: Rubric;
  readonly log: EventLog;
  /** Simulated times of every pick (rules that ask "at the officer's next pick" read them). */
  readonly pickTimes?: readonly number[];
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

function notInForceExplanation(rule: Rule, why: NonNullable<ReturnType<typeof notInForce>>): Pick<RuleResult, 'explanation' | 'values'> {
  if (why === 'covered' && rule.coveredAtOverdoseBy !== undefined) {
    return { explanation: 'ui.debrief.notInForce.covered', values: { rule: rule.coveredAtOverdoseBy } };
  }
  return { explanation: `ui.debrief.notInForce.${why}` };
}

export function evaluateRules(rubric: readonly Rule[], view: LogView, input: Pick<ScoringInput, 'profile' | 'scenario'>): RuleResult[] {
  const { profile, scenario } = input;
  return rubric.map((rule): RuleResult => {
    const why = notInForce(rule, scenario.kind, profile, rubric);
    if (why !== undefined) {
      return {
        id: rule.id,
        family: rule.family,
        severity: rule.severity,
        verdict: 'not_applicable',
        evidence: [],
        ...notInForceExplanation(rule, why),
      };
    }
    const verdict = rule.evaluate({ log: view, profile, scenario: { kind: scenario.kind, parameters: scenario.parameters } });
    return {
      id: rule.id,
      family: rule.family,
      severity: rule.severity,
      verdict: verdict.verdict,
      ...(verdict.at !== undefined ? { at: verdict.at } : {}),
      evidence: verdict.evidence,
      explanation: `rules.${rule.id}.${verdict.verdict}`,
      ...(verdict.values ? { values: verdict.values } : {}),
    };
  });
}

/** docs/protocols.md: weights by severity; rules that do not apply leave the score alone. */
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

/**
 * Violated major rules grouped by the act that broke them: the first piece of evidence of a
 * violation is the act (or the moment) that broke the rule, so rules sharing it share the act.
 */
export function majorViolationsOf(results: readonly RuleResult[]): string[][] {
  const byAct = new Map<string, string[]>();
  for (const r of results) {
    if (r.severity !== 'major' || r.verdict !== 'violated') continue;
    const act = r.evidence[0] !== undefined ? `log:${r.evidence[0]}` : `rule:${r.id}`;
    byAct.set(act, [...(byAct.get(act) ?? []), r.id]);
  }
  return [...byAct.values()];
}

/** Which pass conditions a result fails, in PASS_CONDITIONS order. */
export function failedConditionsOf(
  score: number,
  passMark: number,
  criticalFailures: readonly string[],
  majorViolations: readonly (readonly string[])[],
): PassCondition[] {
  const failed: PassCondition[] = [];
  if (criticalFailures.length > 0) failed.push('critical');
  if (majorViolations.length >= MAJOR_VIOLATIONS_THAT_FAIL) failed.push('majorViolations');
  if (score < passMark) failed.push('passMark');
  return failed;
}

/** The rubric version a report was scored under: reports from before revision 2 do not say, and are 1. */
export function rubricVersionOf(report: Pick<ScoreReport, 'rubricVersion'>): number {
  return report.rubricVersion ?? 1;
}

/** The pass conditions a report failed, in PASS_CONDITIONS order; derived for reports from before revision 2. */
export function failedConditionsOfReport(report: ScoreReport): readonly PassCondition[] {
  return report.failedConditions ?? failedConditionsOf(report.score, report.passMark, report.criticalFailures, []);
}

export function buildReport(input: ScoringInput): ScoreReport {
  const view = new LogView(input.log, input.final.elapsedSeconds, input.pickTimes);
  const rules = evaluateRules(input.rubric.rules, view, input);
  const score = scoreOf(rules);
  const criticalFailures = criticalFailuresOf(rules);
  const majorViolations = majorViolationsOf(rules);
  const failedConditions = failedConditionsOf(score, input.profile.passMark, criticalFailures, majorViolations);
  return {
    rubricVersion: input.rubric.version,
    scenario: input.scenario.id,
    scenarioVersion: input.scenario.version,
    profile: input.profile.id,
    locale: input.locale,
    seed: input.seed,
    mode: input.mode,
    passed: failedConditions.length === 0,
    score,
    passMark: input.profile.passMark,
    criticalFailures,
    majorViolations,
    failedConditions,
    rules,
    outcome: measureOutcome(input.scenario.kind, view, input.final),
    elapsedSeconds: input.final.elapsedSeconds,
    log: input.log,
  };
}
