/**
 * Replays recorded picks (and what an instructor added between them) on a fresh session. Runs are
 * deterministic, so the same scenario version, profile, seed and inputs give the same session.
 */
import type { InstructorInput, PickRecord, Session } from './session.js';

function waitUntil(session: Session, at: number): void {
  const wait = at - session.state().elapsedSeconds;
  if (wait > 0) session.elapse(wait);
}

function applyInput(session: Session, input: InstructorInput): void {
  waitUntil(session, input.at);
  if (input.kind === 'note') session.note(input.text);
  else session.inject(input.event, input.params, input.note);
}

/** Plays `picks` in order, letting simulated time pass up to each recorded time first. */
export function replayPicks(
  session: Session,
  picks: readonly Pick<PickRecord, 'index' | 'at' | 'vote'>[],
  inputs: readonly InstructorInput[] = [],
): Session {
  picks.forEach((pick, n) => {
    for (const input of inputs) if (input.afterPick === n) applyInput(session, input);
    waitUntil(session, pick.at);
    session.choose(pick.index, pick.vote ? { vote: pick.vote } : {});
  });
  for (const input of inputs) if (input.afterPick >= picks.length) applyInput(session, input);
  return session;
}
