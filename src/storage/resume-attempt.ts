/**
 * An unfinished attempt's session, restored from its snapshot exactly where the trainee was (the
 * engine's `restoreSession`), with its narration so far told again batch by batch; and, when its
 * scenario has changed version since, what carrying it on to today's version needs: the play to
 * replay, the new attempt's facts, and a save that retires the old record once the new one is kept.
 */
import { type InstructorInput, type Line, type PickRecord, type ScenarioBundle, type Session } from '../engine/index.js';
import type { StoredAttempt, UnfinishedAttempt } from './attempt-record.js';
import type { AttemptFacts } from './attempt-recorder.js';
import { narrationSoFar } from './narration-so-far.js';
import { restoreScoredSession } from '../protocols/scored-session.js';

/** Whether today's scenario is the version the attempt was played on: only then can it resume. */
export function canResumeOn(attempt: UnfinishedAttempt, scenarioVersion: number | undefined): boolean {
  return scenarioVersion === attempt.scenario.version;
}

/** Whether the scenario is still here in another version: the attempt can then be carried on to it. */
export function canContinueOnNewVersion(attempt: UnfinishedAttempt, scenarioVersion: number | undefined): boolean {
  return scenarioVersion !== undefined && scenarioVersion !== attempt.scenario.version;
}

/** Throws when the snapshot does not fit the scenario (another version, a story that is gone). */
export function resumeAttempt(
  attempt: UnfinishedAttempt,
  bundle: ScenarioBundle,
  onBatch: (lines: readonly Line[], pickText?: string) => void = () => {},
): Session {
  const { snapshot, pickLineStarts } = attempt.progress;
  const session = restoreScoredSession(snapshot, bundle);
  for (const batch of narrationSoFar(snapshot.transcript, snapshot.picks, pickLineStarts)) onBatch(batch.lines, batch.pickText);
  return session;
}

/** What the trainee (and an instructor) did in an unfinished attempt, to be played again on another version. */
export interface EarlierPlay {
  readonly picks: readonly PickRecord[];
  readonly instructorInputs: readonly InstructorInput[];
  /** Simulated seconds that had passed when the attempt was saved. */
  readonly elapsedSeconds: number;
}

export function earlierPlayOf(attempt: UnfinishedAttempt): EarlierPlay {
  return {
    picks: attempt.picks,
    instructorInputs: attempt.instructorInputs ?? [],
    elapsedSeconds: attempt.progress.snapshot.clockMs / 1000,
  };
}

/**
 * The record of an attempt carried on to a changed version is a new one (`replayOf` names the old
 * attempt and how many of its picks were kept): the old record says which version its picks were
 * made on, and rewriting it under the same id would claim they were made on today's. It stays the
 * same trainee's attempt, begun now.
 */
export function continuationFacts(
  attempt: UnfinishedAttempt,
  picksKept: number,
  newId: () => string,
  timeFactor: number,
  now: Date = new Date(),
): AttemptFacts {
  return {
    id: newId(),
    traineeCode: attempt.traineeCode,
    timeFactor,
    startedAt: now.toISOString(),
    replayOf: { attemptId: attempt.id, picksKept },
  };
}

/**
 * Saves the continuation's records with `save`; once one of them is on the device, the attempt it
 * continues is discarded, so the title no longer offers both. Until then (nothing saved yet, or the
 * device refusing) the old record stays, and nothing the trainee did is lost.
 */
export function retiringOnFirstSave(
  save: (attempt: StoredAttempt) => Promise<void>,
  discard: (id: string) => Promise<void>,
  continuedId: string,
): (attempt: StoredAttempt) => Promise<void> {
  let retired = false;
  return async (attempt) => {
    await save(attempt);
    if (retired) return;
    retired = true;
    // A refusal leaves the old record offered on the title, where it can be discarded by hand.
    void discard(continuedId).catch(() => undefined);
  };
}
