/**
 * Turns the game's attempt saves into what the LMS records: resume data after every pick of the
 * launched scenario, and at the end one interaction per pick, the score, pass or fail and the
 * session time. The game saves its attempts anyway (src/storage); this only listens.
 */
import { rulesSettledByPick } from '../export/exportable-attempt.js';
import type { StoredAttempt } from '../storage/attempt-record.js';
import { pickResult, type LmsReporter } from './scorm-reporter.js';

export interface LmsRecording {
  /** Call with every saved attempt. */
  readonly onSave: (attempt: StoredAttempt) => void;
}

export function recordForLms(
  reporter: LmsReporter,
  scenarioId: string,
  sessionStartedMs: number,
  now: () => number = () => Date.now(),
): LmsRecording {
  const finishedIds = new Set<string>();
  return {
    onSave(attempt) {
      if (attempt.scenario.id !== scenarioId) return;
      if (attempt.status === 'in-progress') {
        reporter.saveProgress({
          scenario: attempt.scenario.id,
          version: attempt.scenario.version,
          profile: attempt.profileId,
          seed: attempt.seed,
          locale: attempt.locale,
          mode: attempt.mode,
          picks: attempt.picks.map((p) => (attempt.mode === 'assess' ? { index: p.index, at: p.at } : { index: p.index })),
          elapsedSeconds: attempt.progress.snapshot.clockMs / 1000,
        });
        return;
      }
      if (finishedIds.has(attempt.id)) return;
      finishedIds.add(attempt.id);
      const when = new Date(now());
      attempt.picks.forEach((pick, n) => {
        reporter.recordPick(pick, pickResult(rulesSettledByPick(attempt.report, n).map((r) => r.verdict)), when);
      });
      reporter.finish(attempt.report, (now() - sessionStartedMs) / 1000);
    },
  };
}
