/**
 * Resume that cannot fail twice. A record may pass validation and still not restore (an Ink state
 * inkjs refuses, an encounter snapshot missing what the engine reads); offered again, it would fail
 * again on every launch. So on the first failure it is set aside in quarantine exactly like a record
 * that fails validation (`AttemptStore.quarantine`, passed in as `setAside`), and nothing else on
 * the device is touched. The narration is handed over only once the session is known to work.
 */
import type { ScenarioBundle, Session } from '../engine/index.js';
import { restoreScoredSession } from '../protocols/scored-session.js';
import type { UnfinishedAttempt } from '../storage/attempt-record.js';
import { narrationSoFar, type NarrationBatch } from '../storage/narration-so-far.js';
import type { QuarantinedRecord } from '../storage/schema.js';

export type ResumeOutcome =
  | { readonly ok: true; readonly session: Session; readonly narration: readonly NarrationBatch[] }
  /**
   * It could not be resumed (`reason` is the engine's own words, for the record and the download,
   * not for the trainee) and was set aside: `setAside` is the quarantined record, as the history
   * lists it with its download. Without `setAside` the device refused to move it (read-only, or
   * unavailable): then do not offer it again in this page.
   */
  | { readonly ok: false; readonly reason: string; readonly setAside?: QuarantinedRecord };

/** The scenario must be the version the attempt was played on; another version is a case for carrying it over, not a failure. */
export async function resumeOrSetAside(
  attempt: UnfinishedAttempt,
  bundle: ScenarioBundle,
  setAside: (id: string, reason: string) => Promise<QuarantinedRecord | undefined>,
): Promise<ResumeOutcome> {
  if (attempt.scenario.id !== bundle.manifest.id || attempt.scenario.version !== bundle.manifest.version)
    throw new RangeError(
      `attempt ${attempt.id} was played on ${attempt.scenario.id} version ${attempt.scenario.version}, not this scenario`,
    );
  const { snapshot, pickLineStarts } = attempt.progress;
  try {
    const session = restoreScoredSession(snapshot, bundle);
    // Everything the encounter screen asks for at once: a snapshot that restores may still break here.
    session.next();
    session.report();
    return { ok: true, session, narration: narrationSoFar(snapshot.transcript, snapshot.picks, pickLineStarts) };
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
}

/** Thrown by the play when a `restore` start failed: the attempt was set aside (`record`, when the device moved it). */
export class ResumeFailedError extends Error {
  constructor(
    readonly attemptId: string,
    reason: string,
    readonly record?: QuarantinedRecord,
  ) {
    super(reason);
    this.name = 'ResumeFailedError';
  }
}
