/**
 * A session for an encounter plan: a fresh attempt, or the same scenario, profile, locale, mode and
 * seed with another attempt's first picks replayed (DESIGN.md decision 9: runs are deterministic).
 */
import { replayPicks, type InstructorInput, type Line, type PickRecord, type ScenarioBundle, type Session } from '../engine/index.js';
import type { Profile } from '../engine/scoring/profile.js';
import type { EncounterPlan } from './flow.js';
import { scoredSession } from '../protocols/scored-session.js';

export function storyLocaleFor(plan: EncounterPlan, bundle: ScenarioBundle): string | undefined {
  const available = bundle.manifest.locales.filter((l) => bundle.stories[l] !== undefined);
  return available.includes(plan.locale) ? plan.locale : available[0];
}

/** The story so far, in order: the opening lines, then each replayed pick with the lines that followed it. */
export type BatchListener = (lines: readonly Line[], pickText?: string) => void;

export function startSession(plan: EncounterPlan, bundle: ScenarioBundle, profile: Profile, onBatch: BatchListener = () => {}): Session {
  const locale = storyLocaleFor(plan, bundle);
  const session = scoredSession({ scenario: bundle, profile, mode: plan.mode, seed: plan.seed, ...(locale ? { locale } : {}) });
  onBatch(session.next().lines);
  const picks = plan.replay?.picks ?? [];
  if (picks.length === 0) return elapseTheRest(session, plan);
  let seen = 0;
  const stop = session.subscribe((step) => {
    const made = session.picks();
    if (made.length === seen) return;
    seen = made.length;
    onBatch(step.lines, made[made.length - 1]?.text ?? '');
  });
  try {
    replayPicks(session, picks, plan.replay?.instructorInputs);
  } finally {
    stop();
  }
  return elapseTheRest(session, plan);
}

/** The time that passed after the last replayed pick, so a resumed assessment gives none back. */
function elapseTheRest(session: Session, plan: EncounterPlan): Session {
  const rest = (plan.replay?.elapsedSeconds ?? 0) - session.state().elapsedSeconds;
  if (rest > 0) session.elapse(rest);
  return session;
}

/** The encounter on a changed story (live reload): how far the trainee's picks still led. */
export interface ResumedSession {
  readonly session: Session;
  /** Picks replayed, from the first. */
  readonly replayed: number;
  /** The first pick the changed story no longer offers (its index is gone, or the story ended before it). */
  readonly lost?: PickRecord;
}

/**
 * Starts the plan again on a changed story and replays the same pick indexes, at their times, for as
 * long as the story still offers them, with what an instructor added before each (a class's votes
 * too). With every pick replayed, the clock is brought back to where it was, so assess mode loses no
 * time.
 */
export function resumeOnChangedStory(
  plan: EncounterPlan,
  bundle: ScenarioBundle,
  profile: Profile,
  earlier: {
    readonly picks: readonly PickRecord[];
    readonly elapsedSeconds: number;
    readonly instructorInputs?: readonly InstructorInput[];
  },
  onBatch: BatchListener = () => {},
): ResumedSession {
  const { replay: _ignored, ...fresh } = plan;
  const session = startSession(fresh, bundle, profile, onBatch);
  const inputs = earlier.instructorInputs ?? [];
  // The engine's replay gives each input at its time; with no picks, it gives only the inputs passed.
  const giveInputs = (applies: (afterPick: number) => boolean): void => {
    if (!session.next().ended)
      replayPicks(
        session,
        [],
        inputs.filter((input) => applies(input.afterPick)),
      );
  };
  let replayed = 0;
  for (const pick of earlier.picks) {
    giveInputs((afterPick) => afterPick === replayed);
    const wait = pick.at - session.state().elapsedSeconds;
    if (wait > 0) session.elapse(wait);
    const step = session.next();
    if (step.ended || step.choices[pick.index] === undefined) return { session, replayed, lost: pick };
    const chosen = session.choose(pick.index, pick.vote ? { vote: pick.vote } : {});
    onBatch(chosen.lines, session.picks()[replayed]?.text ?? pick.text);
    replayed++;
  }
  giveInputs((afterPick) => afterPick >= replayed);
  const rest = earlier.elapsedSeconds - session.state().elapsedSeconds;
  if (rest > 0) session.elapse(rest);
  return { session, replayed };
}

/** A session resumed on a changed story now, its narration so far told later to whoever starts the encounter. */
export interface HeldResumption extends ResumedSession {
  readonly start: (onBatch?: BatchListener) => Session;
}

export function holdResumption(
  plan: EncounterPlan,
  bundle: ScenarioBundle,
  profile: Profile,
  earlier: Parameters<typeof resumeOnChangedStory>[3],
): HeldResumption {
  const batches: { lines: readonly Line[]; pickText?: string }[] = [];
  const resumed = resumeOnChangedStory(plan, bundle, profile, earlier, (lines, pickText) =>
    batches.push(pickText === undefined ? { lines } : { lines, pickText }),
  );
  return {
    ...resumed,
    start: (onBatch) => {
      for (const batch of batches) onBatch?.(batch.lines, batch.pickText);
      return resumed.session;
    },
  };
}
