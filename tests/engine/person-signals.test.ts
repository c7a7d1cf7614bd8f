/**
 * What the pat-down person has shown or said, as the engine tracks it for the story
 * (`weapon_indicators`, `consent_refused`, `ssp_card_shown`, `sharps_disclosed`): the same whether
 * the story raised the event or an instructor injected it, and never for someone else.
 */
import { describe, expect, it } from 'vitest';
import { type Session } from '../../src/engine/session.js';
import { ENGINE_VARIABLES } from '../../src/engine/story/engine-variables.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { loadFixture, profile } from '../helpers/fixtures.js';
import { scoredSession, restoreScoredSession } from '../../src/protocols/scored-session.js';

const scenario = loadFixture('sandbox-patdown');

function session(picks = ''): Session {
  const s = scoredSession({ scenario, profile: profile(), seed: 1 });
  if (picks) playPicks(s, parsePicks(picks));
  return s;
}

function signals(s: Session) {
  const { weaponIndicators, consentRefused, sspCardShown, sharpsDisclosed } = s.state();
  return { weaponIndicators, consentRefused, sspCardShown, sharpsDisclosed };
}

const NONE = { weaponIndicators: 0, consentRefused: false, sspCardShown: false, sharpsDisclosed: false };

describe("the pat-down person's signals", () => {
  it('start at nothing', () => {
    expect(signals(session())).toEqual(NONE);
  });

  it('follow the events the story raises, counting each weapon indicator', () => {
    const s = session(
      'text:event weapon_indicator target=person,text:event weapon_indicator target=person,text:event consent_refused,text:event ssp_card_shown,text:event sharps_disclosed',
    );
    expect(signals(s)).toEqual({ weaponIndicators: 2, consentRefused: true, sspCardShown: true, sharpsDisclosed: true });
  });

  it("follow an instructor's injects the same way", () => {
    const s = session();
    s.inject('weapon_indicator');
    s.inject('consent_refused', {}, 'he says no to a search');
    expect(signals(s)).toEqual({ ...NONE, weaponIndicators: 1, consentRefused: true });
  });

  it('ignore events about someone else', () => {
    const s = session();
    s.inject('consent_refused', { target: 'bystander' });
    s.inject('weapon_indicator', { target: 'bystander' });
    expect(signals(s)).toEqual(NONE);
  });

  it('reach the story through the engine variables', () => {
    const s = session();
    s.inject('weapon_indicator');
    s.inject('ssp_card_shown');
    const read = Object.fromEntries(
      ENGINE_VARIABLES.filter((v) => ['weapon_indicators', 'consent_refused', 'ssp_card_shown', 'sharps_disclosed'].includes(v.name)).map(
        (v) => [v.name, v.read(s.state(), 'learn')],
      ),
    );
    expect(read).toEqual({ weapon_indicators: 1, consent_refused: false, ssp_card_shown: true, sharps_disclosed: false });
  });

  it('survive a snapshot, and start at nothing in one saved before they were tracked', () => {
    const s = session('text:event sharps_disclosed');
    s.inject('weapon_indicator');
    const snapshot = JSON.parse(JSON.stringify(s.snapshot()));
    expect(signals(restoreScoredSession(snapshot, scenario))).toEqual(signals(s));

    delete snapshot.encounter.context.personSignals;
    const old = restoreScoredSession(snapshot, scenario);
    expect(signals(old)).toEqual(NONE);
    old.inject('ssp_card_shown');
    expect(signals(old)).toEqual({ ...NONE, sspCardShown: true });
  });
});
