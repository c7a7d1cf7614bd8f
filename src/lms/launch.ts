/**
 * How the game starts inside a SCORM package: the launch URL names the scenario (and optionally the
 * profile and mode) of this SCO; the LMS may hold resume data from an earlier session, and may name
 * the learner, whose trainee code is then derived from that name (pseudonym.ts).
 */
import type { LaunchRequest } from '../play/start.js';
import { findScormApi, type WindowLike } from './find-scorm-api.js';
import { recordForLms, type LmsRecording } from './lms-recording.js';
import { traineeCodeForLearner } from './pseudonym.js';
import type { ResumeState } from './resume-data.js';
import { connectToLms, type LmsReporter } from './scorm-reporter.js';

export interface LmsLaunch {
  readonly launch: LaunchRequest;
  readonly reporter?: LmsReporter;
  readonly recording?: LmsRecording;
}

/**
 * Where the earlier session stopped, for the app to replay (`resumePlan` in resume-plan.ts): the picks and, beyond
 * what `LaunchRequest` names so far, the simulated seconds gone, so that the clock stands where it
 * stood rather than at the last pick.
 */
export interface LmsResume extends NonNullable<LaunchRequest['resume']> {
  readonly elapsedSeconds: number;
}

function lmsResume(resume: ResumeState): LmsResume {
  return { seed: resume.seed, locale: resume.locale, mode: resume.mode, picks: resume.picks, elapsedSeconds: resume.elapsedSeconds };
}

/** The launch request a URL names: its scenario, and the profile and mode when given. */
export function launchFromUrl(search: string): LaunchRequest | undefined {
  const params = new URLSearchParams(search);
  const scenarioId = params.get('scenario');
  if (!scenarioId) return undefined;
  const mode = params.get('mode');
  return {
    scenarioId,
    ...(params.get('profile') ? { profileId: params.get('profile')! } : {}),
    ...(mode === 'learn' || mode === 'assess' ? { mode } : {}),
  };
}

/** The launch from the URL, and the LMS connection if an LMS is there; `undefined` without a scenario to launch. */
export function launchFromLms(
  win: WindowLike,
  search: string,
  prefer: '1.2' | '2004',
  knownVersion: (scenarioId: string) => number | undefined,
  traineeSalt = '',
): LmsLaunch | undefined {
  const base = launchFromUrl(search);
  if (!base) return undefined;
  const { scenarioId } = base;
  const api = findScormApi(win, prefer);
  if (!api) return { launch: base };
  const reporter = connectToLms(api);
  const resume = reporter.resume;
  const resumable =
    resume &&
    resume.scenario === scenarioId &&
    resume.version === knownVersion(scenarioId) &&
    (resume.picks.length > 0 || resume.elapsedSeconds > 0);
  const named: LaunchRequest = reporter.learnerId ? { ...base, traineeCode: traineeCodeForLearner(reporter.learnerId, traineeSalt) } : base;
  const launch: LaunchRequest = resumable ? { ...named, profileId: resume.profile, resume: lmsResume(resume) } : named;
  return { launch, reporter, recording: recordForLms(reporter, scenarioId, Date.now()) };
}
