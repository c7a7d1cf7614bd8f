/**
 * An unfinished attempt's session, restored from its snapshot exactly where the trainee was (the
 * engine's `restoreSession`), with its narration so far told again batch by batch; and, when its
 * scenario has changed version since, what carrying it on to today's version needs: the play to
 * replay, the new attempt's facts, and a save that retires the old record once the new one is kept.
 */
import { restoreSession, type InstructorInput, type Line, type PickRecord, type ScenarioBundle, type Session } from '../engine/index.js';
import type { StoredAttempt, UnfinishedAttempt } from './attempt-record.js';
import type { AttemptFacts } from './attempt-recorder.js';
import { narrationSoFar } from './narration-so-far.js';
import type { QuarantinedRecord } from './schema.js';

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
  const session = restoreSession(snapshot, bundle);
  for (const batch of narrationSoFar(snapshot.transcript, snapshot.picks, pickLineStarts)) onBatch(batch.lines, batch.pickText);
  return session;
}

export type ResumeOutcome =
  | { readonly ok: true; readonly session: Session }
  /**
   * It could not be resumed (`reason` is the engine's own words, for the record and the download,
   * not for the trainee) and was set aside: `setAside` is the quarantined record, as the history
   * lists it with its download. Without `setAside` the device refused to move it (read-only, or
   * unavailable): then do not offer it again in this page.
   */
  | { readonly ok: false; readonly reason: string; readonly setAside?: QuarantinedRecord };

/**
 * Resumes an unfinished attempt, or sets it aside for good when it cannot be. A record may pass
 * validation and still not restore (an Ink state inkjs refuses, an encounter snapshot missing what
 * the engine reads); offered again, it would fail again on every launch. So on the first failure it
 * is quarantined exactly like a record that fails validation (`AttemptStore.quarantine`, passed in
 * as `setAside`), and nothing else on the device is touched. The narration reaches `onBatch` only
 * once the session is known to work. The scenario must be the version the attempt was played on
 * (`canResumeOn`); another version is a case for continuing on it, not a failure.
 */
export async function resumeOrSetAside(
  attempt: UnfinishedAttempt,
  bundle: ScenarioBundle,
  setAside: (id: string, reason: string) => Promise<QuarantinedRecord | undefined>,
  onBatch: (lines: readonly Line[], pickText?: string) => void = () => {},
): Promise<ResumeOutcome> {
  if (!canResumeOn(attempt, bundle.manifest.version) || attempt.scenario.id !== bundle.manifest.id)
    throw new RangeError(
      `attempt ${attempt.id} was played on ${attempt.scenario.id} version ${attempt.scenario.version}, not this scenario`,
    );
  const batches: { lines: readonly Line[]; pickText?: string }[] = [];
  let session: Session;
  try {
    session = resumeAttempt(attempt, bundle, (lines, pickText) => batches.push({ lines, ...(pickText !== undefined ? { pickText } : {}) }));
    // Everything the encounter screen asks for at once: a snapshot that restores may still break here.
    session.next();
    session.report();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    let quarantined: QuarantinedRecord | undefined;
    try {
      quarantined = await setAside(attempt.id, reason);
    } catch {
      quarantined = undefined;
    }
    return { ok: false, reason, ...(quarantined ? { setAside: quarantined } : {}) };
  }
  for (const batch of batches) onBatch(batch.lines, batch.pickText);
  return { ok: true, session };
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
