/**
 * Carrying an unfinished attempt over to a changed version of its scenario, on the storage side: the
 * old record is retired only once the new one is kept.
 */
import { describe, expect, it } from 'vitest';
import type { StoredAttempt } from '../../src/storage/attempt-record.js';
import { retiringOnFirstSave } from '../../src/storage/retiring-save.js';
import { createAttemptHistory } from '../../src/ui/attempts.js';
import { unfinishedAttempt } from './helpers.js';

/** A save whose outcome the test decides, to see what happens before and after it settles. */
function pendingSave(): { save: (attempt: StoredAttempt) => Promise<void>; saved: string[]; settle: (error?: Error) => void } {
  const saved: string[] = [];
  let settle: (error?: Error) => void = () => {};
  return {
    saved,
    save: (attempt) =>
      new Promise<void>((resolve, reject) => {
        saved.push(attempt.id);
        settle = (error) => (error ? reject(error) : resolve());
      }),
    settle: (error) => settle(error),
  };
}

const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('retiring the old record', () => {
  it('discards it only after the new record is saved, and only once', async () => {
    const device = pendingSave();
    const discarded: string[] = [];
    const save = retiringOnFirstSave(device.save, async (id) => void discarded.push(id), 'attempt-old');
    const first = save(unfinishedAttempt('attempt-new'));
    await settled();
    expect(device.saved).toEqual(['attempt-new']);
    expect(discarded).toEqual([]);
    device.settle();
    await first;
    await settled();
    expect(discarded).toEqual(['attempt-old']);
    const second = save(unfinishedAttempt('attempt-new'));
    device.settle();
    await second;
    await settled();
    expect(discarded).toEqual(['attempt-old']);
  });

  it('keeps it while the device refuses the new record, and retires it at the first save that works', async () => {
    const device = pendingSave();
    const discarded: string[] = [];
    const save = retiringOnFirstSave(device.save, async (id) => void discarded.push(id), 'attempt-old');
    const refused = save(unfinishedAttempt('attempt-new'));
    device.settle(new Error('QuotaExceededError'));
    await expect(refused).rejects.toThrow('QuotaExceededError');
    expect(discarded).toEqual([]);
    const kept = save(unfinishedAttempt('attempt-new'));
    device.settle();
    await kept;
    await settled();
    expect(discarded).toEqual(['attempt-old']);
  });

  it('leaves the attempts offered on the title with the new one only', async () => {
    const history = createAttemptHistory({ newId: () => 'attempt-new' });
    await history.save(unfinishedAttempt('attempt-old'));
    const save = retiringOnFirstSave(history.save, history.discard, 'attempt-old');
    expect(history.unfinished().map((a) => a.id)).toEqual(['attempt-old']);
    await save(unfinishedAttempt('attempt-new'));
    await settled();
    expect(history.unfinished().map((a) => a.id)).toEqual(['attempt-new']);
  });
});
