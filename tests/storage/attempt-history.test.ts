/**
 * The screens' view of the device's attempts (src/ui/attempts.ts): memory first, the device in the
 * background, and nothing lost when the device is slow, refuses, or is not there at all.
 */
import { describe, expect, it, vi } from 'vitest';
import { openAttemptStore } from '../../src/storage/attempt-store.js';
import { createAttemptHistory, saveProblemText } from '../../src/ui/attempts.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { AttemptStoreError } from '../../src/storage/attempt-store.js';
import { finishedAttempt, unfinishedAttempt, useFreshIndexedDb } from './helpers.js';

useFreshIndexedDb();

describe('the attempt history on a device', () => {
  it('loads what the device holds, and writes every save through to it', async () => {
    const first = await openAttemptStore();
    await first.save(finishedAttempt('attempt-a'));
    await first.save(unfinishedAttempt('attempt-bb'));
    first.close();

    const persist = vi.fn(async () => 'persisted' as const);
    const history = createAttemptHistory({ store: openAttemptStore(), requestPersistence: persist });
    expect(history.storage()).toEqual({ kind: 'loading' });
    await history.loaded;
    expect(history.storage()).toEqual({ kind: 'device' });
    expect(history.list().map((a) => a.id)).toEqual(['attempt-a']);
    expect(history.unfinished().map((a) => a.id)).toEqual(['attempt-bb']);

    await history.save(finishedAttempt('attempt-bb'));
    expect(history.unfinished()).toEqual([]);
    await history.save(finishedAttempt('attempt-ccc'));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(history.persistence()).toBe('persisted');

    const device = await openAttemptStore();
    expect((await device.load()).attempts.map((a) => [a.id, a.status])).toEqual([
      ['attempt-a', 'finished'],
      ['attempt-bb', 'finished'],
      ['attempt-ccc', 'finished'],
    ]);
  });

  it('keeps a save made while the device is still being read, and it wins over the older copy', async () => {
    const first = await openAttemptStore();
    await first.save(unfinishedAttempt('attempt-bb', [2]));
    first.close();
    const history = createAttemptHistory({ store: openAttemptStore() });
    const newer = unfinishedAttempt('attempt-bb', [2, 0, 1]);
    const saved = history.save(newer);
    await history.loaded;
    await saved;
    expect(history.unfinished()).toEqual([newer]);
    expect(await (await openAttemptStore()).get('attempt-bb')).toEqual(newer);
  });

  it('discards an unfinished attempt from memory at once and from the device in turn', async () => {
    const history = createAttemptHistory({ store: openAttemptStore() });
    await history.save(unfinishedAttempt('attempt-bb'));
    const changes = vi.fn();
    history.subscribe(changes);
    const gone = history.discard('attempt-bb');
    expect(history.unfinished()).toEqual([]);
    expect(changes).toHaveBeenCalled();
    await gone;
    expect(await (await openAttemptStore()).get('attempt-bb')).toBeUndefined();
  });

  it('works in memory when the device cannot store anything, and says why each save did not reach it', async () => {
    const history = createAttemptHistory({ store: Promise.reject(new Error('IndexedDB is disabled')) });
    await history.loaded;
    expect(history.storage()).toEqual({ kind: 'memory', reason: 'IndexedDB is disabled' });
    const attempt = finishedAttempt('attempt-a');
    const save = history.save(attempt);
    expect(history.get('attempt-a')).toEqual(attempt);
    await expect(save).rejects.toMatchObject({ kind: 'closed' });
    const t = createTranslator('en');
    expect(saveProblemText(await save.catch((e: unknown) => e), t)).toMatch(/kept only while this page stays open/);
    expect(saveProblemText(new AttemptStoreError('write-failed', 'QuotaExceededError'), t)).toMatch(/QuotaExceededError.*goes on/);
  });
});

describe('an unfinished attempt that would not restore', () => {
  it('is set aside: gone from the attempts to resume, listed with the records set aside, on the device too; the others stay', async () => {
    const first = await openAttemptStore();
    await first.save(unfinishedAttempt('attempt-bad'));
    await first.save(unfinishedAttempt('attempt-good'));
    first.close();

    const history = createAttemptHistory({ store: openAttemptStore() });
    await history.loaded;
    const record = await history.setAside('attempt-bad', 'ink save format incorrect');
    expect(record).toMatchObject({ attemptKey: 'attempt-bad', problems: [expect.stringMatching(/could not be resumed: ink save format/)] });
    expect(history.unfinished().map((a) => a.id)).toEqual(['attempt-good']);
    expect(history.quarantined()).toEqual([record]);

    const device = await openAttemptStore();
    const reread = await device.load();
    expect(reread.attempts.map((a) => a.id)).toEqual(['attempt-good']);
    expect(reread.quarantined.map((q) => q.attemptKey)).toEqual(['attempt-bad']);
  });

  it('kept in memory only: it is no longer offered in this page, and nothing is claimed to be set aside', async () => {
    const history = createAttemptHistory();
    await history.save(unfinishedAttempt('attempt-bad'));
    expect(await history.setAside('attempt-bad', 'ink save format incorrect')).toBeUndefined();
    expect(history.unfinished()).toEqual([]);
    expect(history.quarantined()).toEqual([]);
  });
});
