/**
 * Plays a recorded play again on a session: each pick at its recorded time, with what an instructor
 * added before it, then the time that passed after the last one. Runs are deterministic, so on the
 * same scenario version, profile and seed this gives the same session; on a changed story it goes
 * as far as the story still offers the picks and reports where it stopped. The one replay: a re-score,
 * an LMS resume, the debrief's "replay from here", live reload and carrying an attempt over to a new
 * version all use it.
 */
import type { InstructorInput, PickRecord, Session, Step } from './session.js';

/** A pick as much as replaying needs: which choice, when, and a class's vote; its text names it when lost. */
export type RecordedPick = Pick<PickRecord, 'index' | 'at'> & Partial<Pick<PickRecord, 'text' | 'vote'>>;

/** What was played, enough to play it again. */
export interface RecordedPlay {
  readonly picks: readonly RecordedPick[];
  /** What an instructor added, each after the pick it followed (`afterPick`). */
  readonly instructorInputs?: readonly InstructorInput[];
  /** Simulated seconds gone when the play was left, after its last pick too; without it, the time of the last pick. */
  readonly elapsedSeconds?: number;
}

/** What a replay did, and what it could not do. */
export interface ReplayReport {
  /** Picks replayed, from the first. */
  readonly replayed: number;
  /** Instructor inputs given again. */
  readonly inputsReplayed: number;
  /** The first pick the story no longer offers (its choice is gone, or the story ended before it); nothing after it was played. */
  readonly lost?: RecordedPick;
  /** What was not played again: the lost pick and every pick and input after it. */
  readonly notReplayed: { readonly picks: number; readonly inputs: number };
}

export interface ReplayOptions {
  /** Told after each pick replayed, with the step it led to. */
  readonly onPick?: (step: Step, pick: PickRecord) => void;
}

function waitUntil(session: Session, at: number): void {
  const wait = at - session.state().elapsedSeconds;
  if (wait > 0) session.elapse(wait);
}

function give(session: Session, input: InstructorInput): void {
  waitUntil(session, input.at);
  if (input.kind === 'note') session.note(input.text);
  else session.inject(input.event, input.params, input.note);
}

export function replay(session: Session, play: RecordedPlay, options: ReplayOptions = {}): ReplayReport {
  const inputs = play.instructorInputs ?? [];
  let inputsReplayed = 0;
  // An ended story takes nothing more from anyone: what an instructor did after that is not given.
  const giveWhere = (applies: (afterPick: number) => boolean): void => {
    for (const input of inputs) {
      if (!applies(input.afterPick) || session.next().ended) continue;
      give(session, input);
      inputsReplayed++;
    }
  };
  for (const [n, pick] of play.picks.entries()) {
    giveWhere((afterPick) => afterPick === n);
    waitUntil(session, pick.at);
    const step = session.next();
    if (step.ended || step.choices[pick.index] === undefined) {
      return {
        replayed: n,
        inputsReplayed,
        lost: pick,
        notReplayed: { picks: play.picks.length - n, inputs: inputs.length - inputsReplayed },
      };
    }
    const chosen = session.choose(pick.index, pick.vote ? { vote: pick.vote } : {});
    options.onPick?.(chosen, session.picks()[n]!);
  }
  giveWhere((afterPick) => afterPick >= play.picks.length);
  if (play.elapsedSeconds !== undefined) waitUntil(session, play.elapsedSeconds);
  return { replayed: play.picks.length, inputsReplayed, notReplayed: { picks: 0, inputs: inputs.length - inputsReplayed } };
}
