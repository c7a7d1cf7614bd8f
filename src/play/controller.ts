/**
 * The play controller as pages use it: start a play, read what it shows now (`PlayView`), subscribe
 * to its changes and send it events. The rules are the machine's (play-machine.ts); this only puts
 * its state into the words a page draws from.
 */
import { createActor } from 'xstate';
import type { Diagnostic } from '../engine/diagnostics.js';
import type { RuleResult, Session, Step } from '../engine/index.js';
import { flagsOf, playMachine, type PlayContext, type PlayEvent, type PlayInput, type PlaySnapshot, type Told } from './play-machine.js';

export interface PlayView {
  readonly status: 'loading' | 'failed' | 'running' | 'finished';
  /** Why the scenario could not be played (`failed`). */
  readonly failure?: string;
  /** `failed` because of the story itself (it ran away, an Ink runtime error): its located problems. */
  readonly storyProblems?: readonly Diagnostic[];
  /** `failed` because a saved attempt would not restore: it was set aside (`record`, when the device moved it). */
  readonly resumeFailed?: PlayContext['resumeFailed'];
  /** Counts the session's starts: it changes when a new version replaced the session (live reload). */
  readonly run: number;
  readonly session?: Session;
  readonly step?: Step;
  /** The narration so far, in order, since the session started. */
  readonly told: readonly Told[];
  /** Learn mode: the rules the last pick broke. */
  readonly hints: readonly RuleResult[];
  /** Assess mode's clock; `off` in learn mode. */
  readonly clock: 'off' | 'running' | 'paused';
  /** Learn mode: the instructor holds the trainees' picks. */
  readonly held: boolean;
  /** A class vote is open. */
  readonly voting: boolean;
  /** The trainee's own picks are taken now. */
  readonly canPick: boolean;
  /** The attempt recorded, once there is a session to record. */
  readonly attemptId?: string;
  /** Why the last save failed, until one succeeds. */
  readonly saveProblem?: unknown;
  /** Why the last new version could not be played. */
  readonly reloadProblem?: string;
}

function clockOf(snapshot: PlaySnapshot): PlayView['clock'] {
  if (snapshot.matches({ playing: { running: { clock: 'running' } } })) return 'running';
  if (snapshot.matches({ playing: { running: { clock: 'paused' } } })) return 'paused';
  return 'off';
}

export function viewOf(snapshot: PlaySnapshot): PlayView {
  const context: PlayContext = snapshot.context;
  const flags = flagsOf(snapshot);
  const status: PlayView['status'] = snapshot.matches('loading')
    ? 'loading'
    : snapshot.matches('failed')
      ? 'failed'
      : flags.ended
        ? 'finished'
        : 'running';
  const clock = clockOf(snapshot);
  const held = snapshot.matches({ playing: { running: { hold: 'held' } } });
  return {
    status,
    ...(context.failure !== undefined ? { failure: context.failure } : {}),
    ...(context.storyProblems ? { storyProblems: context.storyProblems } : {}),
    ...(context.resumeFailed ? { resumeFailed: context.resumeFailed } : {}),
    run: context.run,
    ...(context.session ? { session: context.session } : {}),
    ...(context.step ? { step: context.step } : {}),
    told: context.told,
    hints: context.hints,
    clock,
    held,
    voting: flags.voteOpen,
    canPick: status === 'running' && clock !== 'paused' && !held && !flags.voteOpen,
    ...(context.facts ? { attemptId: context.facts.id } : {}),
    ...(context.saveProblem !== undefined ? { saveProblem: context.saveProblem } : {}),
    ...(context.reloadProblem !== undefined ? { reloadProblem: context.reloadProblem } : {}),
  };
}

export interface Play {
  view(): PlayView;
  /** Calls `listener` with the view after every change, until the returned function is called. */
  subscribe(listener: (view: PlayView) => void): () => void;
  send(event: PlayEvent): void;
  /** The page is left: every actor stops, the last save stands. */
  stop(): void;
}

export function startPlay(input: PlayInput): Play {
  const actor = createActor(playMachine, { input });
  let view = viewOf(actor.getSnapshot());
  const listeners = new Set<(view: PlayView) => void>();
  actor.subscribe((snapshot) => {
    view = viewOf(snapshot);
    for (const listener of [...listeners]) listener(view);
  });
  actor.start();
  return {
    view: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    send: (event) => actor.send(event),
    stop: () => actor.stop(),
  };
}

export type { PlayEvent, PlayInput, Told };
export type { PlayNote } from './play-machine.js';
