/**
 * xAPI statements for an attempt: one per pick, the choice as a cmi.interaction activity named in the
 * attempt's language under an id that is the same in every attempt (choice-ids.ts), then one passed
 * or failed with the score and the outcome measures as extensions. Every statement carries the time
 * it happened. The actor is the pseudonymous trainee code on the agency's account home page, never a
 * name or an email.
 */
import { failedConditionsOfReport, rubricVersionOf } from '../engine/index.js';
import type { ExportableAttempt } from './exportable-attempt.js';
import { rulesSettledByPick } from './exportable-attempt.js';
import { uuidFromName } from './deterministic-uuid.js';
import { isoDuration, secondsBetween } from './iso-duration.js';
import { choiceResponse, xapiChoiceActivityId } from './choice-ids.js';

export interface XapiOptions {
  /** The IRI under which Good Call's activities and extensions are named; an agency may set its own. */
  readonly base?: string;
  /**
   * The account home page for trainee codes (an IRL): the agency's own, so that two agencies' trainee
   * codes never meet in a shared LRS. Set at build time (VITE_GOOD_CALL_XAPI_HOME_PAGE) or in the export panel.
   */
  readonly homePage?: string;
  /** Scenario titles by id, in the attempt's language, for the activity names. */
  readonly titles?: Readonly<Record<string, string>>;
}

/** `.invalid` is reserved: these IRIs can never resolve, so nothing is fetched by accident. */
export const DEFAULT_XAPI_BASE = 'https://good-call.invalid';

const VERB_WORDS = {
  answered: { en: 'answered', es: 'respondió' },
  passed: { en: 'passed', es: 'aprobó' },
  failed: { en: 'failed', es: 'no aprobó' },
} as const;

export const XAPI_VERBS = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
} as const;

export type XapiStatement = Readonly<Record<string, unknown>>;

export function languageTag(locale: string): string {
  return locale === 'en' ? 'en-US' : locale === 'es' ? 'es-US' : locale;
}

/** A verb named in English and in the attempt's language. */
function verb(name: keyof typeof XAPI_VERBS, locale: string): { id: string; display: Record<string, string> } {
  const words: Readonly<Record<string, string>> = VERB_WORDS[name];
  return { id: XAPI_VERBS[name], display: { 'en-US': words.en!, ...(words[locale] ? { [languageTag(locale)]: words[locale] } : {}) } };
}

/** When pick `n` was made: its recorded time, else an estimate from the start (old attempts kept none). */
function pickTimestamp(attempt: ExportableAttempt, n: number): string {
  const recorded = attempt.pickTimes?.[n];
  if (recorded) return recorded;
  const started = Date.parse(attempt.startedAt);
  const pick = attempt.picks[n];
  // Assess mode's clock runs with real time; in learn mode the simulated time is the best guess there is.
  const factor = attempt.mode === 'assess' && attempt.timeFactor && attempt.timeFactor > 0 ? attempt.timeFactor : 1;
  return new Date(started + ((pick?.at ?? 0) / factor) * 1000).toISOString();
}

/** The parts of an attempt's statements an LMS launch (cmi5) shares: what each pick and the result say. */
export interface StatementParts {
  readonly base: string;
  readonly language: string;
  readonly scenarioActivity: Readonly<Record<string, unknown>>;
  readonly extension: (name: string) => string;
  readonly contextExtensions: Readonly<Record<string, unknown>>;
}

export function statementParts(attempt: ExportableAttempt, options: XapiOptions = {}): StatementParts {
  const base = (options.base ?? DEFAULT_XAPI_BASE).replace(/\/+$/, '');
  const language = languageTag(attempt.locale);
  const title = options.titles?.[attempt.scenario.id] ?? attempt.scenario.id;
  const extension = (name: string) => `${base}/xapi/extensions/${name}`;
  return {
    base,
    language,
    extension,
    scenarioActivity: {
      objectType: 'Activity',
      id: `${base}/scenarios/${attempt.scenario.id}`,
      definition: { type: 'http://adlnet.gov/expapi/activities/simulation', name: { [language]: title } },
    },
    contextExtensions: {
      [extension('scenario-version')]: attempt.scenario.version,
      [extension('profile')]: attempt.profileId,
      [extension('seed')]: attempt.seed,
      [extension('mode')]: attempt.mode,
    },
  };
}

/** What a pick says: the choice as an interaction activity of its own, the same in every attempt. */
export function pickStatementBody(attempt: ExportableAttempt, n: number, parts: StatementParts): Record<string, unknown> {
  const pick = attempt.picks[n]!;
  const settled = attempt.report ? rulesSettledByPick(attempt.report, n) : [];
  const broke = settled.some((r) => r.verdict === 'violated' || r.verdict === 'missed');
  const kept = settled.some((r) => r.verdict === 'met');
  const response = choiceResponse(pick);
  const text = pick.text.trim() || response;
  return {
    verb: verb('answered', attempt.locale),
    object: {
      objectType: 'Activity',
      id: xapiChoiceActivityId(String(parts.scenarioActivity.id), attempt.scenario.version, pick, n),
      definition: {
        type: 'http://adlnet.gov/expapi/activities/cmi.interaction',
        interactionType: 'choice',
        name: { [parts.language]: text },
        choices: [{ id: response, description: { [parts.language]: text } }],
      },
    },
    result: {
      response,
      ...(broke || kept ? { success: !broke } : {}),
      extensions: {
        [parts.extension('actions')]: [...pick.actions],
        [parts.extension('simulated-seconds')]: pick.at,
        [parts.extension('rules-settled')]: settled.map((r) => ({ id: r.id, verdict: r.verdict })),
      },
    },
    timestamp: pickTimestamp(attempt, n),
  };
}

/** The knowledge check's figures, before and after: right answers, items asked, and each item with its family. */
function knowledgeCheckExtension(check: NonNullable<ExportableAttempt['knowledgeCheck']>): Record<string, unknown> {
  const side = (result: NonNullable<typeof check.pre>) => ({
    correct: result.correct,
    items: result.answers.length,
    answers: result.answers.map(({ item, family, correct }) => ({ item, family, correct })),
  });
  return { ...(check.pre ? { pre: side(check.pre) } : {}), ...(check.post ? { post: side(check.post) } : {}) };
}

/** What the result says: Good Call's verdict and its true score, with the outcome measures. */
export function resultStatementBody(attempt: ExportableAttempt, report: NonNullable<ExportableAttempt['report']>, parts: StatementParts) {
  return {
    verb: verb(report.passed ? 'passed' : 'failed', attempt.locale),
    object: parts.scenarioActivity,
    result: {
      score: { scaled: Math.round(report.score * 10) / 1000, raw: report.score, min: 0, max: 100 },
      success: report.passed,
      completion: true,
      duration: isoDuration(secondsBetween(attempt.startedAt, attempt.finishedAt)),
      extensions: {
        [parts.extension('outcome')]: report.outcome,
        [parts.extension('critical-failures')]: report.criticalFailures,
        [parts.extension('pass-mark')]: report.passMark,
        [parts.extension('rubric-version')]: rubricVersionOf(report),
        [parts.extension('major-violations')]: report.majorViolations ?? [],
        [parts.extension('failed-conditions')]: failedConditionsOfReport(report),
        [parts.extension('simulated-seconds')]: report.elapsedSeconds,
        ...(attempt.knowledgeCheck ? { [parts.extension('knowledge-check')]: knowledgeCheckExtension(attempt.knowledgeCheck) } : {}),
      },
    },
    timestamp: attempt.finishedAt ?? attempt.savedAt ?? attempt.startedAt,
  };
}

export function xapiStatements(attempt: ExportableAttempt, options: XapiOptions = {}): XapiStatement[] {
  const parts = statementParts(attempt, options);
  const actor = { objectType: 'Agent', account: { homePage: options.homePage?.trim() || parts.base, name: attempt.traineeCode } };
  const registration = uuidFromName(`good-call:attempt:${attempt.id}:${attempt.startedAt}`);
  const context = { registration, language: parts.language, extensions: parts.contextExtensions };
  const statements: XapiStatement[] = attempt.picks.map((_, n) => ({
    id: uuidFromName(`${registration}:pick:${n}`),
    actor,
    ...pickStatementBody(attempt, n, parts),
    // A choice belongs to its scenario; the result statement is about the scenario itself, so it names no parent.
    context: { ...context, contextActivities: { parent: [parts.scenarioActivity] } },
  }));
  if (attempt.report) {
    statements.push({ id: uuidFromName(`${registration}:result`), actor, ...resultStatementBody(attempt, attempt.report, parts), context });
  }
  return statements;
}
