/**
 * Re-scoring a stored attempt with today's rubric (DESIGN.md decision 9), and which verdicts that
 * changed. On the scenario version it was played on, the picks are replayed on today's engine; when
 * the scenario has changed since, the stored event log is scored again instead, since replaying
 * picks on a different story would be a different encounter.
 */
import {
  buildReport,
  createSession,
  PARAMETER_DEFAULTS,
  replay,
  type RuleResult,
  type ScenarioBundle,
  type ScoreReport,
} from '../engine/index.js';
import type { Rubric } from '../engine/scoring/rule.js';
import { RUBRIC } from '../protocols/scored-session.js';
import type { Profile } from '../engine/scoring/profile.js';
import type { FinishedAttempt } from './attempt-record.js';

/** A rule whose verdict is not what it was; `before` or `after` is absent for a rule added or removed since. */
export interface VerdictChange {
  readonly id: string;
  readonly before?: RuleResult;
  readonly after?: RuleResult;
}

export type Rescoring =
  | {
      readonly ok: true;
      /** `replay`: the picks played again; `log`: the stored log scored again (the scenario changed). */
      readonly method: 'replay' | 'log';
      readonly report: ScoreReport;
      readonly changes: readonly VerdictChange[];
      /** Today's scenario version, when it is not the one the attempt was played on. */
      readonly scenarioVersionNow?: number;
      /** `stored`: the profile is no longer on this device, so the one kept with the attempt was used. */
      readonly profileFrom: 'today' | 'stored';
    }
  | {
      readonly ok: false;
      /** `no-profile`: neither today's nor a stored profile; `no-scoring-data`: the scenario changed and the attempt predates stored scoring data. */
      readonly reason: 'no-profile' | 'no-scoring-data';
      readonly scenarioVersionNow?: number;
    };

export interface TodaysRubric {
  /** Today's scenario, when this device still has it (loaded, for a replay). */
  readonly scenario?: ScenarioBundle;
  /** Today's profile of the attempt's profile id, when this device still has it. */
  readonly profile?: Profile;
  readonly rubric?: Rubric;
}

/**
 * The rules whose verdicts differ between two reports, in the order of the newer one, then the rules
 * gone since. A rule added or removed that does not apply either way is no change to the trainee.
 */
export function verdictChanges(before: ScoreReport, after: ScoreReport): VerdictChange[] {
  const old = new Map(before.rules.map((r) => [r.id, r]));
  const now = new Map(after.rules.map((r) => [r.id, r]));
  const changed = after.rules
    .filter((r) => {
      const was = old.get(r.id);
      return was ? was.verdict !== r.verdict : r.verdict !== 'not_applicable';
    })
    .map((r): VerdictChange => {
      const was = old.get(r.id);
      return was ? { id: r.id, before: was, after: r } : { id: r.id, after: r };
    });
  const removed = before.rules
    .filter((r) => !now.has(r.id) && r.verdict !== 'not_applicable')
    .map((r): VerdictChange => ({ id: r.id, before: r }));
  return [...changed, ...removed];
}

function replayed(attempt: FinishedAttempt, scenario: ScenarioBundle, profile: Profile, rubric: Rubric): ScoreReport | undefined {
  try {
    const session = createSession({ scenario, profile, locale: attempt.locale, mode: attempt.mode, seed: attempt.seed, rubric });
    const replayed = replay(session, { picks: attempt.picks, instructorInputs: attempt.instructorInputs });
    // A story that no longer plays these picks: the stored log is scored instead.
    return replayed.lost ? undefined : session.report();
  } catch {
    return undefined;
  }
}

export function rescoreAttempt(attempt: FinishedAttempt, today: TodaysRubric): Rescoring {
  const rubric = today.rubric ?? RUBRIC;
  const versionNow = today.scenario?.manifest.version;
  const changedScenario = versionNow !== undefined && versionNow !== attempt.scenario.version ? { scenarioVersionNow: versionNow } : {};
  const profile = today.profile ?? attempt.scoring?.profile;
  if (!profile) return { ok: false, reason: 'no-profile', ...changedScenario };
  const profileFrom = today.profile ? 'today' : 'stored';

  if (today.scenario && versionNow === attempt.scenario.version) {
    const report = replayed(attempt, today.scenario, profile, rubric);
    if (report) return { ok: true, method: 'replay', report, changes: verdictChanges(attempt.report, report), profileFrom };
  }
  const { scoring } = attempt;
  if (!scoring) return { ok: false, reason: 'no-scoring-data', ...changedScenario };
  const report = buildReport({
    rubric,
    log: attempt.report.log,
    pickTimes: attempt.picks.map((p) => p.at),
    profile,
    // A parameter the engine has gained since the attempt was played takes its default.
    scenario: {
      id: attempt.scenario.id,
      version: attempt.scenario.version,
      kind: scoring.kind,
      parameters: { ...PARAMETER_DEFAULTS, ...scoring.parameters },
    },
    final: scoring.final,
    locale: attempt.locale,
    seed: attempt.seed,
    mode: attempt.mode,
  });
  return { ok: true, method: 'log', report, changes: verdictChanges(attempt.report, report), profileFrom, ...changedScenario };
}
