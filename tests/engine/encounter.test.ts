import { describe, expect, it } from 'vitest';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { loadFixture, profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

function play(sandbox: string, picks: string) {
  const session = scoredSession({ scenario: loadFixture(sandbox), profile: profile(), seed: 1 });
  playPicks(session, parsePicks(picks));
  return session;
}

describe('the people at the scene', () => {
  it("raises the caller's trust with reassurance and lowers it with enforcement", () => {
    expect(play('sandbox-overdose', 'act:reassure_good_samaritan').state().callerTrust).toBe(8);
    expect(play('sandbox-overdose', 'act:warrant_check,text:threaten_arrest target=caller').state().callerTrust).toBe(0);
  });

  it("moves the pat-down person's trust and agitation only with what is done to them", () => {
    const asked = play('sandbox-patdown', 'act:explain_stop,act:ask_about_sharps').state();
    expect([asked.personTrust, asked.personAgitation]).toEqual([7, 3]);
    const searched = play('sandbox-patdown', 'act:reach_into_pocket,act:restrain').state();
    expect([searched.personTrust, searched.personAgitation]).toEqual([0, 9]);
    const bystanderFrisked = play('sandbox-patdown', 'text:patdown target=bystander').state();
    expect([bystanderFrisked.personTrust, bystanderFrisked.personAgitation]).toEqual([4, 4]);
  });

  it('frightens more with a pat-down that was not preceded by a question about sharps', () => {
    const unannounced = play('sandbox-patdown', 'text:patdown target=person').state();
    const announced = play('sandbox-patdown', 'act:ask_about_sharps,text:patdown target=person').state();
    expect(unannounced.personAgitation).toBeGreaterThan(announced.personAgitation);
  });

  it('records one needlestick however many tags describe it', () => {
    expect(play('sandbox-patdown', 'act:reach_into_pocket,text:event needlestick').state().officerInjuries).toEqual(['needlestick']);
  });

  it('leaves the patient alone when the last bystander leaves', () => {
    const left = play(
      'sandbox-overdose',
      `act:naloxone_nasal,act:monitor,act:monitor,act:monitor,text:event bystander_left,act:leave_scene`,
    );
    expect(left.report().outcome.patient).toBe('resedated');
  });
});

describe('care given to someone other than the patient', () => {
  it("leaves the patient's physiology alone when naloxone is sprayed on a partner", () => {
    const partnerDosed = play('sandbox-overdose', 'text:naloxone_nasal target=partner,act:monitor,act:monitor,act:monitor').state();
    expect([partnerDosed.dosesGiven, partnerDosed.breathing]).toEqual([0, 'none']);
    const patientDosed = play('sandbox-overdose', 'act:naloxone_nasal,act:monitor,act:monitor,act:monitor').state();
    expect([patientDosed.dosesGiven, patientDosed.breathing]).toEqual([1, 'normal']);
  });
});

describe('time after the end', () => {
  it('stands still once the story has ended', () => {
    const session = play('sandbox-overdose', 'text:end');
    expect(session.next().ended).toBe(true);
    const before = session.state();
    session.elapse(600);
    expect(session.state()).toEqual(before);
  });
});

describe('what an instructor adds', () => {
  it('logs a note and an inject at their simulated time, and replays them exactly', async () => {
    const { replay } = await import('../../src/engine/replay.js');
    const session = scoredSession({ scenario: loadFixture('sandbox-overdose'), profile: profile(), seed: 1 });
    session.choose(0);
    session.note('Ask the class: what would you check first?');
    session.elapse(40);
    session.inject('caller_left', {}, 'the caller starts to leave');
    session.choose(2, { vote: { 0: 3, 2: 14 } });
    expect(session.log().find((e) => e.kind === 'note')).toMatchObject({
      at: 15,
      params: { text: 'Ask the class: what would you check first?' },
      source: { origin: 'instructor' },
    });
    expect(session.log().find((e) => e.id === 'caller_left')).toMatchObject({
      at: 55,
      source: { origin: 'instructor', note: 'the caller starts to leave' },
    });
    expect(session.picks()[1]?.vote).toEqual({ 0: 3, 2: 14 });

    const replayed = scoredSession({ scenario: loadFixture('sandbox-overdose'), profile: profile(), seed: 1 });
    expect(replay(replayed, { picks: session.picks(), instructorInputs: session.instructorInputs() })).toEqual({
      replayed: 2,
      inputsReplayed: 2,
      notReplayed: { picks: 0, inputs: 0 },
    });
    expect(replayed.log()).toEqual(session.log());
    expect(replayed.picks()).toEqual(session.picks());
  });
});
