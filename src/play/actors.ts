/**
 * What a play runs beside its session, as actors the play machine invokes while they apply: real
 * time for assess mode's clock, the attempt's recorder, new versions of the scenario (live reload)
 * and the link to a class's console. Each stops when the machine leaves the state that invoked it.
 */
import { fromCallback, type AnyActorRef, type EventObject } from 'xstate';
import type { ScenarioBundle, Session, Step } from '../engine/index.js';
import type { StoredAttempt } from '../storage/attempt-record.js';
import { recordAttempt, type AttemptFacts } from '../storage/attempt-recorder.js';
import type { ClassCommand, ClassLink, PlayFlags } from './class-link.js';
import type { TimeSource } from './time-source.js';

/** Real seconds from the time source, while the clock runs. */
export const timeActor = fromCallback<EventObject, { readonly source: TimeSource | undefined }>(({ input, sendBack }) =>
  input.source?.start((realSeconds) => sendBack({ type: 'tick', realSeconds })),
);

export interface RecorderInput {
  readonly session: Session;
  /** Absent when nothing is recorded (the author preview). */
  readonly facts: AttemptFacts | undefined;
  readonly pickLineStarts: readonly number[];
  readonly save: ((attempt: StoredAttempt) => Promise<void>) | undefined;
  /** The attempt is new and its picks are already made (carried over): saved at once. */
  readonly saveAtOnce: boolean;
}

/** Keeps the attempt saved (src/storage/attempt-recorder.ts); told `save progress` and, once, `finish`. */
export const recorderActor = fromCallback<EventObject, RecorderInput>(({ input, sendBack, receive }) => {
  if (!input.facts || !input.save) return undefined;
  let stopped = false;
  const recorder = recordAttempt({
    session: input.session,
    facts: input.facts,
    pickLineStarts: input.pickLineStarts,
    save: input.save,
    onSaved: (error) => {
      if (!stopped) sendBack(error === undefined ? { type: 'saved' } : { type: 'saved', error });
    },
  });
  if (input.saveAtOnce) recorder.saveProgress();
  receive((event) => {
    if (event.type === 'save progress') recorder.saveProgress();
    if (event.type === 'finish') recorder.finish();
  });
  return () => {
    stopped = true;
    recorder.stop();
  };
});

/** Each new version of the scenario as it is saved: the play starts again on it. */
export type ScenarioEdits = (onEdit: (bundle: ScenarioBundle) => void) => () => void;

export const editsActor = fromCallback<EventObject, { readonly edits: ScenarioEdits | undefined }>(({ input, sendBack }) =>
  input.edits?.((bundle) => sendBack({ type: 'reload', bundle })),
);

export interface ClassInput {
  /** Absent when no class is being run. */
  readonly link: ClassLink | undefined;
  readonly session: Session;
  readonly title: string;
  readonly timeFactor: number;
  readonly uiLocale: string;
  /** The play machine: the link is told each time what it shows changes. */
  readonly play: AnyActorRef;
  readonly flags: () => PlayFlags;
  /** The session's current step: a new one is a change the console shows. */
  readonly step: () => Step | undefined;
}

/** The class's console follows the play; its commands come back as `class` events. */
export const classActor = fromCallback<EventObject, ClassInput>(({ input, sendBack }) => {
  if (!input.link) return undefined;
  const followed = input.link.follow({
    session: input.session,
    title: input.title,
    timeFactor: input.timeFactor,
    uiLocale: input.uiLocale,
    flags: input.flags,
    steer: (command: ClassCommand) => sendBack({ type: 'class', command }),
  });
  // Only what the console shows: a tick that moved no whole second, or a save, is no news to it.
  let shown: readonly unknown[] = [];
  const watching = input.play.subscribe(() => {
    const { paused, voteOpen, ended } = input.flags();
    const now = [input.step(), paused, voteOpen, ended];
    if (now.every((value, i) => value === shown[i])) return;
    shown = now;
    followed.changed();
  });
  return () => {
    watching.unsubscribe();
    followed.stop();
  };
});
