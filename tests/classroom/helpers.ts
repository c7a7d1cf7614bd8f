/** A shipped scenario with injects, and a classroom encounter around a real session, for the classroom tests. */
import path from 'node:path';
import { type Session } from '../../src/engine/index.js';
import type { ScenarioBundle } from '../../src/engine/scenario/bundle.js';
import { createTranslator } from '../../src/i18n/translator.js';
import type { ClassroomEncounter } from '../../src/classroom/projector.js';
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

/** What the encounter screen would do, recorded; picks and pauses act on the session as the screen's would. */
export interface FakeEncounter extends ClassroomEncounter {
  readonly narrated: string[];
  readonly pausedCalls: boolean[];
  readonly voteCalls: boolean[];
  readonly pickCalls: { index: number; vote: Readonly<Record<number, number>> | undefined }[];
  /** Each time the projector asked it to lift its holds (the last console closed): the picks made by then. */
  readonly released: number[];
}

export function fakeEncounter(session: Session, locale = 'en'): FakeEncounter {
  let paused = false;
  const narrated: string[] = [];
  const pausedCalls: boolean[] = [];
  const voteCalls: boolean[] = [];
  const pickCalls: FakeEncounter['pickCalls'] = [];
  const released: number[] = [];
  return {
    session,
    title: 'The roommate’s call',
    timeFactor: 1,
    t: createTranslator(locale),
    uiLocale: locale,
    narrated,
    pausedCalls,
    voteCalls,
    pickCalls,
    released,
    paused: () => paused,
    setPaused: (next) => {
      paused = next;
      pausedCalls.push(next);
    },
    holdForVote: (open) => voteCalls.push(open),
    pick: (index, vote) => {
      pickCalls.push({ index, vote });
      session.choose(index, vote ? { vote } : {});
    },
    narrate: (text) => narrated.push(text),
    // As a learn-mode screen does: its pause is the instructor's only, so it ends.
    releaseHolds: () => {
      released.push(session.picks().length);
      paused = false;
    },
    ended: () => session.next().ended,
  };
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
