/**
 * Carrying an unfinished attempt on to a changed version of its scenario, on the storage side: when
 * it is offered, what is played again, the new record's facts, and the old record retired only once
 * the new one is kept.
 */
import { describe, expect, it } from 'vitest';
import type { StoredAttempt } from '../../src/storage/attempt-record.js';
import {
  canContinueOnNewVersion,
  canResumeOn,
  continuationFacts,
  earlierPlayOf,
  retiringOnFirstSave,
} from '../../src/storage/resume-attempt.js';
import { unfinishedAttemptOf } from '../../src/storage/attempt-recorder.js';
import { createAttemptHistory } from '../../src/ui/attempts.js';
import { facts, newSession, play, unfinishedAttempt } from './helpers.js';

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

describe('an unfinished attempt on a changed version', () => {
  it('is offered to continue only when the scenario is still here in another version', () => {
    const attempt = unfinishedAttempt('attempt-a');
    expect(attempt.scenario.version).toBe(1);
    expect(canContinueOnNewVersion(attempt, 2)).toBe(true);
    expect(canResumeOn(attempt, 2)).toBe(false);
    expect(canContinueOnNewVersion(attempt, 1)).toBe(false);
    expect(canResumeOn(attempt, 1)).toBe(true);
    expect(canContinueOnNewVersion(attempt, undefined)).toBe(false);
  });

  it('plays again its picks, its instructor inputs and the time that had passed', () => {
    const session = newSession(7, 'assess');
    session.note('Watch the door');
    play(session, [2, 0]);
    session.elapse(30);
    const attempt = unfinishedAttemptOf(session, facts('attempt-b'), [0, 0], '2025-03-01T10:02:00.000Z');
    const earlier = earlierPlayOf(attempt);
    expect(earlier.picks.map((p) => p.index)).toEqual([2, 0]);
    expect(earlier.instructorInputs).toEqual([expect.objectContaining({ kind: 'note', text: 'Watch the door', afterPick: 0 })]);
    expect(earlier.elapsedSeconds).toBe(session.state().elapsedSeconds);
    expect(earlierPlayOf(unfinishedAttempt('attempt-c')).instructorInputs).toEqual([]);
  });

  it('is saved as a new attempt of the same trainee that names the old one and the picks kept', () => {
    const attempt = unfinishedAttempt('attempt-old', [2, 0, 1], 'TR-CCCC-DDDD');
    const now = new Date('2025-04-01T09:00:00.000Z');
    expect(continuationFacts(attempt, 2, () => 'attempt-new', 1.5, now)).toEqual({
      id: 'attempt-new',
      traineeCode: 'TR-CCCC-DDDD',
      timeFactor: 1.5,
      startedAt: '2025-04-01T09:00:00.000Z',
      replayOf: { attemptId: 'attempt-old', picksKept: 2 },
    });
  });
});

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
