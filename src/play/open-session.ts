/**
 * The session for an encounter plan, with its story so far: a new session, one with a play replayed
 * on it (a replay, a carry-over to a new version, live reload), or a saved one restored from its
 * snapshot. The one way every page opens a session; runs are deterministic (DESIGN.md decision 9).
 */
import { replay, type Profile, type RecordedPlay, type ReplayReport, type ScenarioBundle, type Session } from '../engine/index.js';
import { restoreScoredSession, scoredSession } from '../protocols/scored-session.js';
import type { UnfinishedAttempt } from '../storage/attempt-record.js';
import { narrationSoFar, type NarrationBatch } from '../storage/narration-so-far.js';
import type { EncounterPlan } from './start.js';

export interface OpenedSession {
  readonly session: Session;
  /** The story so far, in order: the opening lines, then each pick with the lines that followed it. */
  readonly narration: readonly NarrationBatch[];
  /** When a play was replayed: how far it went, and what could not be played again. */
  readonly replay?: ReplayReport;
}

/** The plan's locale when the scenario has a story in it, else the scenario's first. */
export function storyLocaleFor(plan: Pick<EncounterPlan, 'locale'>, bundle: ScenarioBundle): string | undefined {
  const available = bundle.manifest.locales.filter((l) => bundle.stories[l] !== undefined);
  return available.includes(plan.locale) ? plan.locale : available[0];
}

/** What a running session has played so far, to be played again on another version. */
export function recordedPlayOf(session: Session): RecordedPlay {
  return { picks: session.picks(), instructorInputs: session.instructorInputs(), elapsedSeconds: session.state().elapsedSeconds };
}

/** What an unfinished attempt had played when it was saved. */
export function recordedPlayOfAttempt(attempt: UnfinishedAttempt): RecordedPlay {
  return {
    picks: attempt.picks,
    instructorInputs: attempt.instructorInputs ?? [],
    elapsedSeconds: attempt.progress.snapshot.clockMs / 1000,
  };
}

type Settings = Pick<EncounterPlan, 'seed' | 'mode' | 'locale'>;

/**
 * A new session on `bundle` with `play` replayed on it, for as long as the story still offers its
 * picks. With every pick replayed, the clock is brought back to where it was, so assess mode gives
 * no time back. Throws when the story cannot be started (its locales are gone).
 */
export function openWithReplay(settings: Settings, bundle: ScenarioBundle, profile: Profile, play: RecordedPlay): OpenedSession {
  const locale = storyLocaleFor(settings, bundle);
  const session = scoredSession({ scenario: bundle, profile, mode: settings.mode, seed: settings.seed, ...(locale ? { locale } : {}) });
  const narration: NarrationBatch[] = [{ lines: session.next().lines }];
  const report = replay(session, play, { onPick: (step, pick) => narration.push({ lines: step.lines, pickText: pick.text.trim() }) });
  return { session, narration, replay: report };
}

/** Throws when the plan cannot be played on `bundle`: a snapshot of another version, a story that is gone. */
export function openSession(plan: EncounterPlan, bundle: ScenarioBundle, profile: Profile): OpenedSession {
  const { start } = plan;
  switch (start.kind) {
    case 'fresh': {
      const { session, narration } = openWithReplay(plan, bundle, profile, { picks: [] });
      return { session, narration };
    }
    case 'replay':
      return openWithReplay(plan, bundle, profile, start.play);
    case 'carryOver':
      return openWithReplay(plan, bundle, profile, recordedPlayOfAttempt(start.attempt));
    case 'restore': {
      const { snapshot, pickLineStarts } = start.attempt.progress;
      const session = restoreScoredSession(snapshot, bundle);
      return { session, narration: narrationSoFar(snapshot.transcript, snapshot.picks, pickLineStarts) };
    }
  }
}
