/**
 * Injects, notes and votes as part of the attempt: on the debrief's timeline, in the stored record and
 * its JSON export, and replayed exactly from the record.
 */
import { describe, expect, it } from 'vitest';
import { instructorInputText } from '../../src/classroom/debrief-parts.js';
import { replay } from '../../src/engine/index.js';
import { attemptsJson, importAttemptsJson } from '../../src/export/attempts-json.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { finishedAttemptOf } from '../../src/storage/attempt-recorder.js';
import { buildTimeline } from '../../src/kit/debrief-model.js';
import { openSession } from '../../src/play/open-session.js';
import { planFromAttempt } from '../../src/play/start.js';
import { profile } from '../helpers/fixtures.js';
import { apartmentSession, pickActions, shipped } from './helpers.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const t = createTranslator('en');

function classSession() {
  const session = apartmentSession();
  session.inject('caller_left', {}, 'He grabs his jacket');
  session.choose(0, { vote: { 0: 9, 1: 3 } });
  session.note('Why did he leave?');
  pickActions(session, 'don_gloves', 'check_responsiveness');
  session.inject('ems_delayed', { minutes: 10 });
  return session;
}

describe('an attempt run with a class', () => {
  it('puts each inject and note on the timeline before the pick that followed it, and the rest after the last', () => {
    const session = classSession();
    const timeline = buildTimeline(session.report(), session.picks(), session.instructorInputs());
    expect(timeline.picks.map((p) => p.instructorBefore.map((i) => instructorInputText(i, t)))).toEqual([
      ['Raised: The caller leaves (He grabs his jacket)'],
      ['Note: Why did he leave?'],
      [],
    ]);
    expect(timeline.instructorAfter.map((i) => instructorInputText(i, t))).toEqual(['Raised: EMS is delayed 10 minutes']);
    expect(buildTimeline(session.report(), session.picks()).instructorAfter).toEqual([]);
  });

  it('keeps injects, notes and votes in the record and its JSON export, and replays to the same report', () => {
    const session = classSession();
    const record = finishedAttemptOf(
      session,
      { id: 'attempt-class', traineeCode: 'CLASS-A', timeFactor: 0, startedAt: '2025-01-01T10:00:00.000Z' },
      '2025-01-01T10:10:00.000Z',
    );
    const imported = importAttemptsJson(attemptsJson([record]), 'class.json');
    expect(imported.problems).toEqual([]);
    const [back] = imported.attempts;
    expect(back?.instructorInputs).toEqual(session.instructorInputs());
    expect(back?.picks[0]?.vote).toEqual({ 0: 9, 1: 3 });

    const replayed = scoredSession({ scenario: shipped('overdose-apartment'), profile: profile(), seed: 3 });
    replay(replayed, { picks: back?.picks ?? [], instructorInputs: back?.instructorInputs });
    expect(replayed.report()).toEqual(session.report());
  });

  it('replays from a pick with the instructor’s inputs that came before it (the debrief’s “Replay from”)', () => {
    const session = classSession();
    const record = finishedAttemptOf(
      session,
      { id: 'attempt-class', traineeCode: 'CLASS-A', timeFactor: 0, startedAt: '2025-01-01T10:00:00.000Z' },
      '2025-01-01T10:10:00.000Z',
    );
    const plan = planFromAttempt(record, { kind: 'replay', picksKept: 2 }, 1);
    expect(plan.start).toMatchObject({ kind: 'replay', of: 'attempt-class', paused: false });
    const again = openSession(plan, shipped('overdose-apartment'), profile());
    expect(again.replay).toMatchObject({ replayed: 2, inputsReplayed: 2 });
    expect(again.session.instructorInputs().map((i) => i.kind)).toEqual(['inject', 'note']);
    expect(again.session.state().callerPresent).toBe(false);
  });
});
