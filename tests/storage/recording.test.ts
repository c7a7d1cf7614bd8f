/**
 * Keeping a running attempt saved: after every pick, every ten simulated seconds while only time
 * passes, in order even on a slow disk, and never in the encounter's way when a save fails.
 */
import { describe, expect, it } from 'vitest';
import type { StoredAttempt } from '../../src/storage/attempt-record.js';
import { recordAttempt } from '../../src/storage/attempt-recorder.js';
import { openAttemptStore } from '../../src/storage/attempt-store.js';
import { createWriteQueue } from '../../src/storage/write-queue.js';
import { facts, newSession, play, TO_THE_END, useFreshIndexedDb } from './helpers.js';

useFreshIndexedDb();

function recorded(mode: 'learn' | 'assess' = 'learn', fail?: Error) {
  const session = newSession(7, mode);
  const saves: StoredAttempt[] = [];
  const outcomes: unknown[] = [];
  const recorder = recordAttempt({
    session,
    facts: facts('attempt-r'),
    save: async (attempt) => {
      saves.push(attempt);
      if (fail) throw fail;
    },
    onSaved: (error) => outcomes.push(error),
  });
  return { session, saves, outcomes, recorder };
}

describe('recording an attempt', () => {
  it("saves after every pick, with where each pick's lines start", () => {
    const { session, saves } = recorded();
    session.choose(2);
    session.choose(0);
    expect(saves.map((s) => s.status)).toEqual(['in-progress', 'in-progress']);
    const last = saves[1]!;
    if (last.status !== 'in-progress') throw new Error('not in progress');
    expect(last.picks).toHaveLength(2);
    expect(last.progress.snapshot.picks).toHaveLength(2);
    expect(last.progress.pickLineStarts).toHaveLength(2);
    expect(last.progress.pickLineStarts[1]).toBe(session.transcript().length - session.next().lines.length);
  });

  it('saves while only time passes no more than once per ten simulated seconds', () => {
    const { session, saves } = recorded('assess');
    session.elapse(6);
    expect(saves).toHaveLength(0);
    session.elapse(4);
    expect(saves).toHaveLength(1);
    session.elapse(9);
    expect(saves).toHaveLength(1);
    session.choose(0);
    expect(saves).toHaveLength(2);
  });

  it('saves the finished attempt with its report and scoring context, and stops saving', () => {
    const { session, saves, recorder } = recorded();
    play(session, TO_THE_END);
    const finished = recorder.finish();
    expect(finished).toMatchObject({
      status: 'finished',
      id: 'attempt-r',
      report: session.report(),
      scoring: { kind: 'overdose', final: session.state() },
    });
    expect(saves.at(-1)).toBe(finished);
    session.elapse(60);
    expect(saves.at(-1)).toBe(finished);
  });

  it('reports a failed save and lets the encounter go on', async () => {
    const { session, outcomes } = recorded('learn', new Error('QuotaExceededError'));
    session.choose(2);
    expect(() => session.choose(0)).not.toThrow();
    await Promise.resolve();
    await Promise.resolve();
    expect(outcomes).toHaveLength(2);
    expect(String(outcomes[0])).toMatch(/QuotaExceeded/);
  });
});

describe('a pick is on the device before the recorder says it is saved', () => {
  it('saved() waits for the write of the last pick, and rejects with its refusal', async () => {
    const session = newSession();
    const writes: { attempt: StoredAttempt; finish: (error?: Error) => void }[] = [];
    const recorder = recordAttempt({
      session,
      facts: facts('attempt-r'),
      save: (attempt) => new Promise<void>((resolve, reject) => writes.push({ attempt, finish: (e) => (e ? reject(e) : resolve()) })),
    });
    await expect(recorder.saved()).resolves.toBeUndefined();
    session.choose(2);
    let settled = false;
    const first = recorder.saved().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    writes[0]!.finish();
    await first;
    expect(settled).toBe(true);
    session.choose(0);
    const second = recorder.saved();
    writes[1]!.finish(new Error('QuotaExceededError'));
    await expect(second).rejects.toThrow(/QuotaExceeded/);
  });

  it('once saved() resolves, a new connection to the database reads the pick (fake-indexeddb)', async () => {
    const store = await openAttemptStore();
    const queue = createWriteQueue<StoredAttempt>(
      (a) => a.id,
      (a) => store.save(a),
    );
    const session = newSession();
    const recorder = recordAttempt({ session, facts: facts('attempt-r'), save: (a) => queue.enqueue(a) });
    session.choose(2);
    session.choose(0);
    session.choose(1);
    await recorder.saved();
    const other = await openAttemptStore();
    const [kept] = await other.unfinished();
    expect(kept?.picks.map((p) => p.index)).toEqual([2, 0, 1]);
    other.close();
    store.close();
  });
});

describe('the write queue', () => {
  it('writes one at a time in order, and a newer save of the same attempt replaces one still waiting', async () => {
    const written: string[] = [];
    let release: (() => void) | undefined;
    const queue = createWriteQueue<{ id: string; v: number }>(
      (item) => item.id,
      async (item) => {
        written.push(`${item.id}@${item.v}`);
        if (item.v === 1) await new Promise<void>((resolve) => (release = resolve));
      },
    );
    const first = queue.enqueue({ id: 'a', v: 1 });
    const second = queue.enqueue({ id: 'a', v: 2 });
    const other = queue.enqueue({ id: 'b', v: 1.5 });
    const third = queue.enqueue({ id: 'a', v: 3 });
    expect(written).toEqual(['a@1']);
    release?.();
    await Promise.all([first, second, other, third]);
    expect(written).toEqual(['a@1', 'a@3', 'b@1.5']);
    await queue.idle();
  });

  it('rejects the promise of a write that failed, and goes on with the next', async () => {
    const queue = createWriteQueue<string>(
      (item) => item,
      async (item) => {
        if (item === 'bad') throw new Error('disk full');
      },
    );
    const bad = queue.enqueue('bad');
    const good = queue.enqueue('good');
    await expect(bad).rejects.toThrow('disk full');
    await expect(good).resolves.toBeUndefined();
  });
});
