/**
 * How an encounter begins: from the beginning, with another play's first picks replayed, an
 * unfinished attempt restored where it was saved, or an unfinished attempt carried over to its
 * scenario's new version. One union, built from a saved attempt by one function (`planFromAttempt`),
 * and what each start means for the clock and for the attempt's record.
 */
import type { Mode, RecordedPlay } from '../engine/index.js';
import type { StoredAttempt, UnfinishedAttempt } from '../storage/attempt-record.js';
import type { AttemptFacts } from '../storage/attempt-recorder.js';

export type EncounterStart =
  | { readonly kind: 'fresh' }
  /**
   * Another play's first picks played again, then the trainee carries on: the debrief's "replay from
   * here" and the history's "play again" (`of` names the attempt), or an LMS's resume data (`of:
   * 'lms'`), which brings back the time gone too and starts `paused`.
   */
  | { readonly kind: 'replay'; readonly of: string; readonly play: RecordedPlay; readonly paused: boolean }
  /** An unfinished attempt put back exactly where it was saved, on the version it was played on. */
  | { readonly kind: 'restore'; readonly attempt: UnfinishedAttempt }
  /**
   * An unfinished attempt whose scenario has changed version since: played on today's version with
   * its play replayed as far as it still applies, saved as a new attempt that then replaces it.
   */
  | { readonly kind: 'carryOver'; readonly attempt: UnfinishedAttempt };

/** Everything needed to start an encounter. */
export interface EncounterPlan {
  readonly scenarioId: string;
  readonly seed: number;
  readonly profileId: string;
  readonly mode: Mode;
  /** Simulated seconds per real second in assess mode. */
  readonly timeFactor: number;
  /** The locale to play the story in, when the scenario has it; else the scenario's first. */
  readonly locale: string;
  readonly start: EncounterStart;
}

/** What the trainee can do with a saved attempt. */
export type AttemptStart = { readonly kind: 'replay'; readonly picksKept: number } | { readonly kind: 'restore' | 'carryOver' };

/**
 * The plan that starts `how` from `attempt`: its scenario, seed, profile, mode and locale, at the
 * time factor it was played at (`timeFactor` when it had none, as in learn mode).
 */
export function planFromAttempt(attempt: UnfinishedAttempt, how: AttemptStart, timeFactor: number): EncounterPlan;
export function planFromAttempt(attempt: StoredAttempt, how: AttemptStart & { readonly kind: 'replay' }, timeFactor: number): EncounterPlan;
export function planFromAttempt(attempt: StoredAttempt, how: AttemptStart, timeFactor: number): EncounterPlan {
  const inputs = attempt.instructorInputs ?? [];
  const start: EncounterStart =
    how.kind === 'replay'
      ? {
          kind: 'replay',
          of: attempt.id,
          play: { picks: attempt.picks.slice(0, how.picksKept), instructorInputs: inputs.filter((i) => i.afterPick < how.picksKept) },
          paused: false,
        }
      : // The overloads let only an unfinished attempt be restored or carried over.
        { kind: how.kind, attempt: attempt as UnfinishedAttempt };
  return {
    scenarioId: attempt.scenario.id,
    seed: attempt.seed,
    profileId: attempt.profileId,
    mode: attempt.mode,
    timeFactor: attempt.timeFactor || timeFactor,
    locale: attempt.locale,
    start,
  };
}

/** Which starts an unfinished attempt offers, given the version of its scenario today (`undefined`: the scenario is gone). */
export function startsOffered(attempt: UnfinishedAttempt, versionNow: number | undefined): { restore: boolean; carryOver: boolean } {
  return {
    restore: versionNow === attempt.scenario.version,
    carryOver: versionNow !== undefined && versionNow !== attempt.scenario.version,
  };
}

/** A resumed encounter waits for the trainee: in assess mode its clock starts again when they press Resume. */
export function startsPaused(start: EncounterStart): boolean {
  return start.kind === 'restore' || start.kind === 'carryOver' || (start.kind === 'replay' && start.paused);
}

/**
 * Who, when and what for the attempt an encounter records (`picksKept`: the picks its start played
 * again). A restored attempt keeps its own. One
 * carried over is a new attempt (`replayOf` names the old one and the picks kept): the old record
 * says which version its picks were made on, and rewriting it under the same id would claim they
 * were made on today's. It stays the same trainee's attempt, begun now.
 */
export function attemptFacts(
  plan: EncounterPlan,
  picksKept: number,
  traineeCode: string,
  newId: () => string,
  now: Date = new Date(),
): AttemptFacts {
  const { start, timeFactor } = plan;
  if (start.kind === 'restore') {
    const { id, traineeCode: code, startedAt, replayOf, pickTimes } = start.attempt;
    return { id, traineeCode: code, timeFactor, startedAt, ...(replayOf ? { replayOf } : {}), ...(pickTimes ? { pickTimes } : {}) };
  }
  const begun = { id: newId(), timeFactor, startedAt: now.toISOString() };
  if (start.kind === 'carryOver')
    return { ...begun, traineeCode: start.attempt.traineeCode, replayOf: { attemptId: start.attempt.id, picksKept } };
  if (start.kind === 'replay') return { ...begun, traineeCode, replayOf: { attemptId: start.of, picksKept } };
  return { ...begun, traineeCode };
}

/** Launched for one scenario (by a learning management system): straight to its briefing, or on from where it was left. */
export interface LaunchRequest {
  readonly scenarioId: string;
  readonly profileId?: string;
  readonly mode?: Mode;
  /** The trainee code the LMS's learner is known by (a pseudonym derived from the LMS's learner id). */
  readonly traineeCode?: string;
  /** Where an earlier session of this launch left off: replayed pick by pick (`resumePlan` in src/lms/resume-plan.ts). */
  readonly resume?: {
    readonly seed: number;
    readonly locale: string;
    readonly mode: Mode;
    readonly picks: readonly { readonly index: number; readonly at?: number }[];
    /** Simulated seconds gone when the trainee left, after the last pick too. */
    readonly elapsedSeconds?: number;
  };
}
