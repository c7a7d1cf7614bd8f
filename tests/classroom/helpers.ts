/** A shipped scenario with injects, and a classroom encounter around a real session, for the classroom tests. */
import path from 'node:path';
import { type Session } from '../../src/engine/index.js';
import type { ScenarioBundle } from '../../src/engine/scenario/bundle.js';
import { createTranslator } from '../../src/i18n/translator.js';
import type { ClassLink } from '../../src/play/class-link.js';
import { startPlay, type Play } from '../../src/play/controller.js';
import { playNoteText } from '../../src/ui/play-notes.js';
import { loadScenarioDir, shippedScenarioDirs } from '../../src/tooling/load-scenario.js';
import { profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const loaded = new Map<string, ScenarioBundle>();

/** Compiled once per test file: compiling Ink is the slow part. */
export function shipped(id: string): ScenarioBundle {
  const cached = loaded.get(id);
  if (cached) return cached;
  const dir = shippedScenarioDirs().find((d) => path.basename(d) === id);
  const load = dir ? loadScenarioDir(dir) : undefined;
  if (!load?.bundle) throw new Error(`shipped scenario ${id} does not load`);
  loaded.set(id, load.bundle);
  return load.bundle;
}

export function apartmentSession(mode: 'learn' | 'assess' = 'learn'): Session {
  return scoredSession({ scenario: shipped('overdose-apartment'), profile: profile(), seed: 3, mode });
}

/** A play of the apartment run with a class, as the game's encounter screen starts one (learn mode unless asked). */
export async function classPlay(link: ClassLink, mode: 'learn' | 'assess' = 'learn'): Promise<{ play: Play; session: Session }> {
  const play = startPlay({
    plan: {
      scenarioId: 'overdose-apartment',
      seed: 3,
      profileId: 'model-policy',
      mode,
      timeFactor: 1,
      locale: 'en',
      start: { kind: 'fresh' },
    },
    profile: profile(),
    load: () => Promise.resolve(shipped('overdose-apartment')),
    classroom: { link, title: () => 'The roommate’s call', uiLocale: 'en' },
  });
  await new Promise<void>((resolve) => {
    const stop = play.subscribe((view) => {
      if (view.status === 'loading') return;
      stop();
      resolve();
    });
  });
  return { play, session: play.view().session! };
}

/** The play's notes so far, as the projector's narration words them. */
export function notesOf(play: Play, t = createTranslator('en')): string[] {
  return play.view().told.flatMap((told) => (told.kind === 'note' ? [playNoteText(told.note, t)] : []));
}

/** Picks through the play, as the trainees would, the first choice carrying each action in turn. */
export function pickThrough(play: Play, ...actions: string[]): void {
  for (const action of actions) {
    const index = play.view().step?.choices.findIndex((c) => c.actions.some((a) => a.action === action)) ?? -1;
    if (index < 0) throw new Error(`no choice carries ${action}`);
    play.send({ type: 'pick', index });
  }
}

/** Picks the first choice carrying each action in turn, as the golden paths do. */
export function pickActions(session: Session, ...actions: string[]): void {
  for (const action of actions) {
    const index = session.next().choices.findIndex((c) => c.actions.some((a) => a.action === action));
    if (index < 0) throw new Error(`no choice carries ${action}`);
    session.choose(index);
  }
}

/** The apartment's opening picks up to the call for EMS. */
export const UP_TO_EMS = ['scene_size_up', 'don_gloves', 'check_responsiveness', 'check_breathing', 'call_ems'];
