/**
 * An unfinished attempt carried on to today's version of its scenario: its picks and its instructor's
 * inputs played again as far as the new version still offers them, the note that says how far, and
 * the plan the title's "Continue on the new version" starts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Mode, type ScenarioBundle, type Session } from '../../src/engine/index.js';
import { compileInk } from '../../src/engine/story/compile-ink.js';
import { createTranslator } from '../../src/i18n/translator.js';
import type { UnfinishedAttempt } from '../../src/storage/attempt-record.js';
import { unfinishedAttemptOf } from '../../src/storage/attempt-recorder.js';
import { continuationPlan, continuedNote, continueOnNewVersion } from '../../src/ui/continue-on-new-version.js';
import { fixtureDir, loadFixture, profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

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

function savedAttempt(session: Session): UnfinishedAttempt {
  const facts = { id: 'attempt-old', traineeCode: 'TR-AAAA-BBBB', timeFactor: 1, startedAt: '2025-03-01T10:00:00.000Z' };
  return unfinishedAttemptOf(
    session,
    facts,
    session.picks().map(() => 0),
    '2025-03-01T10:02:00.000Z',
  );
}

function onVersion1(mode: Mode = 'learn'): Session {
  return scoredSession({ scenario: hub, profile: profile(), seed: 3, mode });
}

describe('continuing an attempt on a new version', () => {
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
    const plan = continuationPlan(attempt, 1);
    const batches: (string | undefined)[] = [];
    const continuation = continueOnNewVersion(attempt, plan, version2(), profile(), en);
    const session = continuation.start((_lines, pickText) => batches.push(pickText));

    expect(continuation.picksKept).toBe(3);
    expect(batches).toEqual([undefined, 'Call EMS', 'Wait', 'Tell his friend he is not in trouble for calling']);
    expect(session.manifest.version).toBe(2);
    expect(session.picks()).toEqual(before.picks());
    expect(session.instructorInputs()).toEqual(before.instructorInputs());
    expect(session.state()).toEqual(before.state());
    expect(session.report().log).toEqual(before.report().log);
    expect(continuation.note).toBe(
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
    const continuation = continueOnNewVersion(attempt, continuationPlan(attempt, 1), withoutWait(), profile(), en);
    const session = continuation.start();

    expect(continuation.picksKept).toBe(1);
    expect(session.picks().map((p) => p.text)).toEqual(['Call EMS']);
    // The note given before the lost pick still happened; the one after it did not.
    expect(session.instructorInputs().map((input) => (input.kind === 'note' ? input.text : input.event))).toEqual([
      'Before any pick',
      'After calling EMS',
    ]);
    expect(session.next().choices.map((c) => c.text)).not.toContain('Wait');
    expect(continuation.note).toBe(
      'This scenario has changed since the attempt was saved. The first of your 3 picks was played again on the new version, but “Wait” is no longer offered, so the story carries on from there.',
    );
  });

  it('says so when no pick could be kept, or there was none to keep, in English and in Spanish', () => {
    const lost = { index: 4, at: 0, text: ' Wait ', actions: [] };
    expect(continuedNote({ replayed: 0, lost }, 2, en)).toBe(
      'This scenario has changed since the attempt was saved. None of your picks could be played again: “Wait” is no longer offered, so the story starts again on the new version.',
    );
    expect(continuedNote({ replayed: 2, lost }, 5, en)).toContain('The first 2 of your 5 picks were played again');
    expect(continuedNote({ replayed: 0 }, 0, en)).toBe(
      'This scenario has changed since the attempt was saved: the story starts again on the new version.',
    );
    expect(continuedNote({ replayed: 1 }, 1, en)).toContain('Your pick was played again');
    expect(continuedNote({ replayed: 2, lost }, 5, es)).toContain(
      'Se repitieron las primeras 2 de sus 5 decisiones con la nueva versión, pero «Wait» ya no se ofrece',
    );
    expect(continuedNote({ replayed: 3 }, 3, es)).toContain('Sus 3 decisiones se repitieron con la nueva versión');
  });

  it('is planned with the attempt’s scenario, seed, profile, mode and locale, paused in assess mode as a resume is', () => {
    const attempt = savedAttempt(onVersion1('assess'));
    expect(continuationPlan(attempt, 2)).toEqual({
      scenarioId: 'hub-overdose',
      seed: 3,
      profileId: attempt.profileId,
      mode: 'assess',
      timeFactor: 2,
      locale: 'en',
      startPaused: true,
      continueOnNewVersion: { attempt },
    });
  });
});
