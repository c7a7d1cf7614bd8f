/**
 * The attempts database's versions and how each older one becomes the current one. One number
 * versions the database layout and the record shape together: a change to either adds one, a
 * migration below, and a test that an old database upgrades.
 *
 * Version 1: one object store `attempts`, keyed by `id`, holding finished attempts shaped as the
 *   playable game kept them in memory (no `schemaVersion`, `status`, `savedAt` or `scoring`).
 * Version 2: records carry `schemaVersion`, `status` (`finished` or `in-progress`), `savedAt`,
 *   `scoring` (what re-scoring over the stored log needs) and, while unfinished, `progress` (the
 *   session snapshot); indexes by trainee code and by status; a `quarantine` store for records that
 *   fail validation, kept exactly as read so that nothing is lost.
 *
 * A database of a newer version than this build knows is never upgraded or written: the store
 * opens it read-only (attempt-store.ts).
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { ATTEMPT_SCHEMA_VERSION } from './attempt-record.js';
import { isRecord } from '../engine/validation/field-checks.js';

export const DATABASE_NAME = 'good-call';
export const DATABASE_VERSION = ATTEMPT_SCHEMA_VERSION;

export const ATTEMPTS = 'attempts';
export const QUARANTINE = 'quarantine';
export const BY_TRAINEE = 'by-trainee';
export const BY_STATUS = 'by-status';

/** A record set aside because it failed validation: kept as read, with what was wrong with it. */
export interface QuarantinedRecord {
  /** Its key in the quarantine store; absent when it could not be moved there (a read-only database). */
  readonly key?: number;
  /** The key it had among the attempts, when it had one. */
  readonly attemptKey?: string;
  /** ISO date-time when it was set aside (or found, when not moved). */
  readonly quarantinedAt: string;
  /** One line per problem, each naming its field. */
  readonly problems: readonly string[];
  /** The record exactly as it was read. */
  readonly record: unknown;
}

export interface AttemptsSchema extends DBSchema {
  // Values are read as unknown: what comes back from disk is validated before anything trusts it.
  [ATTEMPTS]: { key: string; value: unknown; indexes: { [BY_TRAINEE]: string; [BY_STATUS]: string } };
  [QUARANTINE]: { key: number; value: QuarantinedRecord };
}

/** The schema version a stored record was written with: 1 for records from before versions were written. */
export function schemaVersionOf(record: unknown): number | undefined {
  if (!isRecord(record)) return undefined;
  if (record.schemaVersion === undefined) return 1;
  return typeof record.schemaVersion === 'number' ? record.schemaVersion : undefined;
}

/** Version 1 kept only finished attempts, and its `finishedAt` is the last time it was written. */
function fromVersion1(record: Record<string, unknown>): Record<string, unknown> {
  return { ...record, schemaVersion: 2, status: 'finished', savedAt: record.finishedAt };
}

/**
 * Brings a record of an older schema to the current shape. Anything it does not recognise (not an
 * object, an unknown or newer version) is returned unchanged for validation to report.
 */
export function migrateAttempt(record: unknown): unknown {
  if (!isRecord(record)) return record;
  let current = record;
  if (schemaVersionOf(current) === 1) current = fromVersion1(current);
  return current;
}

type UpgradeTransaction = IDBPTransaction<AttemptsSchema, StoreNames<AttemptsSchema>[], 'versionchange'>;

/**
 * Runs inside IndexedDB's upgrade transaction: creates what each version adds and rewrites older
 * records in the current shape, so the indexes see them. Records that do not migrate are left as
 * they are; the store sets them aside when it next reads them.
 */
export async function upgradeDatabase(
  db: IDBPDatabase<AttemptsSchema>,
  oldVersion: number,
  transaction: UpgradeTransaction,
): Promise<void> {
  // Each step checks what exists rather than trusting `oldVersion` alone: an empty database of an
  // older version (opened by a tool, or a test reading the device) has no stores yet.
  const attempts = db.objectStoreNames.contains(ATTEMPTS)
    ? transaction.objectStore(ATTEMPTS)
    : db.createObjectStore(ATTEMPTS, { keyPath: 'id' });
  if (!attempts.indexNames.contains(BY_TRAINEE)) attempts.createIndex(BY_TRAINEE, 'traineeCode');
  if (!attempts.indexNames.contains(BY_STATUS)) attempts.createIndex(BY_STATUS, 'status');
  if (!db.objectStoreNames.contains(QUARANTINE)) db.createObjectStore(QUARANTINE, { keyPath: 'key', autoIncrement: true });
  if (oldVersion < 2) {
    let cursor = await attempts.openCursor();
    while (cursor) {
      const migrated = migrateAttempt(cursor.value);
      if (migrated !== cursor.value) await cursor.update(migrated);
      cursor = await cursor.continue();
    }
  }
}
