/**
 * How the game starts inside a SCORM package: the launch URL names the scenario (and optionally the
 * profile and mode) of this SCO; the LMS may hold resume data from an earlier session.
 */
import type { LaunchRequest } from '../play/start.js';
import { findScormApi, type WindowLike } from './find-scorm-api.js';
import { recordForLms, type LmsRecording } from './lms-recording.js';
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

/** The launch from the URL, and the LMS connection if an LMS is there; `undefined` without a scenario to launch. */
export function launchFromLms(
  win: WindowLike,
  search: string,
  prefer: '1.2' | '2004',
  knownVersion: (scenarioId: string) => number | undefined,
): LmsLaunch | undefined {
  const params = new URLSearchParams(search);
  const scenarioId = params.get('scenario');
  if (!scenarioId) return undefined;
  const mode = params.get('mode');
  const base: LaunchRequest = {
    scenarioId,
    ...(params.get('profile') ? { profileId: params.get('profile')! } : {}),
    ...(mode === 'learn' || mode === 'assess' ? { mode } : {}),
  };
  const api = findScormApi(win, prefer);
  if (!api) return { launch: base };
  const reporter = connectToLms(api);
  const resume = reporter.resume;
  const resumable =
    resume &&
    resume.scenario === scenarioId &&
    resume.version === knownVersion(scenarioId) &&
    (resume.picks.length > 0 || resume.elapsedSeconds > 0);
  const launch: LaunchRequest = resumable ? { ...base, profileId: resume.profile, resume: lmsResume(resume) } : base;
  return { launch, reporter, recording: recordForLms(reporter, scenarioId, Date.now()) };
}
