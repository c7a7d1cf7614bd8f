/**
 * Injects, notes and votes as part of the attempt: on the debrief's timeline, in the stored record and
 * its JSON export, and replayed exactly from the record.
 */
import { describe, expect, it } from 'vitest';
import { instructorInputText } from '../../src/classroom/debrief-parts.js';
import { replayPicks } from '../../src/engine/index.js';
import { attemptsJson, importAttemptsJson } from '../../src/export/attempts-json.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { finishedAttemptOf } from '../../src/storage/attempt-recorder.js';
import { buildTimeline } from '../../src/kit/debrief-model.js';
import { startSession } from '../../src/ui/start-session.js';
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
    replayPicks(replayed, back?.picks ?? [], back?.instructorInputs);
    expect(replayed.report()).toEqual(session.report());
  });

  it('replays from a pick with the instructor’s inputs that came before it (the debrief’s “Replay from”)', () => {
    const session = classSession();
    const plan = {
      scenarioId: 'overdose-apartment',
      seed: 3,
      profileId: 'model-policy',
      mode: 'learn',
      timeFactor: 1,
      locale: 'en',
      replay: {
        attemptId: 'attempt-class',
        picks: session.picks().slice(0, 2),
        instructorInputs: session.instructorInputs().filter((i) => i.afterPick < 2),
      },
    } as const;
    const again = startSession(plan, shipped('overdose-apartment'), profile());
    expect(again.instructorInputs().map((i) => i.kind)).toEqual(['inject', 'note']);
    expect(again.state().callerPresent).toBe(false);
  });
});
