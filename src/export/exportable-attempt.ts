/** What the exports need of an attempt: every stored attempt record has at least this. */
import type { PickRecord, ScoreReport } from '../engine/index.js';
import type { KnowledgeCheckRecord } from '../storage/attempt-record.js';

export interface ExportableAttempt {
  /** Unique on the device that recorded it. */
  readonly id: string;
  /** The pseudonymous trainee code; never a name. */
  readonly traineeCode: string;
  readonly scenario: { readonly id: string; readonly version: number };
  readonly profileId: string;
  readonly locale: string;
  readonly mode: 'learn' | 'assess';
  readonly seed: number;
  /** ISO date-times, real time. */
  readonly startedAt: string;
  readonly finishedAt?: string;
  /** The last save, real time. */
  readonly savedAt?: string;
  /** Simulated seconds per real second in assess mode. */
  readonly timeFactor?: number;
  readonly picks: readonly PickRecord[];
  /** When each pick was made, real time (absent or `null` where unknown). */
  readonly pickTimes?: readonly (string | null)[];
  /** The report; absent while an attempt is unfinished. */
  readonly report?: ScoreReport;
  /** The knowledge check taken around the encounter, when there was one. */
  readonly knowledgeCheck?: KnowledgeCheckRecord;
}

/** Which picks settled which rules: a rule's evidence points at log entries made by a pick. */
export function rulesSettledByPick(report: ScoreReport, pick: number): ScoreReport['rules'][number][] {
  return report.rules.filter((rule) =>
    rule.evidence.some((index) => {
      const source = report.log[index]?.source;
      return source?.origin === 'choice' && source.pick === pick;
    }),
  );
}
