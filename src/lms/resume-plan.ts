/** The encounter that continues an attempt the LMS holds resume data for. */
import type { EncounterPlan, LaunchRequest } from '../play/start.js';

/**
 * The encounter that continues an LMS attempt: a replay of its picks at their times, then of the
 * simulated time gone after the last one, with the clock paused (as a resume from the device starts).
 */
export function resumePlan(
  scenarioId: string,
  resume: NonNullable<LaunchRequest['resume']>,
  choices: Pick<EncounterPlan, 'profileId' | 'mode' | 'timeFactor'>,
): EncounterPlan {
  const picks = resume.picks.map((p) => ({ index: p.index, at: p.at ?? 0 }));
  const play = { picks, ...(resume.elapsedSeconds !== undefined ? { elapsedSeconds: resume.elapsedSeconds } : {}) };
  return { scenarioId, seed: resume.seed, ...choices, locale: resume.locale, start: { kind: 'replay', of: 'lms', play, paused: true } };
}
