/** The encounter that continues an attempt the LMS holds resume data for. */
import type { LaunchRequest } from '../ui/app.js';
import type { EncounterPlan } from '../ui/flow.js';

/**
 * The encounter that continues an LMS attempt: its picks replayed at their times, then the simulated
 * time gone after the last one, with the clock paused (as a resume from the device starts).
 */
export function resumePlan(
  scenarioId: string,
  resume: NonNullable<LaunchRequest['resume']>,
  choices: Pick<EncounterPlan, 'profileId' | 'mode' | 'timeFactor'>,
): EncounterPlan {
  const picks = resume.picks.map((p) => ({ index: p.index, at: p.at ?? 0, text: '', actions: [] }));
  const replay = { attemptId: 'lms', picks, ...(resume.elapsedSeconds !== undefined ? { elapsedSeconds: resume.elapsedSeconds } : {}) };
  return { scenarioId, seed: resume.seed, ...choices, locale: resume.locale, replay, startPaused: true };
}
