/**
 * Turns the game's attempt saves into what the LMS records: each pick as an interaction when it is
 * made, resume data after every pick, and at the end the result; and ends the LMS session when the
 * page goes. The game saves its attempts on the device anyway (src/storage); this only listens, and
 * says what the trainee and the instructor need to know (an attempt too long for the LMS to resume,
 * a score reported lower so that the LMS keeps a failure) in `notices`.
 */
import { rulesSettledByPick } from '../export/exportable-attempt.js';
import { createTranslator } from '../i18n/translator.js';
import type { StoredAttempt } from '../storage/attempt-record.js';
import { lmsOutcome, type LmsOutcome } from './lms-outcome.js';
import { SCORM12_SUSPEND_LIMIT, SCORM2004_SUSPEND_LIMIT } from './resume-data.js';
import type { ScormProblem } from './scorm-connection.js';
import { pickResult, type LmsReporter } from './scorm-reporter.js';

export type LmsNotice =
  /** Resume data no longer fits: a relaunch would resume at `resumesAt` picks (1-based pick shown). */
  | { readonly kind: 'resume-too-long'; readonly limit: number; readonly pick: number; readonly resumesAt: number }
  /** The finished attempt is recorded; `outcome` says what the LMS was told. */
  | {
      readonly kind: 'recorded';
      readonly outcome: LmsOutcome;
      readonly passingScore?: number;
      /** cmi5: what the LMS needs of this AU to move the learner on. */
      readonly moveOn?: 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
    };

/** What the status panel shows, from any LMS connection (SCORM here, cmi5 in cmi5-au.ts). */
export interface LmsStatusSource {
  notices(): readonly LmsNotice[];
  /** What the LMS refused, and calls not made because the session had ended. */
  problems(): readonly ScormProblem[];
  /** Told when a notice or a problem is added. */
  subscribe(listener: () => void): () => void;
}

export interface LmsRecording extends LmsStatusSource {
  /** Call with every saved attempt. */
  readonly onSave: (attempt: StoredAttempt) => void;
  /**
   * The page is being hidden for good: call from a `pagehide` listener added with `capture: true`,
   * which runs before the encounter's own. An encounter under way saves once more as the page goes;
   * the session ends right after that save, so the time since the last pick is kept and nothing is
   * sent after the end. With no encounter under way it ends at once.
   */
  readonly pageHiding: () => void;
  readonly reporter: LmsReporter;
}

export interface RecordingOptions {
  readonly now?: () => number;
  /** Runs `end` once the current task is over, if the page is still there (tests pass their own). */
  readonly later?: (end: () => void) => void;
}

export function recordForLms(
  reporter: LmsReporter,
  scenarioId: string,
  sessionStartedMs: number,
  options: RecordingOptions = {},
): LmsRecording {
  const now = options.now ?? (() => Date.now());
  const later = options.later ?? ((end: () => void) => void setTimeout(end, 0));
  const limit = reporter.version === '1.2' ? SCORM12_SUSPEND_LIMIT : SCORM2004_SUSPEND_LIMIT;
  const notices: LmsNotice[] = [];
  const listeners = new Set<() => void>();
  const tell = (): void => {
    for (const listener of [...listeners]) listener();
  };
  reporter.onProblem(tell);
  // Picks already in the LMS: those of the earlier session this one resumes.
  let recorded = reporter.resume?.picks.length ?? 0;
  let resumable = reporter.resume?.picks.length ?? 0;
  let tooLong = false;
  let underWay = false;
  let endAfterSave = false;
  const finishedIds = new Set<string>();
  const sessionSeconds = (): number => Math.max(0, (now() - sessionStartedMs) / 1000);

  const suspendNow = (): void => {
    endAfterSave = false;
    reporter.suspend(sessionSeconds());
  };

  const recordNewPicks = (attempt: StoredAttempt): void => {
    for (let n = recorded; n < attempt.picks.length; n++) {
      const pick = attempt.picks[n]!;
      const time = attempt.pickTimes?.[n];
      reporter.recordPick(attempt.scenario, attempt.locale, n, pick, new Date(time ? Date.parse(time) : now()));
    }
    recorded = Math.max(recorded, attempt.picks.length);
  };

  return {
    reporter,
    notices: () => notices,
    problems: () => reporter.problems(),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onSave(attempt) {
      if (attempt.scenario.id !== scenarioId || reporter.ended()) return;
      if (attempt.status === 'in-progress') {
        underWay = true;
        recordNewPicks(attempt);
        const saved = reporter.saveProgress({
          scenario: attempt.scenario.id,
          version: attempt.scenario.version,
          profile: attempt.profileId,
          seed: attempt.seed,
          locale: attempt.locale,
          mode: attempt.mode,
          picks: attempt.picks.map((p) => (attempt.mode === 'assess' ? { index: p.index, at: p.at } : { index: p.index })),
          elapsedSeconds: attempt.progress.snapshot.clockMs / 1000,
        });
        if (saved) resumable = attempt.picks.length;
        else if (!tooLong) {
          tooLong = true;
          const notice = { kind: 'resume-too-long', limit, pick: attempt.picks.length, resumesAt: resumable + 1 } as const;
          notices.push(notice);
          const t = createTranslator(attempt.locale);
          reporter.note(t('ui.lms.noteResumeTooLong', { ...notice, attemptId: attempt.id }), attempt.locale, new Date(now()));
          tell();
        }
        if (endAfterSave) suspendNow();
        return;
      }
      if (finishedIds.has(attempt.id)) return;
      finishedIds.add(attempt.id);
      underWay = false;
      const report = attempt.report;
      const results = attempt.picks.map((_, n) => pickResult(rulesSettledByPick(report, n).map((r) => r.verdict)));
      const t = createTranslator(attempt.locale);
      const reason =
        report.criticalFailures.length > 0
          ? t('ui.lms.reasonCritical', { rules: report.criticalFailures.join(', ') })
          : t('ui.lms.reasonRules');
      const passing = reporter.passingScore;
      const planned = lmsOutcome(report, passing);
      const notes: string[] = [];
      if (planned.lowered) {
        notes.push(
          planned.reportedScore !== undefined
            ? t('ui.lms.noteLowered', { reason, score: report.score, reported: planned.reportedScore, passing })
            : t('ui.lms.noteNoScore', { reason, score: report.score, passing }),
        );
      }
      const outcome = reporter.finish({
        scenario: attempt.scenario,
        locale: attempt.locale,
        report,
        picks: attempt.picks,
        results,
        sessionSeconds: sessionSeconds(),
        notes,
        now: new Date(now()),
      });
      notices.push({ kind: 'recorded', outcome, ...(passing !== undefined ? { passingScore: passing } : {}) });
      tell();
    },
    pageHiding() {
      if (reporter.ended()) return;
      if (!underWay) {
        suspendNow();
        return;
      }
      // The encounter's own pagehide listener saves next; should it not, the session still ends.
      endAfterSave = true;
      later(() => {
        if (endAfterSave && !reporter.ended()) suspendNow();
      });
    },
  };
}
