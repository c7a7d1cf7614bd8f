/**
 * Puts a fresh session back where an LMS's resume data left it: the picks replayed at their times,
 * then the simulated time that passed after the last pick, so that assess mode gives no time back.
 */
import { replayPicks, type Session } from '../engine/index.js';
import type { ResumeState } from './resume-data.js';

export function replayResume(session: Session, resume: Pick<ResumeState, 'picks' | 'elapsedSeconds'>): Session {
  replayPicks(session, resume.picks.map((p) => ({ index: p.index, at: p.at ?? 0 })));
  const rest = resume.elapsedSeconds - session.state().elapsedSeconds;
  if (rest > 0) session.elapse(rest);
  return session;
}
