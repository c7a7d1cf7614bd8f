/**
 * Replays recorded picks on a fresh session. Runs are deterministic, so the same scenario version,
 * profile, seed and picks (with their times in assess mode) give the same session.
 */
import type { PickRecord, Session } from './session.js';

/** Plays `picks` in order, letting simulated time pass up to each pick's recorded time first. */
export function replayPicks(session: Session, picks: readonly Pick<PickRecord, 'index' | 'at'>[]): Session {
  for (const pick of picks) {
    const wait = pick.at - session.state().elapsedSeconds;
    if (wait > 0) session.elapse(wait);
    session.choose(pick.index);
  }
  return session;
}
