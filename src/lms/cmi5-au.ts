/**
 * The game as a cmi5 assignable unit (AU), through `@xapi/cmi5`: it reads the launch parameters,
 * fetches its token, reads `LMS.LaunchData` (moveOn, masteryScore, launch mode, context template) and
 * the learner's preferences, and sends `initialized`; each pick as a cmi5 allowed statement; at the
 * end Good Call's own verdict with the true score (allowed), then the cmi5 defined `passed` or
 * `failed`, `completed` and `terminated`. A passing score of the LMS's own is honoured as in SCORM
 * (lms-outcome.ts): a failure is never reported as a pass, and a failed statement's score is under
 * the mastery score, as cmi5 requires. Progress is kept in a state document of the registration, so
 * a relaunch resumes where the trainee left off. Every refused request is kept for the diagnostics panel.
 */
import Cmi5, { type LaunchData } from '@xapi/cmi5';
import { uuidFromName } from '../export/deterministic-uuid.js';
import { rulesSettledByPick } from '../export/exportable-attempt.js';
import { pickStatementBody, resultStatementBody, statementParts } from '../export/xapi-statements.js';
import type { StoredAttempt } from '../storage/attempt-record.js';
import type { LaunchRequest } from '../play/start.js';
import { RESUME_STATE_ID } from './cmi5-course.js';
import { launchFromUrl } from './launch.js';
import { lmsOutcome, passingScoreFrom } from './lms-outcome.js';
import type { LmsNotice, LmsStatusSource } from './lms-recording.js';
import { traineeCodeForLearner } from './pseudonym.js';
import type { ResumeState } from './resume-data.js';
import type { ScormProblem } from './scorm-connection.js';

export interface Cmi5Recording extends LmsStatusSource {
  readonly onSave: (attempt: StoredAttempt) => void;
  /**
   * The page is going (a capture-phase `pagehide` listener): the session is terminated after the
   * encounter's last save, best effort, since the browser may cut the request short.
   */
  readonly pageHiding: () => void;
  /** Settles when every request so far has been answered (tests wait on it). */
  settled(): Promise<void>;
}

export interface Cmi5Launch {
  readonly launch: LaunchRequest;
  readonly recording?: Cmi5Recording;
  /** The learner's preferred languages from the LMS (`cmi5LearnerPreferences`), first choice first. */
  readonly languages?: readonly string[];
}

interface Cmi5State {
  readonly resume?: ResumeState;
  /** cmi5 defined statements already sent in this registration, which must not be sent twice. */
  readonly sent?: { readonly completed?: boolean; readonly passed?: boolean };
}

export interface Cmi5Options {
  readonly search: string;
  readonly knownVersion: (scenarioId: string) => number | undefined;
  /** The scenario's title in a locale, for the activity names. */
  readonly titleOf: (scenarioId: string, locale: string) => string;
  readonly traineeSalt: string;
}

function describe(error: unknown): { code: number; message: string } {
  const response = (error as { response?: { status?: number; data?: unknown } } | undefined)?.response;
  const detail = response?.data === undefined ? '' : typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
  const message = error instanceof Error ? error.message : String(error);
  return { code: response?.status ?? 0, message: detail ? `${message}: ${detail.slice(0, 200)}` : message };
}

/** The launch as the LMS made it; `undefined` without a scenario to launch. Never rejects. */
export async function launchCmi5(options: Cmi5Options): Promise<Cmi5Launch | undefined> {
  const base = launchFromUrl(options.search);
  if (!base) return undefined;
  if (!Cmi5.isCmiAvailable) return { launch: base };
  const problems: ScormProblem[] = [];
  const notices: LmsNotice[] = [];
  const listeners = new Set<() => void>();
  const tell = (): void => {
    for (const listener of [...listeners]) listener();
  };
  const keep = (call: string, element: string, error: unknown): void => {
    problems.push({ call, element, ...describe(error), at: new Date().toISOString() });
    tell();
  };
  const status: LmsStatusSource = {
    notices: () => notices,
    problems: () => problems,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
  };

  let cmi5: Cmi5;
  try {
    cmi5 = new Cmi5();
    await cmi5.initialize();
  } catch (error) {
    keep('initialize', 'fetch, LMS.LaunchData, initialized', error);
    return {
      launch: base,
      recording: { ...status, onSave: () => undefined, pageHiding: () => undefined, settled: () => Promise.resolve() },
    };
  }
  const params = cmi5.getLaunchParameters();
  const launchData: LaunchData = cmi5.getLaunchData();
  const xapi = cmi5.xapi!;
  const stateKey = { agent: params.actor, activityId: params.activityId, stateId: RESUME_STATE_ID, registration: params.registration };
  let state: Cmi5State = {};
  try {
    state = ((await xapi.getState(stateKey)).data as Cmi5State | undefined) ?? {};
  } catch (error) {
    // No state document yet is a first launch; anything else is worth an instructor's look.
    if ((error as { response?: { status?: number } }).response?.status !== 404) keep('GET state', RESUME_STATE_ID, error);
  }
  const resume = state.resume;
  const resumable =
    resume &&
    resume.scenario === base.scenarioId &&
    resume.version === options.knownVersion(base.scenarioId) &&
    (resume.picks.length > 0 || resume.elapsedSeconds > 0);
  const account = params.actor.account;
  const traineeCode = account ? traineeCodeForLearner(`${account.homePage}|${account.name}`, options.traineeSalt) : undefined;
  const named: LaunchRequest = traineeCode ? { ...base, traineeCode } : base;
  const launch: LaunchRequest = resumable
    ? {
        ...named,
        profileId: resume.profile,
        resume: { seed: resume.seed, locale: resume.locale, mode: resume.mode, picks: resume.picks, elapsedSeconds: resume.elapsedSeconds },
      }
    : named;
  const language = cmi5.getLearnerPreferences()?.languagePreference;
  const languages = language
    ? language
        .split(',')
        .map((l) => l.trim())
        .filter((l) => l !== '')
    : undefined;

  const mastery = passingScoreFrom(launchData.masteryScore, 'scaled');
  const normal = launchData.launchMode === 'Normal';
  const sent = { completed: state.sent?.completed ?? false, passed: state.sent?.passed ?? false };
  let recorded = resumable ? resume.picks.length : 0;
  let queue: Promise<void> = Promise.resolve();
  let terminated = false;
  let finished = false;
  let underWay = false;
  let endAfterSave = false;
  const end = (): void => {
    if (terminated) return;
    terminated = true;
    endAfterSave = false;
    if (!leaving) {
      then('POST statements', 'terminated', () => cmi5.terminate());
      return;
    }
    // The library builds the statement and hands it to sendStatement at once: it leaves right away.
    const client = xapi as unknown as { sendStatement: (params: { statement: unknown }) => Promise<unknown> };
    client.sendStatement = ({ statement }) => {
      rightAway('POST statements', 'terminated', 'POST', 'statements', statement);
      return Promise.resolve();
    };
    void cmi5.terminate();
  };
  const session = String(
    launchData.contextTemplate.extensions?.['https://w3id.org/xapi/cmi5/context/extensions/sessionid'] ?? params.registration,
  );
  let leaving = false;
  const then = (call: string, element: string, step: () => Promise<unknown>): void => {
    // One after another, so the LRS gets the statements in order.
    queue = queue.then(() =>
      step().then(
        () => undefined,
        (error: unknown) => keep(call, element, error),
      ),
    );
  };
  /**
   * As the page goes there is no time to wait: a request must leave in the same task, and outlive
   * the page (`keepalive`), which the library's own requests cannot. Only the last state document
   * and `terminated` go this way; the statement is still the library's.
   */
  const endpoint = params.endpoint.endsWith('/') ? params.endpoint : `${params.endpoint}/`;
  const rightAway = (call: string, element: string, method: 'PUT' | 'POST', resource: string, document: unknown): void => {
    try {
      void fetch(`${endpoint}${resource}`, {
        method,
        keepalive: true,
        credentials: 'omit',
        headers: { Authorization: `Basic ${cmi5.getAuthToken()}`, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json' },
        body: JSON.stringify(document),
      }).then(
        (response) => {
          if (!response.ok) keep(call, element, { message: `HTTP ${response.status}`, response: { status: response.status } });
        },
        (error: unknown) => keep(call, element, error),
      );
    } catch (error) {
      keep(call, element, error);
    }
  };
  const template = launchData.contextTemplate;
  const contextFor = (attempt: StoredAttempt, parent: unknown) => {
    const parts = statementParts(attempt, {
      base: params.activityId,
      titles: { [attempt.scenario.id]: options.titleOf(attempt.scenario.id, attempt.locale) },
    });
    return {
      parts,
      context: {
        ...template,
        registration: params.registration,
        language: parts.language,
        contextActivities: { ...template.contextActivities, ...(parent ? { parent: [parent] } : {}) },
        extensions: { ...template.extensions, ...parts.contextExtensions },
      },
    };
  };
  const saveState = (next: Cmi5State): void => {
    if (!leaving) {
      then('PUT state', RESUME_STATE_ID, () => xapi.setState({ ...stateKey, state: next as unknown as Record<string, unknown> }));
      return;
    }
    const query = new URLSearchParams({
      activityId: stateKey.activityId,
      agent: JSON.stringify(stateKey.agent),
      stateId: RESUME_STATE_ID,
      registration: stateKey.registration,
    });
    rightAway('PUT state', RESUME_STATE_ID, 'PUT', `activities/state?${query.toString()}`, next);
  };

  const recording: Cmi5Recording = {
    ...status,
    settled: () => queue,
    onSave(attempt) {
      if (attempt.scenario.id !== base.scenarioId || terminated) return;
      if (attempt.status === 'in-progress') {
        underWay = true;
        for (let n = recorded; n < attempt.picks.length; n++) {
          const { parts, context } = contextFor(attempt, undefined);
          const statement = {
            id: uuidFromName(`${session}:${attempt.id}:pick:${n}`),
            actor: params.actor,
            ...pickStatementBody(attempt, n, parts),
            context: {
              ...context,
              contextActivities: { ...context.contextActivities, parent: [{ objectType: 'Activity', id: params.activityId }] },
            },
          };
          then('POST statements', 'answered', () => cmi5.sendXapiStatement(statement as never));
        }
        recorded = Math.max(recorded, attempt.picks.length);
        saveState({
          sent: { ...sent },
          resume: {
            scenario: attempt.scenario.id,
            version: attempt.scenario.version,
            profile: attempt.profileId,
            seed: attempt.seed,
            locale: attempt.locale,
            mode: attempt.mode,
            picks: attempt.picks.map((p) => (attempt.mode === 'assess' ? { index: p.index, at: p.at } : { index: p.index })),
            elapsedSeconds: attempt.progress.snapshot.clockMs / 1000,
          },
        });
        if (endAfterSave) end();
        return;
      }
      if (finished) return;
      finished = true;
      const report = attempt.report;
      const outcome = lmsOutcome(report, mastery);
      const { parts, context } = contextFor(attempt, undefined);
      const verdict = resultStatementBody(attempt, report, parts);
      // Good Call's verdict with the true score, on an activity of its own: never the AU, never a cmi5 verb.
      const assessment = {
        id: uuidFromName(`${session}:${attempt.id}:assessment`),
        actor: params.actor,
        verb: { id: 'http://adlnet.gov/expapi/verbs/scored', display: { 'en-US': 'scored' } },
        object: {
          objectType: 'Activity',
          id: `${params.activityId}/assessment`,
          definition: {
            type: 'http://adlnet.gov/expapi/activities/assessment',
            name: (parts.scenarioActivity.definition as { name: unknown }).name,
          },
        },
        result: {
          ...verdict.result,
          extensions: {
            ...verdict.result.extensions,
            [parts.extension('rules')]: report.rules.map((r) => ({ id: r.id, verdict: r.verdict })),
            [parts.extension('pick-results')]: attempt.picks.map((_, n) => rulesSettledByPick(report, n).map((r) => r.id)),
          },
        },
        timestamp: verdict.timestamp,
        context,
      };
      then('POST statements', 'scored', () => cmi5.sendXapiStatement(assessment as never));
      const score = outcome.reportedScore === undefined ? undefined : { scaled: Math.round(outcome.reportedScore * 10) / 1000 };
      if (normal) {
        if (outcome.passed) {
          if (!sent.passed) then('POST statements', 'passed', () => cmi5.pass(score));
          sent.passed = true;
        } else then('POST statements', 'failed', () => cmi5.fail(score));
        if (!sent.completed) then('POST statements', 'completed', () => cmi5.complete());
        sent.completed = true;
      }
      saveState({ sent: { ...sent } });
      end();
      notices.push({ kind: 'recorded', outcome, ...(mastery !== undefined ? { passingScore: mastery } : {}), moveOn: launchData.moveOn });
      tell();
    },
    pageHiding() {
      if (terminated) return;
      leaving = true;
      if (!underWay) return end();
      // As with SCORM (lms-recording.ts): the encounter saves once more as the page goes, then the session ends.
      endAfterSave = true;
      setTimeout(() => {
        if (endAfterSave) end();
      }, 0);
    },
  };
  return { launch, recording, ...(languages ? { languages } : {}) };
}
