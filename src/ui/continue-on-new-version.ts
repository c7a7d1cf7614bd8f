/**
 * An unfinished attempt carried on to today's version of its scenario: the encounter starts again on
 * the new version and replays the attempt's picks (and its instructor's inputs) as far as the new
 * version still offers them, as live reload does, with a note for the narration saying how far that was.
 */
import type { ScenarioBundle, Session } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import type { Profile } from '../engine/scoring/profile.js';
import type { UnfinishedAttempt } from '../storage/attempt-record.js';
import { earlierPlayOf } from '../storage/resume-attempt.js';
import type { EncounterPlan } from './flow.js';
import { holdResumption, type BatchListener, type ResumedSession } from './start-session.js';

export interface Continuation {
  /** Starts the session, telling `onBatch` the story so far as `startSession` does. */
  readonly start: (onBatch?: BatchListener) => Session;
  /** For the narration: the scenario changed, and how many of the attempt's picks were kept. */
  readonly note: string;
  /** Picks replayed, from the first. */
  readonly picksKept: number;
}

/** The plan that carries `attempt` on: its scenario, seed, profile, mode and locale, paused in assess mode as a resume is. */
export function continuationPlan(attempt: UnfinishedAttempt, timeFactor: number): EncounterPlan {
  return {
    scenarioId: attempt.scenario.id,
    seed: attempt.seed,
    profileId: attempt.profileId,
    mode: attempt.mode,
    timeFactor,
    locale: attempt.locale,
    startPaused: true,
    continueOnNewVersion: { attempt },
  };
}

export function continuedNote(resumed: Pick<ResumedSession, 'replayed' | 'lost'>, total: number, t: Translate): string {
  if (resumed.lost) return t('ui.storage.continued.until', { count: resumed.replayed, total, text: resumed.lost.text.trim() });
  return resumed.replayed === 0 ? t('ui.storage.continued.none') : t('ui.storage.continued.all', { count: resumed.replayed });
}

/** Throws, as `startSession` does, when the new version cannot be started (its locales gone). */
export function continueOnNewVersion(
  attempt: UnfinishedAttempt,
  plan: EncounterPlan,
  bundle: ScenarioBundle,
  profile: Profile,
  t: Translate,
): Continuation {
  const resumed = holdResumption(plan, bundle, profile, earlierPlayOf(attempt));
  return {
    start: resumed.start,
    note: continuedNote(resumed, attempt.picks.length, t),
    picksKept: resumed.replayed,
  };
}
