/**
 * An unfinished attempt's session, restored from its snapshot exactly where the trainee was (the
 * engine's `restoreSession`), with its narration so far told again batch by batch.
 */
import { restoreSession, type Line, type ScenarioBundle, type Session } from '../engine/index.js';
import type { UnfinishedAttempt } from './attempt-record.js';
import { narrationSoFar } from './narration-so-far.js';

/** Whether today's scenario is the version the attempt was played on: only then can it resume. */
export function canResumeOn(attempt: UnfinishedAttempt, scenarioVersion: number | undefined): boolean {
  return scenarioVersion === attempt.scenario.version;
}

/** Throws when the snapshot does not fit the scenario (another version, a story that is gone). */
export function resumeAttempt(attempt: UnfinishedAttempt, bundle: ScenarioBundle, onBatch: (lines: readonly Line[], pickText?: string) => void = () => {}): Session {
  const { snapshot, pickLineStarts } = attempt.progress;
  const session = restoreSession(snapshot, bundle);
  for (const batch of narrationSoFar(snapshot.transcript, snapshot.picks, pickLineStarts)) onBatch(batch.lines, batch.pickText);
  return session;
}
