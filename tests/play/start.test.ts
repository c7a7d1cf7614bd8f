/**
 * How an encounter starts: the one plan built from a saved attempt (replay, restore, carry over),
 * which starts a saved attempt offers, what each start means for the clock and the attempt's record,
 * and an attempt carried over to its scenario's new version, played again as far as it still applies.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Mode, type ScenarioBundle, type Session } from '../../src/engine/index.js';
import { compileInk } from '../../src/engine/story/compile-ink.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { openSession, recordedPlayOfAttempt } from '../../src/play/open-session.js';
import { attemptFacts, planFromAttempt, startsOffered, startsPaused } from '../../src/play/start.js';
import { scoredSession } from '../../src/protocols/scored-session.js';
import type { UnfinishedAttempt } from '../../src/storage/attempt-record.js';
import { finishedAttemptOf, unfinishedAttemptOf } from '../../src/storage/attempt-recorder.js';
import { carriedOverNote } from '../../src/ui/play-notes.js';
import { fixtureDir, loadFixture, profile } from '../helpers/fixtures.js';

const hub = loadFixture('hub-overdose');
const hubInk = readFileSync(path.join(fixtureDir('hub-overdose'), 'en.ink'), 'utf8');
const en = createTranslator('en');
const es = createTranslator('es');

/** Version 2 of the hub: the same story, or `ink` in its place. */
function version2(ink?: string): ScenarioBundle {
  const manifest = { ...hub.manifest, version: 2 };
  if (ink === undefined) return { ...hub, manifest };
  const compiled = compileInk(ink, 'en.ink');
  if (!compiled.ok) throw new Error('the changed hub does not compile');
  return { manifest, stories: { en: compiled.story } };
}

/** Version 2 without "Wait": a pick of it is no longer offered. */
const withoutWait = (): ScenarioBundle => version2(hubInk.replace('+ [Wait #act:wait]\n  -> beside_patient\n', ''));

const FACTS = { id: 'attempt-old', traineeCode: 'TR-AAAA-BBBB', timeFactor: 1, startedAt: '2025-03-01T10:00:00.000Z' };

function savedAttempt(session: Session): UnfinishedAttempt {
  return unfinishedAttemptOf(
    session,
    FACTS,
    session.picks().map(() => 0),
    '2025-03-01T10:02:00.000Z',
  );
}

function onVersion1(mode: Mode = 'learn'): Session {
  return scoredSession({ scenario: hub, profile: profile(), seed: 3, mode });
}

describe('the plan built from a saved attempt', () => {
  it('keeps its scenario, seed, profile, mode, locale and time factor, whatever the start', () => {
    const attempt = savedAttempt(onVersion1('assess'));
    const common = { scenarioId: 'hub-overdose', seed: 3, profileId: attempt.profileId, mode: 'assess', timeFactor: 1, locale: 'en' };
    expect(planFromAttempt(attempt, { kind: 'restore' }, 2)).toEqual({ ...common, start: { kind: 'restore', attempt } });
    expect(planFromAttempt(attempt, { kind: 'carryOver' }, 2)).toEqual({ ...common, start: { kind: 'carryOver', attempt } });
    // Learn mode records no time factor: the trainee's setting stands in.
    const learn = savedAttempt(onVersion1('learn'));
    expect(planFromAttempt(learn, { kind: 'restore' }, 2).timeFactor).toBe(2);
  });

  it('replays the first picks with the instructor’s inputs that came before them, from a finished attempt too', () => {
    const session = onVersion1();
    session.note('Before any pick');
    session.choose(2);
    session.note('After calling EMS');
    session.choose(3);
    const finished = finishedAttemptOf(session, FACTS, '2025-03-01T10:05:00.000Z');
    const plan = planFromAttempt(finished, { kind: 'replay', picksKept: 1 }, 1);
    expect(plan.start).toEqual({
      kind: 'replay',
      of: 'attempt-old',
      play: { picks: session.picks().slice(0, 1), instructorInputs: session.instructorInputs().slice(0, 1) },
      paused: false,
    });
    expect(planFromAttempt(finished, { kind: 'replay', picksKept: 0 }, 1).start).toMatchObject({
      play: { picks: [], instructorInputs: [] },
    });
  });

  it('offers to restore on the version it was played on, and to carry over to another while the scenario is here', () => {
    const attempt = savedAttempt(onVersion1());
    expect(startsOffered(attempt, 1)).toEqual({ restore: true, carryOver: false });
    expect(startsOffered(attempt, 2)).toEqual({ restore: false, carryOver: true });
    expect(startsOffered(attempt, undefined)).toEqual({ restore: false, carryOver: false });
  });

  it('starts paused when it resumes (restored, carried over, an LMS’s resume), not when it replays to play on', () => {
    const attempt = savedAttempt(onVersion1('assess'));
    expect(startsPaused({ kind: 'fresh' })).toBe(false);
    expect(startsPaused(planFromAttempt(attempt, { kind: 'restore' }, 1).start)).toBe(true);
    expect(startsPaused(planFromAttempt(attempt, { kind: 'carryOver' }, 1).start)).toBe(true);
    expect(startsPaused(planFromAttempt(attempt, { kind: 'replay', picksKept: 1 }, 1).start)).toBe(false);
    expect(startsPaused({ kind: 'replay', of: 'lms', play: { picks: [] }, paused: true })).toBe(true);
  });
});

describe('the record of the attempt a start begins', () => {
  const now = new Date('2025-04-01T09:00:00.000Z');
  const newId = (): string => 'attempt-new';

  it('gives a fresh or replayed attempt a new id under the current trainee code, naming what it replays', () => {
    const attempt = savedAttempt(onVersion1('assess'));
    const fresh = { ...planFromAttempt(attempt, { kind: 'restore' }, 2), start: { kind: 'fresh' } as const };
    expect(attemptFacts(fresh, 0, 'TR-NOW', newId, now)).toEqual({
      id: 'attempt-new',
      traineeCode: 'TR-NOW',
      timeFactor: 1,
      startedAt: now.toISOString(),
    });
    const replay = planFromAttempt(attempt, { kind: 'replay', picksKept: 0 }, 2);
    expect(attemptFacts(replay, 0, 'TR-NOW', newId, now).replayOf).toEqual({ attemptId: 'attempt-old', picksKept: 0 });
  });

  it('keeps a restored attempt’s id, trainee code and start', () => {
    const attempt = savedAttempt(onVersion1('assess'));
    expect(attemptFacts(planFromAttempt(attempt, { kind: 'restore' }, 1), 0, 'TR-NOW', newId, now)).toEqual({
      id: 'attempt-old',
      traineeCode: 'TR-AAAA-BBBB',
      timeFactor: 1,
      startedAt: '2025-03-01T10:00:00.000Z',
    });
  });

  it('saves an attempt carried over as a new attempt of the same trainee, naming the old one and the picks kept', () => {
    const attempt = savedAttempt(onVersion1('assess'));
    expect(attemptFacts(planFromAttempt(attempt, { kind: 'carryOver' }, 1.5), 2, 'TR-NOW', newId, now)).toEqual({
      id: 'attempt-new',
      traineeCode: 'TR-AAAA-BBBB',
      timeFactor: 1,
      startedAt: '2025-04-01T09:00:00.000Z',
      replayOf: { attemptId: 'attempt-old', picksKept: 2 },
    });
  });
});

describe('carrying an attempt over to a new version', () => {
  it('plays every pick and instructor input again when the new version still offers them, and the clock where it stood', () => {
    const before = onVersion1('assess');
    before.note('Class: watch his breathing');
    before.choose(2); // Call EMS
    before.inject('ems_delayed', { minutes: 4 }, 'Medics are stuck in traffic');
    before.choose(3, { vote: { 3: 5, 0: 2 } }); // Wait, by a class's vote
    before.choose(2); // Reassure the caller
    before.note('Good reassurance');
    before.elapse(20);
    const attempt = savedAttempt(before);
    const { session, narration, replay } = openSession(planFromAttempt(attempt, { kind: 'carryOver' }, 1), version2(), profile());

    expect(replay).toEqual({ replayed: 3, inputsReplayed: 3, notReplayed: { picks: 0, inputs: 0 } });
    expect(narration.map((b) => b.pickText)).toEqual([undefined, 'Call EMS', 'Wait', 'Tell his friend he is not in trouble for calling']);
    expect(session.manifest.version).toBe(2);
    expect(session.picks()).toEqual(before.picks());
    expect(session.instructorInputs()).toEqual(before.instructorInputs());
    expect(session.state()).toEqual(before.state());
    expect(session.report().log).toEqual(before.report().log);
    expect(carriedOverNote(replay!, attempt.picks.length, en)).toBe(
      'This scenario has changed since the attempt was saved. Your 3 picks were played again on the new version: carry on from here.',
    );
  });

  it('stops at the first pick the new version no longer offers, keeping what came before it', () => {
    const before = onVersion1();
    before.note('Before any pick');
    before.choose(2); // Call EMS
    before.note('After calling EMS');
    before.choose(3); // Wait
    before.note('After waiting');
    before.choose(0);
    const attempt = savedAttempt(before);
    const { session, replay } = openSession(planFromAttempt(attempt, { kind: 'carryOver' }, 1), withoutWait(), profile());

    expect(replay).toMatchObject({ replayed: 1, inputsReplayed: 2, notReplayed: { picks: 2, inputs: 1 } });
    expect(session.picks().map((p) => p.text)).toEqual(['Call EMS']);
    // The note given before the lost pick still happened; the one after it did not.
    expect(session.instructorInputs().map((input) => (input.kind === 'note' ? input.text : input.event))).toEqual([
      'Before any pick',
      'After calling EMS',
    ]);
    expect(session.next().choices.map((c) => c.text)).not.toContain('Wait');
    expect(carriedOverNote(replay!, attempt.picks.length, en)).toBe(
      'This scenario has changed since the attempt was saved. The first of your 3 picks was played again on the new version, but “Wait” is no longer offered, so the story carries on from there.',
    );
  });

  it('plays again the attempt’s picks, its instructor inputs and the time that had passed', () => {
    const session = onVersion1('assess');
    session.note('Watch the door');
    session.choose(2);
    session.choose(0);
    session.elapse(30);
    const played = recordedPlayOfAttempt(savedAttempt(session));
    expect(played.picks.map((p) => p.index)).toEqual([2, 0]);
    expect(played.instructorInputs).toEqual([expect.objectContaining({ kind: 'note', text: 'Watch the door', afterPick: 0 })]);
    expect(played.elapsedSeconds).toBe(session.state().elapsedSeconds);
  });

  it('says so when no pick could be kept, or there was none to keep, in English and in Spanish', () => {
    const lost = { index: 4, at: 0, text: ' Wait ', actions: [] };
    expect(carriedOverNote({ replayed: 0, lost }, 2, en)).toBe(
      'This scenario has changed since the attempt was saved. None of your picks could be played again: “Wait” is no longer offered, so the story starts again on the new version.',
    );
    expect(carriedOverNote({ replayed: 2, lost }, 5, en)).toContain('The first 2 of your 5 picks were played again');
    expect(carriedOverNote({ replayed: 0 }, 0, en)).toBe(
      'This scenario has changed since the attempt was saved: the story starts again on the new version.',
    );
    expect(carriedOverNote({ replayed: 1 }, 1, en)).toContain('Your pick was played again');
    expect(carriedOverNote({ replayed: 2, lost }, 5, es)).toContain(
      'Se repitieron las primeras 2 de sus 5 decisiones con la nueva versión, pero «Wait» ya no se ofrece',
    );
    expect(carriedOverNote({ replayed: 3 }, 3, es)).toContain('Sus 3 decisiones se repitieron con la nueva versión');
  });
});
