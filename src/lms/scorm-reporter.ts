/**
 * Reports an attempt to a SCORM LMS: completion, pass or fail, score, session time and one
 * interaction per pick, and keeps resume data after every pick. One reporter for both versions; the
 * data-model names and value formats differ, the meaning does not.
 */
import type { PickRecord, ScoreReport } from '../engine/index.js';
import { isoDuration } from '../export/iso-duration.js';
import type { ScormApi } from './find-scorm-api.js';
import { decodeResume, encodeResume, SCORM12_SUSPEND_LIMIT, SCORM2004_SUSPEND_LIMIT, type ResumeState } from './resume-data.js';

/** How a pick went: it kept a rule, broke one, or settled nothing. */
export type PickResult = 'correct' | 'wrong' | 'neutral';

export interface LmsReporter {
  readonly version: '1.2' | '2004';
  /** Where the trainee left off in an earlier session of this LMS attempt, if anywhere. */
  readonly resume: ResumeState | undefined;
  /** Adds the pick as the next interaction, after those an earlier session of this LMS attempt left. */
  recordPick(pick: PickRecord, result: PickResult, now: Date): void;
  saveProgress(state: ResumeState): boolean;
  finish(report: ScoreReport, sessionSeconds: number): void;
  terminate(): void;
}

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS. */
export function scorm12Timespan(seconds: number): string {
  const total = Math.max(0, seconds);
  const hours = Math.min(9999, Math.floor(total / 3600));
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  return `${String(hours).padStart(4, '0')}:${String(minutes).padStart(2, '0')}:${rest.toFixed(2).padStart(5, '0')}`;
}

/** SCORM 1.2 CMITime: a time of day, HH:MM:SS. */
function scorm12Time(date: Date): string {
  return date.toISOString().slice(11, 19);
}

interface DataModel {
  get(element: string): string;
  set(element: string, value: string): void;
  commit(): void;
}

function model(scorm: ScormApi): DataModel & { initialize(): void; terminate(): void } {
  if (scorm.version === '1.2') {
    const { api } = scorm;
    return {
      initialize: () => void api.LMSInitialize(''),
      terminate: () => void api.LMSFinish(''),
      get: (e) => api.LMSGetValue(e),
      set: (e, v) => void api.LMSSetValue(e, v),
      commit: () => void api.LMSCommit(''),
    };
  }
  const { api } = scorm;
  return {
    initialize: () => void api.Initialize(''),
    terminate: () => void api.Terminate(''),
    get: (e) => api.GetValue(e),
    set: (e, v) => void api.SetValue(e, v),
    commit: () => void api.Commit(''),
  };
}

export function connectToLms(scorm: ScormApi): LmsReporter {
  const cmi = model(scorm);
  const v12 = scorm.version === '1.2';
  cmi.initialize();
  const status = cmi.get(v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status');
  if (status === '' || status === 'not attempted' || status === 'unknown') {
    cmi.set(v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status', 'incomplete');
  }
  const entry = cmi.get(v12 ? 'cmi.core.entry' : 'cmi.entry');
  const suspended = cmi.get('cmi.suspend_data');
  const resume = entry !== 'ab-initio' && suspended ? decodeResume(suspended) : undefined;
  // Interactions are numbered within the LMS attempt, not the session: a second attempt (or a
  // session after a resume) adds to the list instead of writing over the first ones.
  const kept = Number(cmi.get('cmi.interactions._count'));
  let nextInteraction = Number.isInteger(kept) && kept > 0 ? kept : 0;
  let terminated = false;

  return {
    version: scorm.version,
    resume,
    recordPick(pick, result, now) {
      const number = nextInteraction++;
      const n = `cmi.interactions.${number}`;
      cmi.set(`${n}.id`, `pick-${number + 1}`);
      cmi.set(`${n}.type`, 'choice');
      if (v12) {
        cmi.set(`${n}.student_response`, pick.actions.join(','));
        cmi.set(`${n}.result`, result);
        cmi.set(`${n}.time`, scorm12Time(now));
      } else {
        cmi.set(`${n}.learner_response`, pick.actions.join('[,]'));
        cmi.set(`${n}.result`, result === 'wrong' ? 'incorrect' : result);
        cmi.set(`${n}.timestamp`, now.toISOString().slice(0, 19));
        cmi.set(`${n}.description`, pick.text.slice(0, 250));
      }
    },
    saveProgress(state) {
      const text = encodeResume(state, v12 ? SCORM12_SUSPEND_LIMIT : SCORM2004_SUSPEND_LIMIT);
      if (text === undefined) return false;
      cmi.set('cmi.suspend_data', text);
      cmi.set(v12 ? 'cmi.core.exit' : 'cmi.exit', 'suspend');
      cmi.commit();
      return true;
    },
    finish(report, sessionSeconds) {
      if (v12) {
        cmi.set('cmi.core.score.min', '0');
        cmi.set('cmi.core.score.max', '100');
        cmi.set('cmi.core.score.raw', String(report.score));
        cmi.set('cmi.core.lesson_status', report.passed ? 'passed' : 'failed');
        cmi.set('cmi.core.session_time', scorm12Timespan(sessionSeconds));
        cmi.set('cmi.core.exit', '');
      } else {
        cmi.set('cmi.score.min', '0');
        cmi.set('cmi.score.max', '100');
        cmi.set('cmi.score.raw', String(report.score));
        cmi.set('cmi.score.scaled', String(Math.round(report.score * 10) / 1000));
        cmi.set('cmi.success_status', report.passed ? 'passed' : 'failed');
        cmi.set('cmi.completion_status', 'completed');
        cmi.set('cmi.session_time', isoDuration(sessionSeconds));
        cmi.set('cmi.exit', 'normal');
      }
      cmi.set('cmi.suspend_data', '');
      cmi.commit();
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      cmi.terminate();
    },
  };
}

/** How one pick went, from the rules it settled. */
export function pickResult(verdicts: readonly string[]): PickResult {
  if (verdicts.some((v) => v === 'violated' || v === 'missed')) return 'wrong';
  return verdicts.includes('met') ? 'correct' : 'neutral';
}
