/**
 * Live reload in the encounter (dev server only): when a trainer saves the running scenario's story
 * or manifest, the encounter starts again on the new version and replays the trainee's picks as far
 * as they still apply, with a note in the narration saying how far that was.
 */
import type { Session } from '../engine/index.js';
import { listScenarios, loadScenario, onCatalogueChange } from '../game/catalogue.js';
import type { Translate } from '../i18n/translator.js';
import type { Profile } from '../engine/scoring/profile.js';
import type { EncounterPlan } from './flow.js';
import { holdResumption, type BatchListener, type HeldResumption, type ResumedSession } from './start-session.js';

export interface Resumption {
  /** Starts the resumed session, telling `onBatch` the story so far as `startSession` does. */
  readonly start: (onBatch?: BatchListener) => Session;
  /** For the narration: the story changed, and how far the picks were replayed. */
  readonly note: string;
}

export function resumedNote(resumed: Pick<ResumedSession, 'replayed' | 'lost'>, t: Translate): string {
  if (resumed.lost) return t('ui.author.liveReload.resumedUntil', { count: resumed.replayed, text: resumed.lost.text.trim() });
  return resumed.replayed === 0 ? t('ui.author.liveReload.restarted') : t('ui.author.liveReload.resumed', { count: resumed.replayed });
}

export interface FollowOptions {
  readonly plan: EncounterPlan;
  readonly profile: Profile;
  readonly t: Translate;
  /** The session to carry on from, or undefined once the encounter is over (its attempt is saved). */
  readonly current: () => Session | undefined;
}

/** Calls `restart` with each saved version of the plan's scenario, resumed where the trainee was. */
export function followScenarioEdits(options: FollowOptions, restart: (resumption: Resumption) => void): () => void {
  const { plan, profile, t } = options;
  let stopped = false;
  const stop = onCatalogueChange((change) => {
    if (change.kind !== 'updated' || change.scenarioId !== plan.scenarioId) return;
    const entry = listScenarios().find((s) => s.id === plan.scenarioId);
    if (!entry?.ok) return;
    void loadScenario(entry.manifest).then(({ bundle }) => {
      const earlier = options.current();
      if (stopped || !earlier) return;
      let resumed: HeldResumption;
      try {
        resumed = holdResumption(plan, bundle, profile, {
          picks: earlier.picks(),
          elapsedSeconds: earlier.state().elapsedSeconds,
          instructorInputs: earlier.instructorInputs(),
        });
      } catch {
        // A version the engine cannot start (a locale gone): the trainee keeps playing the last good one.
        return;
      }
      restart({ start: resumed.start, note: resumedNote(resumed, t) });
    });
  });
  return () => {
    stopped = true;
    stop();
  };
}
