/**
 * Resume that cannot fail twice: an unfinished attempt that passes validation but will not restore
 * is set aside in quarantine on the first failed resume, exactly as a record that fails validation
 * is, and the others stay (fake-indexeddb).
 */
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { UnfinishedAttempt } from '../../src/storage/attempt-record.js';
import { AttemptStoreError, openAttemptStore } from '../../src/storage/attempt-store.js';
import { resumeOrSetAside } from '../../src/play/resume-or-set-aside.js';
import { DATABASE_NAME } from '../../src/storage/schema.js';
import { readAttempt } from '../../src/storage/validate-attempt.js';
import { finishedAttempt, hub, unfinishedAttempt, useFreshIndexedDb } from './helpers.js';

useFreshIndexedDb();

type Snapshot = UnfinishedAttempt['progress']['snapshot'];

function withSnapshot(attempt: UnfinishedAttempt, change: Partial<Record<keyof Snapshot, unknown>>): UnfinishedAttempt {
  return { ...attempt, progress: { ...attempt.progress, snapshot: { ...attempt.progress.snapshot, ...change } } } as UnfinishedAttempt;
}

/** Hand-made corruptions that pass validation, each with what the engine says of it. */
const CORRUPTIONS: [string, (snapshot: Snapshot) => Partial<Record<keyof Snapshot, unknown>>, RegExp][] = [
  ['an Ink state inkjs refuses', () => ({ ink: '{}' }), /ink save format incorrect/],
  ['an encounter snapshot XState cannot restore', () => ({ encounter: { status: 'active' } }), /the saved encounter does not restore/],
  [
    'an encounter snapshot missing what the engine reads',
    (snapshot) => ({ encounter: { ...(snapshot.encounter as object), context: undefined } }),
    /Cannot read properties of undefined/,
  ],
];

describe('an unfinished attempt that passes validation but will not restore', () => {
  it.each(CORRUPTIONS)(
    '%s: set aside on the first failed resume, with its record as stored; the others stay',
    async (_name, change, reason) => {
      const store = await openAttemptStore();
      const done = finishedAttempt('attempt-a');
      const good = unfinishedAttempt('attempt-bb', [2, 0]);
      const source = unfinishedAttempt('attempt-ccc');
      const corrupt = JSON.parse(JSON.stringify(withSnapshot(source, change(source.progress.snapshot)))) as UnfinishedAttempt;
      expect(readAttempt(corrupt).ok).toBe(true);
      for (const attempt of [done, good, corrupt]) await store.save(attempt);

      const outcome = await resumeOrSetAside(corrupt, hub, (id, why) => store.quarantine(id, why));
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.reason).toMatch(reason);
      expect(outcome).not.toHaveProperty('narration');
      expect(outcome.setAside).toEqual({
        key: expect.any(Number),
        attemptKey: 'attempt-ccc',
        quarantinedAt: expect.any(String),
        problems: [expect.stringMatching(new RegExp(`^\\(resume\\): could not be resumed: .*${reason.source}`))],
        record: JSON.parse(JSON.stringify(corrupt)),
      });

      // Reopened: it is listed among the records set aside, never again among those to resume.
      store.close();
      const again = await openAttemptStore();
      const { attempts, quarantined } = await again.load();
      expect(attempts.map((a) => a.id)).toEqual(['attempt-a', 'attempt-bb'].sort((a, b) => (a < b ? -1 : 1)));
      expect((await again.unfinished()).map((a) => a.id)).toEqual(['attempt-bb']);
      expect(quarantined).toEqual([outcome.setAside]);
    },
  );

  it('a good attempt resumes, and only then hears its narration so far', async () => {
    const store = await openAttemptStore();
    const good = unfinishedAttempt('attempt-bb', [2, 0]);
    await store.save(good);
    const outcome = await resumeOrSetAside(good, hub, (id, why) => store.quarantine(id, why));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.session.picks()).toEqual(good.picks);
    expect(outcome.narration.flatMap((batch) => batch.lines).map((l) => l.text)).toEqual(
      good.progress.snapshot.transcript.map((l) => l.text),
    );
    expect(await store.quarantined()).toEqual([]);
  });

  it('when the device cannot move it, says so and leaves it where it is', async () => {
    const store = await openAttemptStore();
    const corrupt = withSnapshot(unfinishedAttempt('attempt-ccc'), { ink: '{}' });

    await store.save(corrupt);
    const outcome = await resumeOrSetAside(corrupt, hub, () => Promise.reject(new AttemptStoreError('read-only', 'newer')));
    expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(/ink save format incorrect/) });
    expect((await store.unfinished()).map((a) => a.id)).toEqual(['attempt-ccc']);
  });
});

describe('setting an attempt aside', () => {
  it('never touches a finished attempt, and finds nothing to do for one that is gone', async () => {
    const store = await openAttemptStore();
    const done = finishedAttempt('attempt-a');
    await store.save(done);
    await expect(store.quarantine('attempt-a', 'no reason')).rejects.toMatchObject({ kind: 'not-unfinished' });
    await expect(store.quarantine('attempt-gone', 'no reason')).resolves.toBeUndefined();
    expect((await store.load()).attempts).toEqual([done]);
    const db = await openDB(DATABASE_NAME);
    expect(await db.getAll('quarantine')).toEqual([]);
    db.close();
  });

  it('refuses the scenario of another version: that attempt is for continuing on it, not a failure', async () => {
    const store = await openAttemptStore();
    const good = unfinishedAttempt('attempt-bb', [2, 0]);
    await store.save(good);
    const changed = { ...hub, manifest: { ...hub.manifest, version: 2 } };
    await expect(resumeOrSetAside(good, changed, (id, why) => store.quarantine(id, why))).rejects.toThrow(RangeError);
    expect((await store.unfinished()).map((a) => a.id)).toEqual(['attempt-bb']);
  });
});
