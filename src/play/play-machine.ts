/**
 * One encounter, headless: loading its scenario, then running (assess mode's clock running or
 * paused, the class free, held by the instructor or voting) until the story ends. The rules of who
 * may pick when, what pausing, a class's hold and vote, live reload and resuming do, live here and
 * nowhere else; the game's encounter screen, the author preview's play panel and the classroom's
 * projector subscribe and send. Time, the recorder, new versions and the class link are actors.
 */
import {
  and,
  assign,
  enqueueActions,
  fromPromise,
  not,
  raise,
  sendTo,
  setup,
  stateIn,
  type ActorRefFrom,
  type AnyMachineSnapshot,
  type SnapshotFrom,
} from 'xstate';
import { ScenarioError } from '../engine/diagnostics.js';
import type { Step } from '../engine/index.js';
import { pickLineStartsOf } from '../storage/narration-so-far.js';
import { classActor, editsActor, recorderActor, timeActor, type ClassInput } from './actors.js';
import type { PlayFlags } from './class-link.js';
import { newlyViolated } from './learn-hints.js';
import { openSession, openWithReplay, recordedPlayOf, type OpenedSession } from './open-session.js';
import type { PlayContext, PlayEvent, PlayInput, PlayNote, Told } from './play-context.js';
import { ResumeFailedError, resumeOrSetAside } from './resume-or-set-aside.js';
import { attemptFacts, startsPaused, type EncounterPlan } from './start.js';

interface Loaded {
  readonly opened: OpenedSession;
}

const told = (opened: OpenedSession, note?: PlayNote): Told[] => [
  ...opened.narration.map((batch): Told => ({ kind: 'batch', ...batch })),
  ...(note ? [{ kind: 'note', note } as const] : []),
];

function openingNote(plan: EncounterPlan, opened: OpenedSession): PlayNote | undefined {
  const { start } = plan;
  if (start.kind === 'restore') return { kind: 'restored' };
  if (!opened.replay) return undefined;
  if (start.kind === 'carryOver') return { kind: 'carriedOver', report: opened.replay, total: start.attempt.picks.length };
  return { kind: 'replayed', report: opened.replay };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Why a play could not start or go on, as its context keeps it: the story's own located problems, a resume set aside. */
function failureOf(error: unknown): Partial<PlayContext> {
  return {
    failure: reasonOf(error),
    ...(error instanceof ScenarioError ? { storyProblems: error.diagnostics } : {}),
    ...(error instanceof ResumeFailedError
      ? { resumeFailed: { attemptId: error.attemptId, ...(error.record ? { record: error.record } : {}) } }
      : {}),
  };
}

/** A pick on the session, told in the narration; in learn mode, the rules it broke. */
function picked(context: PlayContext, index: number, vote?: Readonly<Record<number, number>>): Partial<PlayContext> {
  const session = context.session!;
  const choice = session.next().choices.find((c) => c.index === index);
  if (!choice) return {};
  const step = session.choose(index, vote ? { vote } : {});
  const batch: Told = { kind: 'batch', lines: step.lines, pickText: choice.text.trim() };
  if (!context.lastReport) return { step, told: [...context.told, batch] };
  const report = session.report();
  return { step, told: [...context.told, batch], hints: newlyViolated(context.lastReport, report), lastReport: report };
}

const PAUSED = { playing: { running: { clock: 'paused' } } } as const;
const HELD = { playing: { running: { hold: 'held' } } } as const;
const VOTING = { playing: { running: { vote: 'open' } } } as const;

/** The play as a class sees it. */
export function flagsOf(snapshot: AnyMachineSnapshot): PlayFlags {
  return {
    paused: snapshot.matches(PAUSED) || snapshot.matches(HELD),
    voteOpen: snapshot.matches(VOTING),
    ended: snapshot.matches({ playing: 'finished' }),
  };
}

export const playMachine = setup({
  types: { context: {} as PlayContext, events: {} as PlayEvent, input: {} as PlayInput },
  actors: {
    load: fromPromise<Loaded, { readonly context: PlayContext }>(async ({ input }) => {
      const { plan, profile, services } = input.context;
      const bundle = await services.load();
      const { start } = plan;
      if (start.kind === 'restore' && services.setAside) {
        // A saved attempt that will not restore is set aside on this first failure, never offered again.
        const resumed = await resumeOrSetAside(start.attempt, bundle, services.setAside);
        if (!resumed.ok) throw new ResumeFailedError(start.attempt.id, resumed.reason, resumed.setAside);
        return { opened: { session: resumed.session, narration: resumed.narration } };
      }
      return { opened: openSession(plan, bundle, profile) };
    }),
    time: timeActor,
    recorder: recorderActor,
    edits: editsActor,
    classLink: classActor,
  },
  guards: {
    'no clock': ({ context }) => context.plan.mode === 'learn',
    'starts paused': ({ context }) => context.startPaused,
    'story ended': ({ context }) => context.step?.ended === true,
    'trainee may pick': and([not(stateIn(PAUSED)), not(stateIn(HELD)), not(stateIn(VOTING))]),
    // The instructor records the class's pick whether or not a vote is open, never while the class is paused.
    'class may pick': and([not(stateIn(PAUSED)), not(stateIn(HELD))]),
    'vote opens': ({ event }) => event.type === 'vote' && event.open,
    'vote closes': ({ event }) => event.type === 'vote' && !event.open,
  },
  actions: {
    'save progress': sendTo('recorder', { type: 'save progress' }),
    // A pick runs the story on: a story that runs away (or an Ink runtime error) stops the play, located, instead of crashing it.
    pick: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'pick') return;
      try {
        const next = picked(context, event.index);
        enqueue.assign(() => next);
      } catch (error) {
        enqueue.raise({ type: 'story stopped', error });
      }
    }),
    'class pick': enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'class pick') return;
      try {
        const next = picked(context, event.index, event.vote);
        enqueue.assign(() => next);
      } catch (error) {
        enqueue.raise({ type: 'story stopped', error });
      }
    }),
    elapse: assign(({ context, event }) => {
      if (event.type !== 'tick') return {};
      const owed = context.carried + event.realSeconds * context.plan.timeFactor;
      // Whole simulated seconds only, so that a recorded attempt replays to the same second.
      const whole = Math.floor(owed);
      if (whole <= 0) return { carried: owed };
      return { carried: owed - whole, step: context.session!.elapse(whole) };
    }),
    /** A console's command, as the play's rules allow it now. */
    steer: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'class') return;
      const { command } = event;
      const session = context.session!;
      const learn = context.plan.mode === 'learn';
      switch (command.type) {
        case 'pause':
        case 'resume':
          // Assess mode stops its clock; learn mode, with no clock, holds the trainees' picks.
          if (command.type === 'pause') enqueue.raise({ type: learn ? 'hold' : 'pause' });
          else enqueue.raise({ type: learn ? 'release' : 'resume' });
          return;
        case 'open vote':
        case 'close vote':
          enqueue.raise({ type: 'vote', open: command.type === 'open vote' });
          return;
        case 'pick':
          enqueue.raise({ type: 'class pick', index: command.index, ...(command.vote ? { vote: command.vote } : {}) });
          return;
        case 'inject': {
          const { event: raised, params, note } = command;
          const told: Told = {
            kind: 'note',
            note: { kind: 'instructor', event: raised, params: { ...params }, ...(note ? { note } : {}) },
          };
          enqueue.assign(({ context: now }) => ({ told: [...now.told, told], step: session.inject(raised, params, note) }));
          return;
        }
        case 'note':
          enqueue.assign({ step: () => session.note(command.text) });
          return;
        case 'left':
          enqueue.raise({ type: 'vote', open: false });
          enqueue.raise({ type: 'release' });
          return;
      }
    }),
    /** A new version (or the author's new settings): the same play replayed on it, or, if it cannot start, the old one goes on. */
    reopen: enqueueActions(({ context, event, enqueue }) => {
      if (event.type !== 'reload') return;
      const plan: EncounterPlan = { ...context.plan, ...event.settings };
      const profile = event.profile ?? context.profile;
      try {
        const opened = openWithReplay(plan, event.bundle, profile, recordedPlayOf(context.session!));
        enqueue.raise({ type: 'reopened', opened, plan, profile });
      } catch (error) {
        enqueue.assign({ reloadProblem: reasonOf(error) });
      }
    }),
  },
}).createMachine({
  id: 'play',
  context: ({ input }) => ({
    plan: input.plan,
    profile: input.profile,
    services: input,
    run: 0,
    told: [],
    hints: [],
    carried: 0,
    startPaused: startsPaused(input.plan.start),
    clockPaused: false,
  }),
  initial: 'loading',
  states: {
    loading: {
      invoke: {
        src: 'load',
        input: ({ context }) => ({ context }),
        onDone: {
          target: 'playing',
          actions: assign(({ context, event }) => {
            const { opened } = event.output;
            const { record } = context.services;
            const picksKept = opened.replay?.replayed ?? 0;
            return {
              run: 1,
              session: opened.session,
              step: opened.session.next(),
              told: told(opened, openingNote(context.plan, opened)),
              ...(record ? { facts: attemptFacts(context.plan, picksKept, record.traineeCode, record.newId) } : {}),
              ...(context.plan.mode === 'learn' ? { lastReport: opened.session.report() } : {}),
            };
          }),
        },
        onError: { target: 'failed', actions: assign(({ event }) => failureOf(event.error)) },
      },
    },
    failed: { type: 'final' },
    playing: {
      invoke: [
        {
          id: 'recorder',
          src: 'recorder',
          input: ({ context }) => ({
            session: context.session!,
            facts: context.facts,
            pickLineStarts: pickLineStartsOf(context.told.flatMap((t) => (t.kind === 'batch' ? [t] : []))),
            save: context.services.record?.save,
            saveAtOnce: context.plan.start.kind === 'carryOver',
          }),
        },
        {
          id: 'classLink',
          src: 'classLink',
          input: ({ context, self }): ClassInput => {
            const { classroom } = context.services;
            const session = context.session!;
            return {
              link: classroom?.link,
              session,
              title: classroom?.title(session) ?? session.manifest.id,
              timeFactor: context.plan.timeFactor,
              uiLocale: classroom?.uiLocale ?? session.locale,
              play: self,
              flags: (): PlayFlags => flagsOf(self.getSnapshot() as AnyMachineSnapshot),
              step: (): Step | undefined => (self.getSnapshot() as AnyMachineSnapshot).context.step as Step | undefined,
            };
          },
        },
      ],
      on: {
        leave: { actions: 'save progress' },
        saved: { actions: assign({ saveProblem: ({ event }) => (event.type === 'saved' ? event.error : undefined) }) },
        // The last save (before the pick that stopped it) stands; nothing is recorded as finished.
        'story stopped': {
          target: 'failed',
          actions: assign(({ event }) => (event.type === 'story stopped' ? failureOf(event.error) : {})),
        },
        reopened: {
          target: 'playing',
          reenter: true,
          actions: assign(({ context, event }) => ({
            run: context.run + 1,
            plan: event.plan,
            profile: event.profile,
            session: event.opened.session,
            step: event.opened.session.next(),
            told: told(event.opened, { kind: 'reloaded', report: event.opened.replay! }),
            hints: [],
            ...(event.plan.mode === 'learn' ? { lastReport: event.opened.session.report() } : {}),
            carried: 0,
            // The clock stands as it stood: a save in the editor is no reason to run or stop it.
            startPaused: context.clockPaused,
            reloadProblem: undefined,
          })),
        },
      },
      initial: 'running',
      states: {
        running: {
          type: 'parallel',
          invoke: { src: 'edits', input: ({ context }) => ({ edits: context.services.edits }) },
          always: { guard: 'story ended', target: 'finished' },
          on: {
            pick: { guard: 'trainee may pick', actions: 'pick' },
            'class pick': { guard: 'class may pick', actions: ['class pick', raise({ type: 'vote', open: false })] },
            hide: { actions: ['save progress', raise({ type: 'pause' })] },
            class: { actions: 'steer' },
            reload: { actions: 'reopen' },
          },
          states: {
            clock: {
              initial: 'deciding',
              states: {
                deciding: {
                  always: [{ guard: 'no clock', target: 'off' }, { guard: 'starts paused', target: 'paused' }, { target: 'running' }],
                },
                off: {},
                running: {
                  entry: assign({ clockPaused: false }),
                  invoke: { src: 'time', input: ({ context }) => ({ source: context.services.timeSource }) },
                  on: { tick: { actions: 'elapse' }, pause: 'paused' },
                },
                paused: {
                  entry: assign({ clockPaused: true }),
                  on: { resume: 'running' },
                },
              },
            },
            hold: {
              initial: 'free',
              states: {
                free: { on: { hold: 'held' } },
                held: { on: { release: 'free' } },
              },
            },
            vote: {
              initial: 'closed',
              states: {
                closed: { on: { vote: { guard: 'vote opens', target: 'open' } } },
                open: { on: { vote: { guard: 'vote closes', target: 'closed' } } },
              },
            },
          },
        },
        finished: { entry: sendTo('recorder', { type: 'finish' }) },
      },
    },
  },
});

export type PlayActor = ActorRefFrom<typeof playMachine>;
export type PlaySnapshot = SnapshotFrom<typeof playMachine>;
export type { PlayContext, PlayEvent, PlayInput, PlayNote, Told };
