/**
 * The attempts on this device, in IndexedDB (through `idb`). Every record read back is migrated and
 * validated; one that fails is moved to the quarantine store with what was wrong with it, and the
 * others load. A database of a newer schema than this build knows is opened read-only and never
 * upgraded or overwritten.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { StoredAttempt, UnfinishedAttempt } from './attempt-record.js';
import {
  ATTEMPTS,
  BY_STATUS,
  BY_TRAINEE,
  DATABASE_NAME,
  DATABASE_VERSION,
  QUARANTINE,
  upgradeDatabase,
  type AttemptsSchema,
  type QuarantinedRecord,
} from './schema.js';
import { describeProblems, readAttempt } from './validate-attempt.js';

export type StoreAccess = 'read-write' | 'read-only';

/** Why a write was refused: the UI words each kind for the trainee. */
export type StoreErrorKind = 'read-only' | 'closed' | 'invalid' | 'already-finished' | 'not-unfinished' | 'write-failed';

export class AttemptStoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'AttemptStoreError';
  }
}

export interface LoadedAttempts {
  /** Every readable attempt on the device, finished or not, oldest first. */
  readonly attempts: readonly StoredAttempt[];
  /** Records set aside, now or before, oldest first. */
  readonly quarantined: readonly QuarantinedRecord[];
}

export interface AttemptStore {
  readonly access: StoreAccess;
  /** The database's version when it is newer than this build's, which is why it is read-only. */
  readonly newerVersion?: number;
  /** Reads every attempt, setting aside those that fail validation. */
  load(): Promise<LoadedAttempts>;
  get(id: string): Promise<StoredAttempt | undefined>;
  /** A trainee's attempts, oldest first. */
  byTrainee(traineeCode: string): Promise<StoredAttempt[]>;
  /** Attempts not finished yet, most recently saved first. */
  unfinished(): Promise<UnfinishedAttempt[]>;
  quarantined(): Promise<QuarantinedRecord[]>;
  /** Writes an attempt after validating it; an unfinished record never replaces a finished one. */
  save(attempt: StoredAttempt): Promise<void>;
  /** Deletes an unfinished attempt (the trainee chose to discard it); finished ones are never deleted here. */
  discard(id: string): Promise<void>;
  /**
   * Sets aside an unfinished attempt that passed validation but could not be resumed (its snapshot
   * does not restore), exactly as one that fails validation is: moved to the quarantine store as it
   * was stored, with `reason`, in one transaction. It is then listed with its download and never
   * offered for Resume again. Resolves with the record set aside, or `undefined` when there was no
   * such attempt; refuses (`not-unfinished`) to touch a finished one.
   */
  quarantine(id: string, reason: string): Promise<QuarantinedRecord | undefined>;
  close(): void;
}

export interface OpenOptions {
  readonly name?: string;
  readonly now?: () => Date;
}

interface Read {
  readonly key: string;
  /** The record as read, or an error when it could not be read at all. */
  readonly value: unknown;
  readonly unreadable?: string;
}

/**
 * A transaction whose outcome is always observed: idb rejects `done` on an abort, and a rejection
 * nobody awaits would surface as an unhandled error.
 */
function observed<T extends { readonly done: Promise<void> }>(tx: T): T {
  tx.done.catch(() => undefined);
  return tx;
}

function byStartedAt(a: StoredAttempt, b: StoredAttempt): number {
  return a.startedAt.localeCompare(b.startedAt);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

class IndexedDbAttemptStore implements AttemptStore {
  private closed = false;

  constructor(
    private readonly db: IDBPDatabase<AttemptsSchema>,
    readonly access: StoreAccess,
    private readonly now: () => Date,
    readonly newerVersion?: number,
  ) {}

  /** Marks the connection gone: another tab is opening a newer version, which must not wait for us. */
  markClosed(): void {
    this.closed = true;
    this.db.close();
  }

  private has(store: typeof ATTEMPTS | typeof QUARANTINE): boolean {
    return this.db.objectStoreNames.contains(store);
  }

  private checkOpen(): void {
    if (this.closed)
      throw new AttemptStoreError('closed', 'the attempts database was closed because another tab opened a newer version of Good Call');
  }

  private checkWritable(): void {
    this.checkOpen();
    if (this.access === 'read-only') {
      throw new AttemptStoreError(
        'read-only',
        `the attempts on this device were saved by a newer version of Good Call (schema ${this.newerVersion ?? '?'}); this version does not change them`,
      );
    }
  }

  /** Every record with its key; a record that cannot be read is reported in place of its value. */
  private async readAll(): Promise<Read[]> {
    if (!this.has(ATTEMPTS)) return [];
    try {
      const tx = observed(this.db.transaction(ATTEMPTS));
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      return keys.map((key, i) => ({ key, value: values[i] }));
    } catch {
      // One record that cannot be read fails a read of all of them: read them one by one instead.
      const keys = await this.db.getAllKeys(ATTEMPTS);
      return Promise.all(
        keys.map(async (key): Promise<Read> => {
          try {
            return { key, value: await this.db.get(ATTEMPTS, key) };
          } catch (error) {
            return { key, value: undefined, unreadable: messageOf(error) };
          }
        }),
      );
    }
  }

  /** Validates what was read; sets aside what fails, moving it to quarantine when the database may be written. */
  private async sortOut(reads: readonly Read[]): Promise<{ attempts: StoredAttempt[]; setAside: QuarantinedRecord[] }> {
    const attempts: StoredAttempt[] = [];
    const bad: QuarantinedRecord[] = [];
    const unreadable: QuarantinedRecord[] = [];
    const quarantinedAt = this.now().toISOString();
    for (const read of reads) {
      if (read.unreadable !== undefined) {
        // Nothing to copy, so nothing is moved: the record stays where it is, reported.
        unreadable.push({
          attemptKey: read.key,
          quarantinedAt,
          problems: [`(record): could not be read: ${read.unreadable}`],
          record: null,
        });
        continue;
      }
      const result = readAttempt(read.value);
      if (result.ok) attempts.push(result.attempt);
      else bad.push({ attemptKey: read.key, quarantinedAt, problems: describeProblems(result.problems), record: read.value });
    }
    if (bad.length === 0 || this.access === 'read-only' || !this.has(QUARANTINE)) return { attempts, setAside: [...bad, ...unreadable] };
    const tx = observed(this.db.transaction([ATTEMPTS, QUARANTINE], 'readwrite'));
    const moved = await Promise.all(
      bad.map(async (record) => {
        const key = await tx.objectStore(QUARANTINE).add(record);
        if (record.attemptKey !== undefined) await tx.objectStore(ATTEMPTS).delete(record.attemptKey);
        return { ...record, key };
      }),
    );
    await tx.done;
    return { attempts, setAside: [...moved, ...unreadable] };
  }

  async load(): Promise<LoadedAttempts> {
    this.checkOpen();
    const { attempts, setAside } = await this.sortOut(await this.readAll());
    const stored = await this.quarantined();
    const notMoved = setAside.filter((r) => r.key === undefined);
    return { attempts: attempts.sort(byStartedAt), quarantined: [...stored, ...notMoved] };
  }

  async get(id: string): Promise<StoredAttempt | undefined> {
    this.checkOpen();
    if (!this.has(ATTEMPTS)) return undefined;
    const value = await this.db.get(ATTEMPTS, id);
    if (value === undefined) return undefined;
    return (await this.sortOut([{ key: id, value }])).attempts[0];
  }

  async byTrainee(traineeCode: string): Promise<StoredAttempt[]> {
    return this.fromIndex(BY_TRAINEE, traineeCode);
  }

  async unfinished(): Promise<UnfinishedAttempt[]> {
    const attempts = await this.fromIndex(BY_STATUS, 'in-progress');
    return attempts.filter((a): a is UnfinishedAttempt => a.status === 'in-progress').sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  private async fromIndex(index: typeof BY_TRAINEE | typeof BY_STATUS, key: string): Promise<StoredAttempt[]> {
    this.checkOpen();
    if (!this.has(ATTEMPTS)) return [];
    const tx = observed(this.db.transaction(ATTEMPTS));
    if (!tx.store.indexNames.contains(index)) return [];
    const source = tx.store.index(index);
    const [keys, values] = await Promise.all([source.getAllKeys(key), source.getAll(key)]);
    const { attempts } = await this.sortOut(keys.map((k, i) => ({ key: k, value: values[i] })));
    return attempts.sort(byStartedAt);
  }

  async quarantined(): Promise<QuarantinedRecord[]> {
    this.checkOpen();
    return this.has(QUARANTINE) ? this.db.getAll(QUARANTINE) : [];
  }

  async save(attempt: StoredAttempt): Promise<void> {
    this.checkWritable();
    const validation = readAttempt(attempt);
    if (!validation.ok)
      throw new AttemptStoreError('invalid', `the attempt is not valid: ${describeProblems(validation.problems).join('; ')}`);
    const tx = observed(this.db.transaction(ATTEMPTS, 'readwrite'));
    try {
      const existing = await tx.store.get(attempt.id);
      if (attempt.status === 'in-progress' && readAttempt(existing).ok && (existing as StoredAttempt).status === 'finished') {
        tx.abort();
        throw new AttemptStoreError('already-finished', `attempt ${attempt.id} is already finished; its progress is not saved over it`);
      }
      await tx.store.put(attempt);
      await tx.done;
    } catch (error) {
      if (error instanceof AttemptStoreError) throw error;
      throw new AttemptStoreError('write-failed', messageOf(error));
    }
  }

  async discard(id: string): Promise<void> {
    this.checkWritable();
    const tx = observed(this.db.transaction(ATTEMPTS, 'readwrite'));
    const existing = await tx.store.get(id);
    const read = readAttempt(existing);
    if (existing !== undefined && (!read.ok || read.attempt.status !== 'in-progress')) {
      tx.abort();
      throw new AttemptStoreError('not-unfinished', `attempt ${id} is not an unfinished attempt, so it is not discarded`);
    }
    await tx.store.delete(id);
    await tx.done;
  }

  async quarantine(id: string, reason: string): Promise<QuarantinedRecord | undefined> {
    this.checkWritable();
    if (!this.has(QUARANTINE)) throw new AttemptStoreError('write-failed', 'this database has no quarantine store');
    const tx = observed(this.db.transaction([ATTEMPTS, QUARANTINE], 'readwrite'));
    const value = await tx.objectStore(ATTEMPTS).get(id);
    if (value === undefined) {
      await tx.done;
      return undefined;
    }
    const read = readAttempt(value);
    if (read.ok && read.attempt.status !== 'in-progress') {
      tx.abort();
      throw new AttemptStoreError('not-unfinished', `attempt ${id} is finished, so it is not set aside`);
    }
    const problems = [`(resume): could not be resumed: ${reason}`, ...(read.ok ? [] : describeProblems(read.problems))];
    const record: QuarantinedRecord = { attemptKey: id, quarantinedAt: this.now().toISOString(), problems, record: value };
    const key = await tx.objectStore(QUARANTINE).add(record);
    await tx.objectStore(ATTEMPTS).delete(id);
    await tx.done;
    return { ...record, key };
  }

  close(): void {
    this.closed = true;
    this.db.close();
  }
}

function isVersionError(error: unknown): boolean {
  return error instanceof Error && error.name === 'VersionError';
}

/**
 * Opens the device's attempts database, upgrading an older one. When the database is newer than
 * this build, it is opened as it is, read-only. Rejects when IndexedDB is not available at all.
 */
export async function openAttemptStore(options: OpenOptions = {}): Promise<AttemptStore> {
  const name = options.name ?? DATABASE_NAME;
  const now = options.now ?? ((): Date => new Date());
  if (typeof indexedDB === 'undefined') throw new AttemptStoreError('closed', 'this browser offers no IndexedDB');
  let store: IndexedDbAttemptStore | undefined;
  try {
    const db = await openDB<AttemptsSchema>(name, DATABASE_VERSION, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        // A failure aborts the upgrade transaction, and openDB rejects with its cause.
        upgradeDatabase(database, oldVersion, transaction).catch(() => undefined);
      },
      blocking() {
        store?.markClosed();
      },
    });
    store = new IndexedDbAttemptStore(db, 'read-write', now);
    return store;
  } catch (error) {
    if (!isVersionError(error)) throw error;
  }
  const db = await openDB<AttemptsSchema>(name, undefined, {
    blocking() {
      store?.markClosed();
    },
  });
  store = new IndexedDbAttemptStore(db, 'read-only', now, db.version);
  return store;
}
