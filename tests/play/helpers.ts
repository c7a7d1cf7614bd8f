/** A play on the hub fixture in Node: the simulated clock by hand, saves in memory, a class's console as a fake link. */
import type { Mode, ScenarioBundle } from '../../src/engine/index.js';
import type { ClassCommand, ClassLink, FollowedPlay } from '../../src/play/class-link.js';
import { startPlay, type Play, type PlayInput, type PlayView } from '../../src/play/controller.js';
import type { EncounterPlan, EncounterStart } from '../../src/play/start.js';
import { manualTimeSource, type ManualTimeSource } from '../../src/play/time-source.js';
import type { StoredAttempt } from '../../src/storage/attempt-record.js';
import { loadFixture, profile } from '../helpers/fixtures.js';

export const hub = loadFixture('hub-overdose');

export function planFor(mode: Mode, start: EncounterStart = { kind: 'fresh' }, timeFactor = 1): EncounterPlan {
  return { scenarioId: 'hub-overdose', seed: 7, profileId: 'model-policy', mode, timeFactor, locale: 'en', start };
}

/** A console as the play sees it: what the link was asked to follow, and how often it was told of a change. */
export interface FakeClass extends ClassLink {
  readonly followed: FollowedPlay[];
  readonly stopped: number;
  changes: number;
  /** A command from the console, to the play followed now. */
  steer(command: ClassCommand): void;
}

export function fakeClass(): FakeClass {
  const followed: FollowedPlay[] = [];
  const link = {
    followed,
    stopped: 0,
    changes: 0,
    follow(play: FollowedPlay) {
      followed.push(play);
      return {
        changed: () => void link.changes++,
        stop: () => void (link.stopped += 1),
      };
    },
    steer(command: ClassCommand) {
      const current = followed.at(-1);
      if (!current) throw new Error('no play is followed');
      current.steer(command);
    },
  };
  return link;
}

export interface TestPlay {
  readonly play: Play;
  readonly source: ManualTimeSource;
  readonly saved: StoredAttempt[];
  /** Sends a new version, as the dev server's live reload does. */
  edit(bundle: ScenarioBundle): void;
  view(): PlayView;
}

export interface TestPlayOptions {
  readonly bundle?: ScenarioBundle;
  readonly link?: ClassLink;
  readonly record?: boolean;
  readonly failSaves?: boolean;
  readonly setAside?: PlayInput['setAside'];
}

let ids = 0;

/** Starts the play and waits for its scenario to load. */
export async function startTestPlay(plan: EncounterPlan, options: TestPlayOptions = {}): Promise<TestPlay> {
  const source = manualTimeSource();
  const saved: StoredAttempt[] = [];
  const editors = new Set<(bundle: ScenarioBundle) => void>();
  const play = startPlay({
    plan,
    profile: profile(),
    load: () => Promise.resolve(options.bundle ?? hub),
    timeSource: source,
    ...(options.record === false
      ? {}
      : {
          record: {
            save: (attempt: StoredAttempt) => {
              saved.push(attempt);
              return options.failSaves ? Promise.reject(new Error('the disk is full')) : Promise.resolve();
            },
            newId: () => `attempt-new-${++ids}`,
            traineeCode: 'TR-TEST-0001',
          },
        }),
    edits: (onEdit) => {
      editors.add(onEdit);
      return () => editors.delete(onEdit);
    },
    ...(options.setAside ? { setAside: options.setAside } : {}),
    ...(options.link ? { classroom: { link: options.link, title: () => 'The hub', uiLocale: 'en' } } : {}),
  });
  await new Promise<void>((resolve) => {
    if (play.view().status !== 'loading') resolve();
    const stop = play.subscribe((view) => {
      if (view.status === 'loading') return;
      stop();
      resolve();
    });
  });
  return { play, source, saved, edit: (bundle) => [...editors].forEach((e) => e(bundle)), view: () => play.view() };
}

/** Real seconds at the browser's tick, a quarter of a second at a time. */
export function waitReal(source: ManualTimeSource, seconds: number): void {
  for (let passed = 0; passed < seconds; passed += 0.25) source.advance(0.25);
}

/** The index of the first choice offered that carries `action`. */
export function choiceWith(view: PlayView, action: string): number {
  const choice = view.step?.choices.find((c) => c.actions.some((a) => a.action === action));
  if (!choice) throw new Error(`no choice carries ${action}`);
  return choice.index;
}

/** Settles the saves and answers that are promises. */
export const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
