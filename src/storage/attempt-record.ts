/**
 * An attempt as this device keeps it: the record shape that IndexedDB holds, exports carry and the
 * instructor dashboard imports. It is versioned (`schemaVersion`, see schema.ts); change it only by
 * adding a version and a migration, never by changing what a field means.
 *
 * A run is fully determined by the scenario version, profile, seed and picks (DESIGN.md decision 9),
 * so every record can be replayed; a finished one also keeps what re-scoring needs when the scenario
 * has changed since, and an unfinished one keeps the session snapshot it resumes from.
 */
import type { InstructorInput, Mode, ObservableState, PickRecord, ScenarioKind, ScoreReport, SessionSnapshot } from '../engine/index.js';
import type { ScenarioParameters } from '../engine/scenario/parameters.js';
import type { Profile } from '../engine/scoring/profile.js';
import type { KnowledgeResult } from '../protocols/knowledge-check.js';

export type { KnowledgeAnswer, KnowledgeResult } from '../protocols/knowledge-check.js';

/**
 * The optional knowledge check (src/protocols/knowledge-check.ts), as taken before and after the
 * encounter; either is absent when it was skipped. Absent on attempts without one.
 */
export interface KnowledgeCheckRecord {
  readonly pre?: KnowledgeResult;
  readonly post?: KnowledgeResult;
}

/** The record shape this build writes; older shapes are migrated when read (schema.ts). */
export const ATTEMPT_SCHEMA_VERSION = 2;

interface AttemptCommon {
  /** The shape's version: `ATTEMPT_SCHEMA_VERSION` when written by this build. */
  readonly schemaVersion: typeof ATTEMPT_SCHEMA_VERSION;
  /** Unique on the device (`attempt-<time>-<random>`), fixed when the attempt starts. */
  readonly id: string;
  /** The pseudonymous trainee code (DESIGN.md decision 10): never a name. Attempts are indexed by it. */
  readonly traineeCode: string;
  /** The scenario and the version of it that was played. */
  readonly scenario: { readonly id: string; readonly version: number };
  readonly profileId: string;
  /** The locale the story was played in. */
  readonly locale: string;
  readonly mode: Mode;
  /** The variant seed. */
  readonly seed: number;
  /** Simulated seconds per real second in assess mode; 0 in learn mode. */
  readonly timeFactor: number;
  /** ISO date-time, real time, when the encounter began. */
  readonly startedAt: string;
  /** ISO date-time, real time, of the last save. */
  readonly savedAt: string;
  /** Every pick with its simulated time (`at`, what assess mode replays by): enough to replay the attempt. */
  readonly picks: readonly PickRecord[];
  /**
   * ISO date-times, real time, when each pick was made, in the order of `picks` (what xAPI statements
   * are stamped with). Absent on attempts saved before it was kept; shorter than `picks` when the
   * earliest picks' times are unknown (they came from such an attempt).
   */
  readonly pickTimes?: readonly (string | null)[];
  /** In instructor-led mode: injects and notes, with when they came, so the attempt replays exactly. */
  readonly instructorInputs?: readonly InstructorInput[];
  /** Set when the attempt began as a replay of another attempt's first picks. */
  readonly replayOf?: { readonly attemptId: string; readonly picksKept: number };
  /** The knowledge check taken around the encounter, when the trainee turned it on. */
  readonly knowledgeCheck?: KnowledgeCheckRecord;
}

/** What scoring the stored log again needs besides the log, when the scenario can no longer be replayed. */
export interface ScoringContext {
  readonly kind: ScenarioKind;
  /** The scenario's parameters as drawn for this seed. */
  readonly parameters: ScenarioParameters;
  /** The observable state when the encounter ended. */
  readonly final: ObservableState;
  /** The profile as it was when the attempt was played. */
  readonly profile: Profile;
}

export interface FinishedAttempt extends AttemptCommon {
  readonly status: 'finished';
  /** ISO date-time, real time, when the encounter ended. */
  readonly finishedAt: string;
  /** The report as scored when the attempt ended; its `log` is the full event log. */
  readonly report: ScoreReport;
  /** Absent on attempts saved before schema version 2. */
  readonly scoring?: ScoringContext;
}

/** Where an unfinished attempt stands: enough to put the trainee back exactly there. */
export interface AttemptProgress {
  readonly snapshot: SessionSnapshot;
  /**
   * For each pick, the index in `snapshot.transcript` of the first line that followed it, so that
   * a resumed encounter shows the narration so far pick by pick.
   */
  readonly pickLineStarts: readonly number[];
}

export interface UnfinishedAttempt extends AttemptCommon {
  readonly status: 'in-progress';
  readonly progress: AttemptProgress;
}

export type StoredAttempt = FinishedAttempt | UnfinishedAttempt;

const ID_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A new attempt id, unique on the device even with two tabs open: the time and eight random characters. */
export function newAttemptId(now: Date = new Date()): string {
  const random = crypto.getRandomValues(new Uint8Array(8));
  const suffix = Array.from(random, (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
  return `attempt-${now.getTime().toString(36)}-${suffix}`;
}
