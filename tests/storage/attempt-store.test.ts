/**
 * The attempts store on IndexedDB (fake-indexeddb): saving and listing, resuming an unfinished
 * attempt exactly, a corrupt record set aside while the rest load, the upgrade from a version 1
 * database, and a newer database left untouched.
 */
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { type Step } from '../../src/engine/index.js';
import { recordAttempt } from '../../src/storage/attempt-recorder.js';
import { AttemptStoreError, openAttemptStore } from '../../src/storage/attempt-store.js';
import { narrationSoFar } from '../../src/storage/narration-so-far.js';
import { DATABASE_NAME } from '../../src/storage/schema.js';
import { facts, finishedAttempt, hub, newSession, unfinishedAttempt, useFreshIndexedDb } from './helpers.js';
import { restoreScoredSession } from '../../src/protocols/scored-session.js';

useFreshIndexedDb();

/** Writes records straight into the database, as a bug, a crash or another build might have left them. */
async function putRaw(records: readonly unknown[]): Promise<void> {
  const db = await openDB(DATABASE_NAME);
  for (const record of records) await db.put('attempts', record);
  db.close();
}

async function rawRecords(store: 'attempts' | 'quarantine'): Promise<unknown[]> {
  const db = await openDB(DATABASE_NAME);
  const records = await db.getAll(store);
  db.close();
  return records;
}

describe('saving and listing', () => {
  it('keeps finished and unfinished attempts across connections, by id, by trainee code and by status', async () => {
    const store = await openAttemptStore();
    const done = finishedAttempt('attempt-a', 'TR-AAAA-AAAA');
    const going = unfinishedAttempt('attempt-bb', [2, 0], 'TR-BBBB-BBBB');
    await store.save(done);
    await store.save(going);
    store.close();

    const again = await openAttemptStore();
    const { attempts, quarantined } = await again.load();
    expect(attempts).toEqual([done, going]);
    expect(quarantined).toEqual([]);
    expect(await again.get('attempt-a')).toEqual(done);
    expect(await again.byTrainee('TR-BBBB-BBBB')).toEqual([going]);
    expect(await again.unfinished()).toEqual([going]);
  });

  it('refuses a record that fails validation, naming the field, and writes nothing', async () => {
    const store = await openAttemptStore();
    const bad = { ...finishedAttempt('attempt-a'), seed: -1 };
    await expect(store.save(bad)).rejects.toThrow(/seed: must be a number from 0 to 4294967295/);
    expect((await store.load()).attempts).toEqual([]);
  });

  it('never saves progress over a finished attempt, and discards only unfinished ones', async () => {
    const store = await openAttemptStore();
    const done = finishedAttempt('attempt-a');
    await store.save(done);
    await expect(store.save(unfinishedAttempt('attempt-a'))).rejects.toMatchObject({ kind: 'already-finished' });
    await expect(store.discard('attempt-a')).rejects.toMatchObject({ kind: 'not-unfinished' });
    await store.save(unfinishedAttempt('attempt-bb'));
    await store.discard('attempt-bb');
    expect((await store.load()).attempts).toEqual([done]);
  });
});

describe('resuming', () => {
  it('restores a reloaded attempt at the same choice, state and clock, with the narration so far in order', async () => {
    const store = await openAttemptStore();
    const session = newSession(7, 'assess');
    const shown: { lines: Step['lines']; pickText?: string }[] = [{ lines: session.next().lines }];
    const recorder = recordAttempt({ session, facts: facts('attempt-r'), save: (attempt) => store.save(attempt) });
    for (const index of [2, 0, 3, 1]) {
      const text = session.next().choices[index]!.text.trim();
      shown.push({ lines: session.choose(index).lines, pickText: text });
    }
    session.elapse(25);
    recorder.stop();
    store.close();

    const reloaded = await openAttemptStore();
    const [attempt] = await reloaded.unfinished();
    expect(attempt?.id).toBe('attempt-r');
    const restored = restoreScoredSession(attempt!.progress.snapshot, hub);
    expect(restored.next()).toEqual(session.next());
    expect(restored.state().elapsedSeconds).toBe(session.state().elapsedSeconds);
    const narration = narrationSoFar(attempt!.progress.snapshot.transcript, attempt!.picks, attempt!.progress.pickLineStarts);
    expect(narration).toEqual(shown);
    expect(restored.choose(0)).toEqual(session.choose(0));
  });
});

describe('nothing lost to bad data', () => {
  it('sets a corrupt record aside in quarantine, exactly as read, while the rest load', async () => {
    const store = await openAttemptStore();
    const good = [finishedAttempt('attempt-a'), unfinishedAttempt('attempt-bb')];
    for (const attempt of good) await store.save(attempt);
    const corrupt = {
      ...finishedAttempt('attempt-ccc'),
      report: { ...finishedAttempt('attempt-ccc').report, rules: 'garbled' },
      traineeCode: 42,
    };
    await putRaw([corrupt]);

    const { attempts, quarantined } = await store.load();
    expect(attempts).toEqual(good);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ attemptKey: 'attempt-ccc', record: corrupt, key: expect.any(Number) });
    expect(quarantined[0]?.problems).toEqual(['traineeCode: must be non-empty text', 'report.rules: must be a list']);
    expect((await rawRecords('attempts')).map((r) => (r as { id: string }).id).sort()).toEqual(['attempt-a', 'attempt-bb']);

    const later = await store.load();
    expect(later.attempts).toEqual(good);
    expect(later.quarantined).toEqual(quarantined);
  });
});

describe('schema versions', () => {
  it('upgrades a version 1 database: its records gain the current shape and the trainee index, and a bad one is set aside', async () => {
    const {
      schemaVersion: _v,
      status: _s,
      savedAt: _saved,
      scoring: _scoring,
      ...version1
    } = finishedAttempt('attempt-old', 'TR-OLD1-OLD1');
    const broken = { id: 'attempt-broken', traineeCode: 'TR-OLD1-OLD1', picks: 'none' };
    const old = await openDB(DATABASE_NAME, 1, { upgrade: (db) => void db.createObjectStore('attempts', { keyPath: 'id' }) });
    await old.put('attempts', version1);
    await old.put('attempts', broken);
    old.close();

    const store = await openAttemptStore();
    expect(store.access).toBe('read-write');
    const expected = { ...version1, schemaVersion: 2, status: 'finished', savedAt: version1.finishedAt };
    expect(await rawRecords('attempts')).toContainEqual(expected);
    const { attempts, quarantined } = await store.load();
    expect(attempts).toEqual([expected]);
    expect(quarantined.map((q) => q.attemptKey)).toEqual(['attempt-broken']);
    expect(await store.byTrainee('TR-OLD1-OLD1')).toEqual([expected]);
  });

  it('upgrades an empty database of an older version that has no stores yet', async () => {
    (await openDB(DATABASE_NAME, 1)).close();
    const store = await openAttemptStore();
    await store.save(finishedAttempt('attempt-a'));
    expect((await store.load()).attempts.map((a) => a.id)).toEqual(['attempt-a']);
  });

  it('opens a newer database read-only: says so, shows what it can, and neither upgrades nor overwrites it', async () => {
    const newer = { ...finishedAttempt('attempt-new'), schemaVersion: 3, somethingNew: true };
    const db = await openDB(DATABASE_NAME, 3, {
      upgrade: (d) => {
        d.createObjectStore('attempts', { keyPath: 'id' });
        d.createObjectStore('quarantine', { keyPath: 'key', autoIncrement: true });
      },
    });
    await db.put('attempts', newer);
    db.close();

    const store = await openAttemptStore();
    expect(store.access).toBe('read-only');
    expect(store.newerVersion).toBe(3);
    const { attempts, quarantined } = await store.load();
    expect(attempts).toEqual([]);
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ attemptKey: 'attempt-new', record: newer });
    expect(quarantined[0]?.key).toBeUndefined();
    expect(quarantined[0]?.problems[0]).toMatch(/schemaVersion: is 3: saved by a newer version/);
    const refusal = store.save(finishedAttempt('attempt-mine'));
    await expect(refusal).rejects.toBeInstanceOf(AttemptStoreError);
    await expect(refusal).rejects.toMatchObject({ kind: 'read-only' });
    store.close();

    const after = await openDB(DATABASE_NAME);
    expect(after.version).toBe(3);
    expect(await after.getAll('attempts')).toEqual([newer]);
    expect(await after.getAll('quarantine')).toEqual([]);
    after.close();
  });
});
