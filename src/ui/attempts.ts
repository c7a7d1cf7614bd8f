/**
 * Attempts played in this browser session, kept in memory. Records are plain serialisable data, so
 * the storage issue can put them in IndexedDB and exports can carry them unchanged.
 */
import type { Mode, PickRecord, ScoreReport, Session } from '../engine/index.js';
import type { EncounterPlan } from './flow.js';

export interface AttemptRecord {
  /** `attempt-<n>`, unique within the session. */
  readonly id: string;
  readonly traineeCode: string;
  readonly scenario: { readonly id: string; readonly version: number };
  readonly profileId: string;
  /** The locale the story was played in. */
  readonly locale: string;
  readonly mode: Mode;
  readonly seed: number;
  /** Simulated seconds per real second in assess mode; 0 in learn mode. */
  readonly timeFactor: number;
  /** ISO date-times, real time. */
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Every pick with its simulated time: enough to replay the attempt exactly. */
  readonly picks: readonly PickRecord[];
  readonly report: ScoreReport;
  /** Set when the attempt began as a replay of another attempt's first picks. */
  readonly replayOf?: { readonly attemptId: string; readonly picksKept: number };
}

export interface AttemptHistory {
  add(attempt: Omit<AttemptRecord, 'id'>): AttemptRecord;
  list(): readonly AttemptRecord[];
  get(id: string): AttemptRecord | undefined;
}

export function createAttemptHistory(): AttemptHistory {
  const attempts: AttemptRecord[] = [];
  return {
    add(attempt) {
      const record: AttemptRecord = structuredClone({ ...attempt, id: `attempt-${attempts.length + 1}` });
      attempts.push(record);
      return record;
    },
    list: () => attempts,
    get: (id) => attempts.find((a) => a.id === id),
  };
}

/** The record of a finished session, as the history keeps it. */
export function attemptOf(session: Session, plan: EncounterPlan, traineeCode: string, startedAt: string, finishedAt: string): Omit<AttemptRecord, 'id'> {
  const { manifest } = session;
  return {
    traineeCode,
    scenario: { id: manifest.id, version: manifest.version },
    profileId: session.profile.id,
    locale: session.locale,
    mode: session.mode,
    seed: session.seed,
    timeFactor: session.mode === 'assess' ? plan.timeFactor : 0,
    startedAt,
    finishedAt,
    picks: session.picks(),
    report: session.report(),
    ...(plan.replay ? { replayOf: { attemptId: plan.replay.attemptId, picksKept: plan.replay.picks.length } } : {}),
  };
}
