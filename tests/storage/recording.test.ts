/**
 * Keeping a running attempt saved: after every pick, every ten simulated seconds while only time
 * passes, in order even on a slow disk, and never in the encounter's way when a save fails.
 */
import { describe, expect, it } from 'vitest';
import type { StoredAttempt } from '../../src/storage/attempt-record.js';
import { recordAttempt } from '../../src/storage/attempt-recorder.js';
import { createWriteQueue } from '../../src/storage/write-queue.js';
import { facts, newSession, play, TO_THE_END } from './helpers.js';

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
