/**
 * An instructor's inject or note is part of the attempt from the moment it is made: saved even
 * before the class's first pick in learn mode, where the clock stands still and nothing else saves.
 */
import { describe, expect, it } from 'vitest';
import type { StoredAttempt } from '../../src/storage/attempt-record.js';
import { recordAttempt } from '../../src/storage/attempt-recorder.js';
import { openSession } from '../../src/play/open-session.js';
import { planFromAttempt } from '../../src/play/start.js';
import { profile } from '../helpers/fixtures.js';
import { readAttempt } from '../../src/storage/validate-attempt.js';
import { apartmentSession, shipped } from './helpers.js';

const facts = { id: 'attempt-class', traineeCode: 'CLASS-1', timeFactor: 1, startedAt: '2025-03-01T10:00:00.000Z' };

function recorded() {
  const session = apartmentSession('learn');
  const saves: StoredAttempt[] = [];
  const recorder = recordAttempt({ session, facts, save: async (attempt) => void saves.push(attempt) });
  return { session, saves, recorder };
}

describe('saving what the instructor adds', () => {
  it('saves an inject made before the first pick, and the attempt resumes with it', () => {
    const { session, saves } = recorded();
    expect(session.picks()).toHaveLength(0);
    expect(session.state().elapsedSeconds).toBe(0);
    session.inject('caller_left', {}, 'He grabs his jacket');
    expect(saves).toHaveLength(1);
    const [saved] = saves;
    expect(saved).toMatchObject({
      status: 'in-progress',
      picks: [],
      instructorInputs: [{ kind: 'inject', event: 'caller_left', note: 'He grabs his jacket', afterPick: 0 }],
    });
    const read = readAttempt(structuredClone(saved));
    expect(read.ok).toBe(true);
    if (!read.ok || read.attempt.status !== 'in-progress') throw new Error('not a readable unfinished attempt');
    const { session: resumed } = openSession(
      planFromAttempt(read.attempt, { kind: 'restore' }, 1),
      shipped('overdose-apartment'),
      profile(),
    );
    expect(resumed.instructorInputs()).toEqual(session.instructorInputs());
    expect(resumed.state().callerPresent).toBe(false);
  });

  it('saves each further note once, and saves on leaving the page once there is one', () => {
    const { session, saves, recorder } = recorded();
    recorder.saveProgress();
    expect(saves).toHaveLength(0);
    session.note('Asked who they would call first');
    session.note('Discussed the warrant');
    expect(saves.map((s) => s.instructorInputs?.length)).toEqual([1, 2]);
    recorder.saveProgress();
    expect(saves).toHaveLength(3);
    session.choose(0);
    expect(saves).toHaveLength(4);
  });
});
