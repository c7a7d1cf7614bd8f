import { describe, expect, it } from 'vitest';
import type { Choice, Session } from '../../src/engine/session.js';
import { matchPick, parsePicks, PickError, playPicks, STAR_LIMIT } from '../../src/tooling/picks.js';
import { loadFixture, manifestJson, profile, writeScenario } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const choices: Choice[] = [
  {
    index: 0,
    text: 'Give naloxone',
    actions: [{ action: 'naloxone_nasal', params: {} }],
    seconds: 20,
    source: { file: 'en.ink', line: 1 },
  },
  { index: 1, text: 'Call EMS now', actions: [{ action: 'call_ems', params: {} }], seconds: 20, source: { file: 'en.ink', line: 1 } },
  { index: 2, text: 'Wait', actions: [{ action: 'wait', params: {} }], seconds: 30, source: { file: 'en.ink', line: 1 } },
];

describe('the picks grammar', () => {
  it('parses indexes, actions, text and stars', () => {
    expect(parsePicks('2, act:call_ems,text:Naloxone*, 1*')).toEqual([
      { kind: 'index', n: 2, starred: false, raw: '2' },
      { kind: 'act', action: 'call_ems', starred: false, raw: 'act:call_ems' },
      { kind: 'text', text: 'Naloxone', starred: true, raw: 'text:Naloxone*' },
      { kind: 'index', n: 1, starred: true, raw: '1*' },
    ]);
  });

  it('rejects what is not a pick', () => {
    expect(() => parsePicks('0')).toThrow(PickError);
    expect(() => parsePicks('naloxone')).toThrow(/is not N, act:<action> or text:<substring>/);
  });

  it('matches a 1-based index, the first choice carrying an action, and text ignoring case', () => {
    const [two, ems, text, tooFar] = parsePicks('2,act:call_ems,text:NALOXONE,4');
    expect(matchPick(two!, choices)).toBe(1);
    expect(matchPick(ems!, choices)).toBe(1);
    expect(matchPick(text!, choices)).toBe(0);
    expect(matchPick(tooFar!, choices)).toBeUndefined();
  });
});

describe('playing picks on a session', () => {
  const start = () => scoredSession({ scenario: loadFixture('hub-overdose'), profile: profile(), seed: 1 });

  it('keeps picking a starred item until the next item matches', () => {
    const session = start();
    const played = playPicks(session, parsePicks('act:naloxone_nasal,act:wait*,act:explain_what_happened'));
    const picked = session.picks().map((p) => p.actions[0]);
    expect(picked[0]).toBe('naloxone_nasal');
    expect(picked.at(-1)).toBe('explain_what_happened');
    expect(picked.slice(1, -1).every((a) => a === 'wait')).toBe(true);
    expect(played.picksUsed).toBe(picked.length);
  });

  it('moves on when a starred item is not offered', () => {
    const session = start();
    playPicks(session, parsePicks('act:handoff_to_ems*,act:call_ems'));
    expect(session.picks().map((p) => p.actions[0])).toEqual(['call_ems']);
  });

  it('names the pick and lists the choices when a pick matches nothing', () => {
    const session = start();
    expect(() => playPicks(session, parsePicks('act:call_ems,act:call_ems'))).toThrow(
      /pick 2 "act:call_ems": it matches none of the choices offered[\s\S]*1\. Give him a dose of naloxone/,
    );
  });

  it(`stops a starred item picked ${STAR_LIMIT} times in a row`, () => {
    const session = start();
    expect(() => playPicks(session, parsePicks('act:wait*'))).toThrow(new RegExp(`picked ${STAR_LIMIT} times in a row`));
  });

  /** A story that offers "Again" exactly `offered` times, then only "Stop". */
  function offeringAgain(offered: number): Session {
    const ink = `VAR n = 0\n-> loop\n=== loop ===\n{ n >= ${offered}: -> done }\n+ [Again]\n  ~ n = n + 1\n  -> loop\n=== done ===\n* [Stop] -> END\n`;
    const { load } = writeScenario({ 'scenario.json': manifestJson(), 'en.ink': ink });
    if (!load.bundle) throw new Error(JSON.stringify(load.diagnostics));
    return scoredSession({ scenario: load.bundle, profile: profile(), seed: 1 });
  }

  it(`allows a starred item ${STAR_LIMIT - 1} times in a row and stops it at the ${STAR_LIMIT}th`, () => {
    const played = playPicks(offeringAgain(STAR_LIMIT - 1), parsePicks('text:again*,text:stop'));
    expect(played.picksUsed).toBe(STAR_LIMIT);
    expect(played.step.ended).toBe(true);
    expect(() => playPicks(offeringAgain(STAR_LIMIT), parsePicks('text:again*,text:stop'))).toThrow(
      `pick "text:again*" was picked ${STAR_LIMIT} times in a row: a loop, not a path`,
    );
  });
});
