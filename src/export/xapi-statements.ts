/**
 * xAPI statements for an attempt: one per pick, as a cmi.interaction with its actions, then one
 * passed or failed with the score and the outcome measures as extensions. The actor is the
 * pseudonymous trainee code on an account, never a name or an email.
 */
import type { ExportableAttempt } from './exportable-attempt.js';
import { rulesSettledByPick } from './exportable-attempt.js';
import { uuidFromName } from './deterministic-uuid.js';
import { isoDuration, secondsBetween } from './iso-duration.js';

export interface XapiOptions {
  /** The IRI under which Good Call's activities and extensions are named; an agency may set its own. */
  readonly base?: string;
  /** The account home page for trainee codes (an IRL). */
  readonly homePage?: string;
  /** Scenario titles by id, in the attempt's language, for the activity names. */
  readonly titles?: Readonly<Record<string, string>>;
}

/** `.invalid` is reserved: these IRIs can never resolve, so nothing is fetched by accident. */
export const DEFAULT_XAPI_BASE = 'https://good-call.invalid';

export const XAPI_VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered' } },
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed' } },
  failed: { id: 'http://adlnet.gov/expapi/verbs/failed', display: { 'en-US': 'failed' } },
} as const;

export type XapiStatement = Readonly<Record<string, unknown>>;

function languageTag(locale: string): string {
  return locale === 'en' ? 'en-US' : locale === 'es' ? 'es-US' : locale;
}

export function xapiStatements(attempt: ExportableAttempt, options: XapiOptions = {}): XapiStatement[] {
  const base = (options.base ?? DEFAULT_XAPI_BASE).replace(/\/$/, '');
  const language = languageTag(attempt.locale);
  const actor = { objectType: 'Agent', account: { homePage: options.homePage ?? base, name: attempt.traineeCode } };
  const scenarioId = `${base}/scenarios/${attempt.scenario.id}`;
  const title = options.titles?.[attempt.scenario.id] ?? attempt.scenario.id;
  const scenarioActivity = {
    objectType: 'Activity',
    id: scenarioId,
    definition: { type: 'http://adlnet.gov/expapi/activities/simulation', name: { [language]: title } },
  };
  const registration = uuidFromName(`good-call:attempt:${attempt.id}:${attempt.startedAt}`);
  const extension = (name: string) => `${base}/xapi/extensions/${name}`;
  const context = {
    registration,
    language,
    contextActivities: { parent: [scenarioActivity] },
    extensions: {
      [extension('scenario-version')]: attempt.scenario.version,
      [extension('profile')]: attempt.profileId,
      [extension('seed')]: attempt.seed,
      [extension('mode')]: attempt.mode,
    },
  };

  const statements: XapiStatement[] = attempt.picks.map((pick, n) => {
    const settled = attempt.report ? rulesSettledByPick(attempt.report, n) : [];
    const broke = settled.some((r) => r.verdict === 'violated' || r.verdict === 'missed');
    const kept = settled.some((r) => r.verdict === 'met');
    return {
      id: uuidFromName(`${registration}:pick:${n}`),
      actor,
      verb: XAPI_VERBS.answered,
      object: {
        objectType: 'Activity',
        id: `${scenarioId}/v${attempt.scenario.version}/picks/${n + 1}`,
        definition: {
          type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
          interactionType: 'choice',
          name: { [language]: `${title}: pick ${n + 1}` },
          description: { [language]: pick.text },
          choices: pick.actions.map((action) => ({ id: action, description: { 'en-US': action.replace(/_/g, ' ') } })),
        },
      },
      result: {
        response: pick.actions.join('[,]'),
        ...(broke || kept ? { success: !broke } : {}),
        extensions: {
          [extension('simulated-seconds')]: pick.at,
          [extension('rules-settled')]: settled.map((r) => ({ id: r.id, verdict: r.verdict })),
        },
      },
      context,
    };
  });

  const report = attempt.report;
  if (report) {
    statements.push({
      id: uuidFromName(`${registration}:result`),
      actor,
      verb: report.passed ? XAPI_VERBS.passed : XAPI_VERBS.failed,
      object: scenarioActivity,
      result: {
        score: { scaled: Math.round(report.score * 10) / 1000, raw: report.score, min: 0, max: 100 },
        success: report.passed,
        completion: true,
        duration: isoDuration(secondsBetween(attempt.startedAt, attempt.finishedAt)),
        extensions: {
          [extension('outcome')]: report.outcome,
          [extension('critical-failures')]: report.criticalFailures,
          [extension('pass-mark')]: report.passMark,
          [extension('simulated-seconds')]: report.elapsedSeconds,
        },
      },
      context,
      ...(attempt.finishedAt ? { timestamp: attempt.finishedAt } : {}),
    });
  }
  return statements;
}
