/**
 * The attempts the screens show: every attempt on this device, held in memory so screens render at
 * once, and written through to the attempt store (src/storage) in the background. A save updates
 * memory first, so nothing the trainee did is lost to a slow or failing disk, and the screens hear
 * of every change through `subscribe`. The record shapes are src/storage/attempt-record.ts.
 */
import type { Translate } from '../i18n/translator.js';
import { type FinishedAttempt, type StoredAttempt, type UnfinishedAttempt } from '../storage/attempt-record.js';
import { AttemptStoreError, type AttemptStore } from '../storage/attempt-store.js';
import { requestPersistence as askBrowser, type Persistence } from '../storage/persistence.js';
import type { QuarantinedRecord } from '../storage/schema.js';
import { createWriteQueue } from '../storage/write-queue.js';

/** A finished attempt: what the debrief and the history show. */
export type AttemptRecord = FinishedAttempt;

/** Where attempts are kept, as the title and history screens explain it. */
export type StorageState =
  | { readonly kind: 'loading' }
  /** On this device, read and written. */
  | { readonly kind: 'device' }
  /** Saved by a newer version of Good Call: shown, never changed. */
  | { readonly kind: 'read-only'; readonly newerVersion: number }
  /** Kept in this page only: storage is unavailable (`reason`) or was not asked for (tests). */
  | { readonly kind: 'memory'; readonly reason?: string };

export interface AttemptHistory {
  /** Finished attempts, oldest first. */
  list(): readonly AttemptRecord[];
  get(id: string): AttemptRecord | undefined;
  /** Unfinished attempts, the most recently saved first. */
  unfinished(): readonly UnfinishedAttempt[];
  /** Records set aside because they could not be read or failed validation. */
  quarantined(): readonly QuarantinedRecord[];
  storage(): StorageState;
  /** Whether the browser agreed to keep the attempts when space runs short; known after the first save. */
  persistence(): Persistence | undefined;
  /** Settles once the device's attempts have been read, or found unavailable. */
  readonly loaded: Promise<void>;
  /** Calls `listener` after anything above changes. */
  subscribe(listener: () => void): () => void;
  /** An id for an attempt about to start. */
  newId(): string;
  /** Keeps an attempt, finished or not: in memory at once, then on the device; rejects if the device refused it. */
  save(attempt: StoredAttempt): Promise<void>;
  /** Drops an unfinished attempt the trainee chose not to resume. */
  discard(id: string): Promise<void>;
  /**
   * Sets aside an unfinished attempt that would not restore (`reason`): never offered again, and, on
   * a device that can be written, moved to quarantine and listed with the records set aside. Resolves
   * with that record, or undefined when the device could not move it (then it is gone only from this page).
   */
  setAside(id: string, reason: string): Promise<QuarantinedRecord | undefined>;
}

export interface AttemptHistoryOptions {
  /** The device's store; without one, attempts live in memory only. */
  readonly store?: Promise<AttemptStore>;
  readonly newId?: () => string;
  /** Asked once, after the first attempt is written. */
  readonly requestPersistence?: () => Promise<Persistence>;
  /** Told of every save, finished or not (a learning management system reports from it). */
  readonly onSave?: (attempt: StoredAttempt) => void;
}

type Write = { readonly kind: 'save'; readonly attempt: StoredAttempt } | { readonly kind: 'discard'; readonly id: string };

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createAttemptHistory(options: AttemptHistoryOptions = {}): AttemptHistory {
  const finished = new Map<string, AttemptRecord>();
  const unfinished = new Map<string, UnfinishedAttempt>();
  let quarantined: readonly QuarantinedRecord[] = [];
  let state: StorageState = options.store ? { kind: 'loading' } : { kind: 'memory' };
  let persistence: Persistence | undefined;
  let persistenceAsked = false;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };

  const remember = (attempt: StoredAttempt): void => {
    if (attempt.status === 'finished') {
      unfinished.delete(attempt.id);
      finished.set(attempt.id, attempt);
    } else if (!finished.has(attempt.id)) {
      unfinished.set(attempt.id, attempt);
    }
  };

  const askPersistenceOnce = (): void => {
    if (persistenceAsked) return;
    persistenceAsked = true;
    void (options.requestPersistence ?? askBrowser)().then((answer) => {
      persistence = answer;
      notify();
    });
  };

  const storeReady: Promise<AttemptStore | undefined> = (options.store ?? Promise.resolve(undefined)).then(
    async (store) => {
      if (!store) return undefined;
      const { attempts, quarantined: setAside } = await store.load();
      // Anything saved while the device was being read is newer than what the device holds.
      const savedMeanwhile = [...finished.values(), ...unfinished.values()];
      for (const attempt of attempts) remember(attempt);
      for (const attempt of savedMeanwhile) remember(attempt);
      quarantined = setAside;
      state = store.access === 'read-only' ? { kind: 'read-only', newerVersion: store.newerVersion ?? 0 } : { kind: 'device' };
      notify();
      if (store.access === 'read-write' && attempts.length > 0) askPersistenceOnce();
      return store;
    },
    (error: unknown) => {
      state = { kind: 'memory', reason: reasonOf(error) };
      notify();
      return undefined;
    },
  );
  const loaded = storeReady.then(() => undefined);

  const queue = createWriteQueue<Write>(
    (write) => (write.kind === 'save' ? write.attempt.id : write.id),
    async (write) => {
      const store = await storeReady;
      if (!store) {
        if (state.kind === 'memory' && state.reason !== undefined) throw new AttemptStoreError('closed', state.reason);
        return;
      }
      if (write.kind === 'discard') await store.discard(write.id);
      else {
        await store.save(write.attempt);
        askPersistenceOnce();
      }
    },
  );

  let sequence = 0;
  const newId = options.newId ?? ((): string => `attempt-${++sequence}`);

  const save = (attempt: StoredAttempt): Promise<void> => {
    remember(attempt);
    notify();
    options.onSave?.(attempt);
    return queue.enqueue({ kind: 'save', attempt });
  };

  return {
    list: () => [...finished.values()].sort((a, b) => a.startedAt.localeCompare(b.startedAt)),
    get: (id) => finished.get(id),
    unfinished: () => [...unfinished.values()].sort((a, b) => b.savedAt.localeCompare(a.savedAt)),
    quarantined: () => quarantined,
    storage: () => state,
    persistence: () => persistence,
    loaded,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    newId,
    save,
    discard(id) {
      unfinished.delete(id);
      notify();
      return queue.enqueue({ kind: 'discard', id });
    },
    async setAside(id, reason) {
      unfinished.delete(id);
      notify();
      const store = await storeReady;
      if (!store || store.access !== 'read-write') return undefined;
      const record = await store.quarantine(id, reason);
      if (record) {
        quarantined = [...quarantined, record];
        notify();
      }
      return record;
    },
  };
}

/** Why an attempt could not be saved, for the trainee: never alarming, since the attempt goes on in memory. */
export function saveProblemText(error: unknown, t: Translate): string {
  const kind = error instanceof AttemptStoreError ? error.kind : 'write-failed';
  if (kind === 'read-only') return t('ui.storage.notSavedNewer');
  if (kind === 'closed') return t('ui.storage.notSavedUnavailable');
  return t('ui.storage.notSaved', { reason: error instanceof Error ? error.message : String(error) });
}
