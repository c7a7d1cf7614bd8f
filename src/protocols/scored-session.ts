/**
 * The composition root of scoring: the one place the engine is handed the protocols' rubric. The
 * game, the author preview, the command-line tools and the tests start and restore sessions here;
 * the engine itself knows no rubric (a test that scores by other rules passes its own to the engine).
 */
import { buildReport, type ScoringInput } from '../engine/scoring/report.js';
import type { ScoreReport } from '../engine/scoring/report.js';
import { createSession, restoreSession, type Session, type SessionOptions, type SessionSnapshot } from '../engine/session.js';
import type { ScenarioBundle } from '../engine/scenario/bundle.js';
import { RUBRIC } from './index.js';

export { RUBRIC };

/** A new session, scored by the rubric. */
export function scoredSession(options: Omit<SessionOptions, 'rubric'>): Session {
  return createSession({ ...options, rubric: RUBRIC });
}

/** A session put back at its snapshot, scored by the rubric. */
export function restoreScoredSession(snapshot: SessionSnapshot, scenario: ScenarioBundle): Session {
  return restoreSession(snapshot, scenario, RUBRIC);
}

/** A stored log scored by the rubric (a re-score when the story no longer replays). */
export function scoreLog(input: Omit<ScoringInput, 'rubric'>): ScoreReport {
  return buildReport({ ...input, rubric: RUBRIC });
}
