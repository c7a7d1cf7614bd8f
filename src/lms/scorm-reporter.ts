/**
 * Reports an attempt to a SCORM LMS: each pick as an interaction when it is made, resume data after
 * every pick, and at the end the result, the true score beside it, and the session time. One reporter
 * for both versions; the data-model names and value formats differ, the meaning does not. Every call
 * goes through scorm-connection.ts, which checks it and keeps what the LMS refused.
 */
import type { PickRecord, ScoreReport } from '../engine/index.js';
import { choiceResponse, scorm12InteractionId, scorm2004InteractionId } from '../export/choice-ids.js';
import { isoDuration } from '../export/iso-duration.js';
import type { ScormApi } from './find-scorm-api.js';
import { lmsOutcome, passingScoreFrom, type LmsOutcome } from './lms-outcome.js';
import { decodeResume, encodeResume, SCORM12_SUSPEND_LIMIT, SCORM2004_SUSPEND_LIMIT, type ResumeState } from './resume-data.js';
import { scormConnection, type ScormConnection, type ScormProblem } from './scorm-connection.js';

/** How a pick went: it kept a rule, broke one, or settled nothing. */
export type PickResult = 'correct' | 'wrong' | 'neutral';

export interface ScenarioRef {
  readonly id: string;
  readonly version: number;
}

export interface FinishInput {
  readonly scenario: ScenarioRef;
  readonly locale: string;
  readonly report: ScoreReport;
  readonly picks: readonly PickRecord[];
  /** How each pick went, in the order of `picks`. */
  readonly results: readonly PickResult[];
  /** Real seconds since this session began. */
  readonly sessionSeconds: number;
  /** For the instructor, in the LMS record: why the score reads lower than the true one, and anything else to know. */
  readonly notes: readonly string[];
  readonly now: Date;
}

export interface LmsReporter {
  readonly version: '1.2' | '2004';
  /** Where the trainee left off in an earlier session of this LMS attempt, if anywhere. */
  readonly resume: ResumeState | undefined;
  /** The learner's id in the LMS, when it gives one. */
  readonly learnerId: string | undefined;
  /** The LMS's own passing score, 0-100, when it sets one. */
  readonly passingScore: number | undefined;
  /** The interaction the attempt's first pick is (or will be) written to. */
  readonly firstInteraction: number;
  /** The session has been ended (finished or suspended); nothing more is sent. */
  ended(): boolean;
  /** Writes pick `n` (0-based in the attempt) as its interaction, stamped `now`. */
  recordPick(scenario: ScenarioRef, locale: string, n: number, pick: PickRecord, now: Date): void;
  /** Keeps resume data; `false` when it cannot fit the LMS's limit even compacted (nothing is written then). */
  saveProgress(state: ResumeState): boolean;
  /** Reports the finished attempt and ends the session. */
  finish(input: FinishInput): LmsOutcome;
  /** Ends the session with the attempt unfinished, to be resumed: the session time is written, and resume data stands. */
  suspend(sessionSeconds: number): void;
  /** A note for the instructor in the LMS record (SCORM 1.2 `cmi.comments`, 2004 `cmi.comments_from_learner`). */
  note(text: string, locale: string, now: Date): void;
  /** What the LMS refused, and calls not made because the session had ended. */
  problems(): readonly ScormProblem[];
  onProblem(listener: (problem: ScormProblem) => void): () => void;
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS, seconds below 60 even after rounding. */
export function scorm12Timespan(seconds: number): string {
  const hundredths = Math.round(Math.max(0, Number.isFinite(seconds) ? seconds : 0) * 100);
  const hours = Math.min(9999, Math.floor(hundredths / 360_000));
  const minutes = Math.floor((hundredths % 360_000) / 6000);
  const rest = hundredths % 6000;
  const whole = Math.floor(rest / 100);
  const fraction = rest % 100;
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(whole)}.${two(fraction)}`;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** SCORM 1.2 CMITime: the trainee's time of day, HH:MM:SS.SS (1.2 has no date or time zone). */
export function scorm12Time(date: Date): string {
  const hundredths = Math.floor(date.getMilliseconds() / 10);
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.${two(hundredths)}`;
}

/** SCORM 2004 time(second,10,0): the trainee's local date-time with its offset, `2026-11-25T11:00:00.25+01:00`. */
export function scorm2004Timestamp(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  const time = `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.${two(Math.floor(date.getMilliseconds() / 10))}`;
  return `${day}T${time}${zone}`;
}

/** A SCORM 2004 localized_string_type: the text with its language, within the element's limit. */
function localized(text: string, locale: string, max: number): string {
  const language = locale === 'en' ? 'en-US' : locale === 'es' ? 'es-US' : locale;
  const prefix = `{lang=${language}}`;
  const room = max - prefix.length;
  const body = text.length <= room ? text : `${text.slice(0, room - 1)}…`;
  return `${prefix}${body}`;
}

function count(cmi: ScormConnection, element: string): number {
  const value = Number(cmi.get(element, { optional: true }) ?? '0');
  return Number.isInteger(value) && value > 0 ? value : 0;
}

export function connectToLms(scorm: ScormApi, now: () => Date = () => new Date()): LmsReporter {
  const cmi = scormConnection(scorm, now);
  const v12 = scorm.version === '1.2';
  cmi.initialize();
  const statusElement = v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status';
  const status = cmi.get(statusElement) ?? '';
  if (status === '' || status === 'not attempted' || status === 'unknown') cmi.set(statusElement, 'incomplete');
  const entry = cmi.get(v12 ? 'cmi.core.entry' : 'cmi.entry') ?? '';
  // Only a resumed attempt has resume data to read (SCORM 2004 reports an unset one as an error).
  const suspended = entry === 'resume' ? cmi.get('cmi.suspend_data', { optional: true }) : undefined;
  const resume = suspended ? decodeResume(suspended) : undefined;
  const learnerId = cmi.get(v12 ? 'cmi.core.student_id' : 'cmi.learner_id', { optional: true }) || undefined;
  const passingScore = v12
    ? passingScoreFrom(cmi.get('cmi.student_data.mastery_score', { optional: true }), 'percent')
    : passingScoreFrom(cmi.get('cmi.scaled_passing_score', { optional: true }), 'scaled');
  // Interactions are numbered within the LMS attempt, not the session: a session after a resume (or
  // a second attempt in the same LMS attempt) adds to the list instead of writing over it.
  const kept = count(cmi, 'cmi.interactions._count');
  const firstInteraction = resume ? (resume.firstInteraction ?? Math.max(0, kept - resume.picks.length)) : kept;
  let nextObjective = count(cmi, 'cmi.objectives._count');
  let nextComment = v12 ? 0 : count(cmi, 'cmi.comments_from_learner._count');
  const comments12: string[] = [];
  const written = new Set<number>(resume ? resume.picks.map((_, n) => n) : []);
  let savedProgress = resume !== undefined;

  const endSession = (sessionSeconds: number, exit: 'suspend' | 'normal' | ''): void => {
    if (v12) {
      cmi.set('cmi.core.session_time', scorm12Timespan(sessionSeconds));
      cmi.set('cmi.core.exit', exit === 'normal' ? '' : exit);
    } else {
      cmi.set('cmi.session_time', isoDuration(sessionSeconds));
      cmi.set('cmi.exit', exit);
    }
    cmi.commit();
    cmi.terminate();
  };

  const reporter: LmsReporter = {
    version: scorm.version,
    resume,
    learnerId,
    passingScore,
    firstInteraction,
    ended: () => cmi.state() === 'terminated',
    recordPick(scenario, locale, n, pick, when) {
      if (cmi.state() !== 'running') return;
      written.add(n);
      const i = `cmi.interactions.${firstInteraction + n}`;
      if (v12) {
        cmi.set(`${i}.id`, scorm12InteractionId(scenario, pick, n));
        cmi.set(`${i}.type`, 'choice');
        // 1.2's choice format: one character, 0-9 then a-z, for the choice among those offered.
        cmi.set(`${i}.student_response`, Math.min(pick.index, 35).toString(36));
        cmi.set(`${i}.time`, scorm12Time(when));
      } else {
        cmi.set(`${i}.id`, scorm2004InteractionId(scenario, pick, n));
        cmi.set(`${i}.type`, 'choice');
        cmi.set(`${i}.timestamp`, scorm2004Timestamp(when));
        cmi.set(`${i}.learner_response`, choiceResponse(pick));
        if (pick.text.trim() !== '') cmi.set(`${i}.description`, localized(pick.text.trim(), locale, 250));
      }
    },
    saveProgress(state) {
      if (cmi.state() !== 'running') return false;
      const text = encodeResume({ ...state, firstInteraction }, v12 ? SCORM12_SUSPEND_LIMIT : SCORM2004_SUSPEND_LIMIT);
      if (text === undefined) {
        cmi.commit();
        return false;
      }
      cmi.set('cmi.suspend_data', text);
      cmi.set(v12 ? 'cmi.core.exit' : 'cmi.exit', 'suspend');
      cmi.commit();
      savedProgress = true;
      return true;
    },
    finish(input) {
      const outcome = lmsOutcome(input.report, passingScore);
      if (cmi.state() !== 'running') return outcome;
      input.picks.forEach((pick, n) => {
        if (!written.has(n)) reporter.recordPick(input.scenario, input.locale, n, pick, input.now);
        const result = input.results[n] ?? 'neutral';
        cmi.set(`cmi.interactions.${firstInteraction + n}.result`, v12 || result !== 'wrong' ? result : 'incorrect');
      });
      const o = `cmi.objectives.${nextObjective++}`;
      const passedWord = input.report.passed ? 'passed' : 'failed';
      if (v12) {
        if (outcome.reportedScore !== undefined) {
          cmi.set('cmi.core.score.min', '0');
          cmi.set('cmi.core.score.max', '100');
          cmi.set('cmi.core.score.raw', String(outcome.reportedScore));
        }
        cmi.set('cmi.core.lesson_status', outcome.passed ? 'passed' : 'failed');
        // The true score and Good Call's own verdict, whatever the reported score had to be.
        cmi.set(`${o}.id`, `${input.scenario.id.replace(/[^A-Za-z0-9_-]/g, '_')}_v${input.scenario.version}_assessment`);
        cmi.set(`${o}.score.min`, '0');
        cmi.set(`${o}.score.max`, '100');
        cmi.set(`${o}.score.raw`, String(input.report.score));
        cmi.set(`${o}.status`, passedWord);
      } else {
        if (outcome.reportedScore !== undefined) {
          cmi.set('cmi.score.min', '0');
          cmi.set('cmi.score.max', '100');
          cmi.set('cmi.score.raw', String(outcome.reportedScore));
          cmi.set('cmi.score.scaled', String(Math.round(outcome.reportedScore * 10) / 1000));
        }
        cmi.set('cmi.success_status', outcome.passed ? 'passed' : 'failed');
        cmi.set('cmi.completion_status', 'completed');
        cmi.set(`${o}.id`, `urn:good-call:${input.scenario.id}:v${input.scenario.version}:assessment`);
        cmi.set(`${o}.score.min`, '0');
        cmi.set(`${o}.score.max`, '100');
        cmi.set(`${o}.score.raw`, String(input.report.score));
        cmi.set(`${o}.score.scaled`, String(Math.round(input.report.score * 10) / 1000));
        cmi.set(`${o}.success_status`, passedWord);
        cmi.set(`${o}.completion_status`, 'completed');
      }
      for (const text of input.notes) reporter.note(text, input.locale, input.now);
      cmi.set('cmi.suspend_data', '');
      endSession(input.sessionSeconds, 'normal');
      return outcome;
    },
    suspend(sessionSeconds) {
      if (cmi.state() !== 'running') return;
      endSession(sessionSeconds, savedProgress ? 'suspend' : '');
    },
    note(text, locale, when) {
      if (cmi.state() !== 'running' || text.trim() === '') return;
      if (v12) {
        comments12.push(text.trim());
        cmi.set('cmi.comments', comments12.join(' | ').slice(0, 4096));
        return;
      }
      const c = `cmi.comments_from_learner.${nextComment++}`;
      cmi.set(`${c}.comment`, localized(text.trim(), locale, 4000));
      cmi.set(`${c}.location`, 'good-call');
      cmi.set(`${c}.timestamp`, scorm2004Timestamp(when));
    },
    problems: () => cmi.problems(),
    onProblem: (listener) => cmi.onProblem(listener),
  };
  return reporter;
}

/** How one pick went, from the rules it settled. */
export function pickResult(verdicts: readonly string[]): PickResult {
  if (verdicts.some((v) => v === 'violated' || v === 'missed')) return 'wrong';
  return verdicts.includes('met') ? 'correct' : 'neutral';
}
