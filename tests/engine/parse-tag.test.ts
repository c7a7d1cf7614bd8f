import { describe, expect, it } from 'vitest';
import { parseTag } from '../../src/engine/story/parse-tag.js';

describe('the tag language', () => {
  it('reads an action with its keys', () => {
    expect(parseTag('act:arrest reason=possession target=caller')).toEqual({
      ok: true,
      tag: { kind: 'act', action: 'arrest', params: { reason: 'possession', target: 'caller' } },
    });
  });

  it('reads events, speakers, presentation cues and time', () => {
    expect(parseTag(' event:ems_delayed minutes=10 ')).toEqual({
      ok: true,
      tag: { kind: 'event', event: 'ems_delayed', params: { minutes: 10 } },
    });
    expect(parseTag('speaker:dispatch')).toEqual({ ok: true, tag: { kind: 'speaker', speaker: 'dispatch' } });
    expect(parseTag('sfx:siren')).toEqual({ ok: true, tag: { kind: 'sfx', id: 'siren' } });
    expect(parseTag('bg:apartment')).toEqual({ ok: true, tag: { kind: 'bg', id: 'apartment' } });
    expect(parseTag('time:45')).toEqual({ ok: true, tag: { kind: 'time', seconds: 45 } });
  });

  it.each([
    ['act:naloxone_spray', /unknown action "naloxone_spray"/],
    ['event:overdose_happens', /unknown event "overdose_happens"/],
    ['speaker:sergeant', /unknown speaker "sergeant"/],
    ['mood:tense', /unknown tag "#mood:tense"/],
    ['just words', /unknown tag/],
    ['act:', /empty tag/],
    ['act:Arrest', /not a lower-case id/],
    ['act:arrest reason=drunk', /reason=drunk is not one of/],
    ['act:arrest reason', /malformed key=value "reason"/],
    ['act:arrest reason=Possession', /malformed value "Possession"/],
    ['act:naloxone_nasal reason=possession', /key reason= is not allowed on naloxone_nasal/],
    ['act:offer_referral to=rehab', /to=rehab is not one of/],
    ['act:wait target=dog', /target=dog is not one of/],
    ['act:wait target=patient target=caller', /given twice/],
    ['time:soon', /whole number of seconds/],
    ['speaker:caller officer', /takes one role/],
  ])('rejects %s', (tag, message) => {
    const parsed = parseTag(tag);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('allows target= on any action and to= only on offer_referral', () => {
    expect(parseTag('act:check_breathing target=patient').ok).toBe(true);
    expect(parseTag('act:offer_referral to=ssp target=person').ok).toBe(true);
    expect(parseTag('act:cite to=ssp').ok).toBe(false);
  });
});
