/**
 * The play controller's rules, in Node on the simulated clock: assess mode's clock and its pause,
 * a class held and a class vote, live reload, resuming a saved attempt, carrying one over, the end.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioBundle } from '../../src/engine/index.js';
import { compileInk } from '../../src/engine/story/compile-ink.js';
import { planFromAttempt } from '../../src/play/start.js';
import { unfinishedAttemptOf } from '../../src/storage/attempt-recorder.js';
import { fixtureDir } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';
import { choiceWith, fakeClass, hub, planFor, settled, startTestPlay, waitReal } from './helpers.js';
import { profile } from '../helpers/fixtures.js';

const hubInk = readFileSync(path.join(fixtureDir('hub-overdose'), 'en.ink'), 'utf8');

function hubWith(ink: string, version = 1): ScenarioBundle {
  const compiled = compileInk(ink, 'en.ink');
  if (!compiled.ok) throw new Error('the changed hub does not compile');
  return { manifest: { ...hub.manifest, version }, stories: { en: compiled.story } };
}

describe('assess mode’s clock', () => {
  it('turns real seconds into whole simulated seconds at the plan’s factor, carrying the rest', async () => {
    const { play, source } = await startTestPlay(planFor('assess', { kind: 'fresh' }, 2));
    expect(play.view().clock).toBe('running');
    source.advance(0.25);
    source.advance(0.25);
    source.advance(0.3);
    expect(play.view().step?.state.elapsedSeconds).toBe(1);
    source.advance(1);
    expect(play.view().step?.state.elapsedSeconds).toBe(3);
  });

  it('stops while paused, takes no pick then, and starts again on resume', async () => {
    const { play, source } = await startTestPlay(planFor('assess'));
    waitReal(source, 2);
    play.send({ type: 'pause' });
    expect(play.view()).toMatchObject({ clock: 'paused', canPick: false });
    expect(source.running).toBe(0);
    waitReal(source, 60);
    play.send({ type: 'pick', index: 0 });
    expect(play.view().step?.state.elapsedSeconds).toBe(2);
    expect(play.view().session?.picks()).toEqual([]);

    play.send({ type: 'resume' });
    waitReal(source, 3);
    expect(play.view().step?.state.elapsedSeconds).toBe(5);
    play.send({ type: 'pick', index: 0 });
    expect(
      play
        .view()
        .session?.picks()
        .map((p) => p.index),
    ).toEqual([0]);
  });

  it('costs the patient: the officer who hesitates finds him worse than one who acts at once', async () => {
    const prompt = await startTestPlay(planFor('assess', { kind: 'fresh' }, 2));
    const hesitant = await startTestPlay(planFor('assess', { kind: 'fresh' }, 2));
    prompt.play.send({ type: 'pause' });
    waitReal(hesitant.source, 150);
    for (const { play } of [prompt, hesitant]) {
      play.send({ type: 'resume' });
      play.send({ type: 'pick', index: choiceWith(play.view(), 'call_ems') });
      play.send({ type: 'pause' });
    }
    expect(hesitant.view().step?.state.oxygenDebtSeconds).toBeGreaterThan((prompt.view().step?.state.oxygenDebtSeconds ?? 0) + 100);
  });

  it('stops and saves the attempt when the page is hidden', async () => {
    const { play, source, saved } = await startTestPlay(planFor('assess'));
    play.send({ type: 'pick', index: 0 });
    const saves = saved.length;
    play.send({ type: 'hide' });
    expect(play.view().clock).toBe('paused');
    expect(saved.length).toBe(saves + 1);
    waitReal(source, 30);
    expect(saved.at(-1)?.status).toBe('in-progress');
  });

  it('has no clock in learn mode: time passes only with the picks', async () => {
    const { play, source } = await startTestPlay(planFor('learn'));
    expect(play.view().clock).toBe('off');
    waitReal(source, 60);
    expect(play.view().step?.state.elapsedSeconds).toBe(0);
    expect(source.running).toBe(0);
  });
});

describe('a class run from the console', () => {
  it('holds a learn-mode class while the instructor pauses, and lets it go on resume or when the console closes', async () => {
    const link = fakeClass();
    const { play } = await startTestPlay(planFor('learn'), { link });
    const followed = link.followed[0]!;
    expect(followed.title).toBe('The hub');
    link.steer({ type: 'pause' });
    expect(play.view()).toMatchObject({ held: true, canPick: false, clock: 'off' });
    expect(followed.flags()).toEqual({ paused: true, voteOpen: false, ended: false });
    play.send({ type: 'pick', index: 0 });
    expect(play.view().session?.picks()).toEqual([]);
    link.steer({ type: 'resume' });
    expect(play.view().held).toBe(false);
    link.steer({ type: 'pause' });
    link.steer({ type: 'left' });
    expect(play.view()).toMatchObject({ held: false, canPick: true });
    expect(link.changes).toBeGreaterThan(0);
  });

  it('pauses an assess-mode clock, which only the instructor or the trainee’s Resume starts again', async () => {
    const link = fakeClass();
    const { play, source } = await startTestPlay(planFor('assess'), { link });
    link.steer({ type: 'pause' });
    expect(play.view()).toMatchObject({ clock: 'paused', held: false });
    waitReal(source, 10);
    // The console closing lifts a vote, not a pause: the trainee has a Resume button of their own.
    link.steer({ type: 'left' });
    expect(play.view().clock).toBe('paused');
    link.steer({ type: 'resume' });
    expect(play.view().clock).toBe('running');
    expect(play.view().step?.state.elapsedSeconds).toBe(0);
  });

  it('takes a class vote: the trainees’ picks wait, the instructor records the class’s pick with its tally', async () => {
    const link = fakeClass();
    const { play } = await startTestPlay(planFor('learn'), { link });
    link.steer({ type: 'open vote' });
    expect(play.view()).toMatchObject({ voting: true, canPick: false });
    expect(link.followed[0]!.flags().voteOpen).toBe(true);
    play.send({ type: 'pick', index: 0 });
    expect(play.view().session?.picks()).toEqual([]);

    // Paused, even the class's pick waits.
    link.steer({ type: 'pause' });
    link.steer({ type: 'pick', index: 2, vote: { 2: 9, 0: 3 } });
    expect(play.view().session?.picks()).toEqual([]);
    link.steer({ type: 'resume' });
    expect(play.view().voting).toBe(true);

    link.steer({ type: 'pick', index: 2, vote: { 2: 9, 0: 3 } });
    expect(play.view().session?.picks()).toEqual([expect.objectContaining({ index: 2, vote: { 2: 9, 0: 3 } })]);
    expect(play.view()).toMatchObject({ voting: false, canPick: true });
    expect(play.view().told.at(-1)).toMatchObject({ kind: 'batch', pickText: 'Call EMS' });
  });

  it('closes a vote when the console closes, and records injects and notes in the session and the narration', async () => {
    const link = fakeClass();
    const { play, saved } = await startTestPlay(planFor('learn'), { link });
    link.steer({ type: 'open vote' });
    link.steer({ type: 'left' });
    expect(play.view().voting).toBe(false);
    link.steer({ type: 'inject', event: 'caller_left', params: {}, note: 'He grabs his jacket' });
    link.steer({ type: 'note', text: 'Ask why the caller might leave' });
    expect(
      play
        .view()
        .session?.instructorInputs()
        .map((i) => i.kind),
    ).toEqual(['inject', 'note']);
    expect(play.view().step?.state.callerPresent).toBe(false);
    expect(play.view().told.at(-1)).toEqual({
      kind: 'note',
      note: { kind: 'instructor', event: 'caller_left', params: {}, note: 'He grabs his jacket' },
    });
    // An inject is part of the attempt even before the first pick.
    expect(saved.at(-1)?.instructorInputs).toHaveLength(2);
  });

  it('stops following the class when the play is left', async () => {
    const link = fakeClass();
    const { play } = await startTestPlay(planFor('learn'), { link });
    play.stop();
    expect(link.stopped).toBe(1);
  });
});

describe('live reload', () => {
  it('starts again on a saved version, replays the picks and the instructor’s inputs, and keeps the attempt and the clock', async () => {
    const link = fakeClass();
    const { play, edit, source, saved } = await startTestPlay(planFor('assess'), { link });
    play.send({ type: 'pick', index: choiceWith(play.view(), 'call_ems') });
    link.steer({ type: 'note', text: 'Good call' });
    play.send({ type: 'pick', index: choiceWith(play.view(), 'naloxone_nasal') });
    waitReal(source, 4);
    play.send({ type: 'pause' });
    const before = play.view();
    edit(hubWith(hubInk.replace('The spray hisses.', 'The spray hisses loudly.')));

    const after = play.view();
    expect(after.run).toBe(before.run + 1);
    expect(after.session).not.toBe(before.session);
    expect(after.session?.picks()).toEqual(before.session?.picks());
    expect(after.session?.instructorInputs()).toEqual(before.session?.instructorInputs());
    expect(after.step?.state).toEqual(before.step?.state);
    expect(after.told.some((t) => t.kind === 'batch' && t.lines.some((l) => l.text.includes('hisses loudly')))).toBe(true);
    expect(after.told.at(-1)).toMatchObject({
      kind: 'note',
      note: { kind: 'reloaded', report: { replayed: 2, notReplayed: { picks: 0 } } },
    });
    expect(after.clock).toBe('paused');
    expect(after.attemptId).toBe(before.attemptId);
    // The console follows the new session.
    expect(link.followed.at(-1)?.session).toBe(after.session);
    play.send({ type: 'resume' });
    play.send({ type: 'pick', index: 0 });
    await settled();
    expect(new Set(saved.map((a) => a.id))).toEqual(new Set([before.attemptId]));
  });

  it('stops at the first pick the new version no longer offers, and says which', async () => {
    const { play, edit } = await startTestPlay(planFor('learn'));
    play.send({ type: 'pick', index: choiceWith(play.view(), 'wait') });
    play.send({ type: 'pick', index: 0 });
    edit(hubWith(hubInk.replace('+ [Wait #act:wait]\n  -> beside_patient\n', '')));
    expect(play.view().session?.picks()).toEqual([]);
    expect(play.view().told.at(-1)).toMatchObject({
      kind: 'note',
      note: { kind: 'reloaded', report: { replayed: 0, lost: { text: 'Wait' }, notReplayed: { picks: 2 } } },
    });
  });

  it('goes on with the version it has when the new one cannot be played', async () => {
    const { play, edit } = await startTestPlay(planFor('learn'));
    const session = play.view().session;
    edit({ manifest: hub.manifest, stories: {} });
    expect(play.view().session).toBe(session);
    expect(play.view().reloadProblem).toMatch(/no compiled story/);
  });
});

describe('resuming a saved attempt', () => {
  function savedAttempt(mode: 'learn' | 'assess') {
    const session = scoredSession({ scenario: hub, profile: profile(), seed: 7, mode });
    session.choose(2);
    session.elapse(12);
    session.choose(0);
    return unfinishedAttemptOf(
      session,
      { id: 'attempt-old', traineeCode: 'TR-OLD', timeFactor: 1, startedAt: '2025-01-01T10:00:00.000Z' },
      [1, 2],
      '2025-01-01T10:01:00.000Z',
    );
  }

  it('restores an attempt where it was saved, paused in assess mode, under its own id, told as it was', async () => {
    const attempt = savedAttempt('assess');
    const { play, source, saved } = await startTestPlay(planFromAttempt(attempt, { kind: 'restore' }, 1));
    const view = play.view();
    expect(view).toMatchObject({ status: 'running', clock: 'paused', attemptId: 'attempt-old' });
    expect(view.step?.state.elapsedSeconds).toBe(attempt.progress.snapshot.clockMs / 1000);
    expect(view.told.map((t) => (t.kind === 'batch' ? (t.pickText ?? 'opening') : t.note.kind))).toEqual([
      'opening',
      'Call EMS',
      'Give him a dose of naloxone',
      'restored',
    ]);
    waitReal(source, 5);
    expect(play.view().step?.state.elapsedSeconds).toBe(attempt.progress.snapshot.clockMs / 1000);
    play.send({ type: 'resume' });
    waitReal(source, 2);
    expect(play.view().step?.state.elapsedSeconds).toBe(attempt.progress.snapshot.clockMs / 1000 + 2);
    play.send({ type: 'pick', index: 0 });
    expect(saved.at(-1)).toMatchObject({ id: 'attempt-old', traineeCode: 'TR-OLD', startedAt: '2025-01-01T10:00:00.000Z' });
  });

  it('carries an attempt over to a new version as a new attempt, saved at once, paused as a resume is', async () => {
    const attempt = savedAttempt('assess');
    const { play, saved } = await startTestPlay(planFromAttempt(attempt, { kind: 'carryOver' }, 1), { bundle: hubWith(hubInk, 2) });
    const view = play.view();
    expect(view.clock).toBe('paused');
    expect(view.session?.manifest.version).toBe(2);
    expect(view.session?.picks().map((p) => p.index)).toEqual([2, 0]);
    expect(view.told.at(-1)).toMatchObject({ kind: 'note', note: { kind: 'carriedOver', total: 2, report: { replayed: 2 } } });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ traineeCode: 'TR-OLD', replayOf: { attemptId: 'attempt-old', picksKept: 2 } });
    expect(saved[0]?.id).not.toBe('attempt-old');
  });

  it('replays another attempt’s first picks and lets the trainee carry on at once', async () => {
    const attempt = savedAttempt('assess');
    const { play, saved } = await startTestPlay(planFromAttempt(attempt, { kind: 'replay', picksKept: 1 }, 1));
    expect(play.view()).toMatchObject({ clock: 'running', canPick: true });
    expect(play.view().told.at(-1)).toMatchObject({ kind: 'note', note: { kind: 'replayed', report: { replayed: 1 } } });
    play.send({ type: 'pick', index: 0 });
    expect(saved.at(-1)?.replayOf).toEqual({ attemptId: 'attempt-old', picksKept: 1 });
  });
});

describe('the end of the story', () => {
  it('finishes once the story ends: the attempt is saved finished, the clock stops, nothing more is taken', async () => {
    const link = fakeClass();
    const { play, source, saved } = await startTestPlay(planFor('assess'), { link });
    play.send({ type: 'pick', index: choiceWith(play.view(), 'call_ems') });
    play.send({ type: 'pick', index: choiceWith(play.view(), 'naloxone_nasal') });
    for (let i = 0; i < 40 && play.view().status === 'running'; i++) play.send({ type: 'pick', index: 0 });
    expect(play.view().status).toBe('finished');
    expect(link.followed[0]!.flags().ended).toBe(true);
    expect(source.running).toBe(0);
    await settled();
    expect(saved.at(-1)).toMatchObject({ status: 'finished', id: play.view().attemptId });
    const picks = play.view().session?.picks().length;
    link.steer({ type: 'note', text: 'too late' });
    play.send({ type: 'pick', index: 0 });
    expect(play.view().session?.picks().length).toBe(picks);
    expect(play.view().session?.instructorInputs()).toEqual([]);
  });

  it('says why a scenario cannot be played', async () => {
    const { play } = await startTestPlay(planFor('learn'), { bundle: { manifest: hub.manifest, stories: {} } });
    expect(play.view()).toMatchObject({ status: 'failed', failure: expect.stringMatching(/no compiled story/) });
  });

  it('tells the page when a save fails', async () => {
    const { play } = await startTestPlay(planFor('learn'), { failSaves: true });
    play.send({ type: 'pick', index: 0 });
    await settled();
    expect(play.view().saveProblem).toBeInstanceOf(Error);
  });
});
