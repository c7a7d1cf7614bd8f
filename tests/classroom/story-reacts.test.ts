/**
 * An instructor's inject changes the story, not only the state panel: the engine writes
 * `caller_present` (overdoses) and `weapon_indicators`, `consent_refused`, `ssp_card_shown`,
 * `sharps_disclosed` (pat-downs), and the stories notice at the next pick, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { type Session, type StoryEventId } from '../../src/engine/index.js';
import { profile } from '../helpers/fixtures.js';
import { shipped } from './helpers.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

function session(id: string, locale: string): Session {
  return scoredSession({ scenario: shipped(id), profile: profile(), seed: 3, mode: 'learn', locale });
}

/** Picks the first choice until the story has reached a choice that carries `action`. */
function playUntilOffered(s: Session, action: string): void {
  for (let n = 0; n < 30; n++) {
    const step = s.next();
    if (step.choices.some((c) => c.actions.some((a) => a.action === action))) return;
    const first = step.choices[0];
    if (!first) throw new Error(`the story ended before offering ${action}`);
    s.choose(first.index);
  }
  throw new Error(`${action} was never offered`);
}

function textAfterPicking(s: Session, action: string): string {
  const choice = s.next().choices.find((c) => c.actions.some((a) => a.action === action));
  if (!choice) throw new Error(`${action} is not offered`);
  return s
    .choose(choice.index)
    .lines.map((l) => l.text)
    .join('\n');
}

const cases = [
  { id: 'overdose-apartment', locale: 'en', gone: 'Andre is gone' },
  { id: 'overdose-apartment', locale: 'es', gone: 'Andre ya no está' },
  { id: 'overdose-public-restroom', locale: 'en', gone: 'Rick is gone from the doorway' },
  { id: 'overdose-public-restroom', locale: 'es', gone: 'Rick ya no está en la puerta' },
];

describe('the story after an instructor sends the caller away', () => {
  for (const { id, locale, gone } of cases) {
    it(`${id} (${locale}) tells the trainees at the next pick, once`, () => {
      const injected = session(id, locale);
      playUntilOffered(injected, 'check_breathing');
      injected.inject('caller_left');
      expect(injected.next().state.callerPresent).toBe(false);
      const after = textAfterPicking(injected, 'check_breathing');
      expect(after).toContain(gone);

      // Without the inject the same pick says nothing of the kind.
      const plain = session(id, locale);
      playUntilOffered(plain, 'check_breathing');
      expect(textAfterPicking(plain, 'check_breathing')).not.toContain(gone);

      // And it is said once: the next pick does not repeat it.
      const next = injected.next().choices[0];
      if (next)
        expect(
          injected
            .choose(next.index)
            .lines.map((l) => l.text)
            .join('\n'),
        ).not.toContain(gone);
    });
  }
});

/** What the pat-down person does at the next pick after each inject, in each story and language. */
const patdownCases: readonly { id: string; locale: string; event: StoryEventId; says: string }[] = [
  { id: 'patdown-park-bench', locale: 'en', event: 'weapon_indicator', says: 'slides down toward his waistband' },
  { id: 'patdown-park-bench', locale: 'es', event: 'weapon_indicator', says: 'baja despacio hacia la cintura' },
  { id: 'patdown-park-bench', locale: 'en', event: 'consent_refused', says: "I don't consent to any searches" },
  { id: 'patdown-park-bench', locale: 'es', event: 'consent_refused', says: 'no doy mi consentimiento para ningún registro' },
  { id: 'patdown-park-bench', locale: 'en', event: 'ssp_card_shown', says: "Before you go any further. I'm in the program." },
  { id: 'patdown-park-bench', locale: 'es', event: 'ssp_card_shown', says: 'Antes de que siga. Estoy en el programa.' },
  { id: 'patdown-park-bench', locale: 'en', event: 'sharps_disclosed', says: 'before anybody gets hurt. Left pocket: needles.' },
  {
    id: 'patdown-park-bench',
    locale: 'es',
    event: 'sharps_disclosed',
    says: 'antes de que alguien salga lastimado. Bolsillo izquierdo: agujas.',
  },
  { id: 'patdown-traffic-stop', locale: 'en', event: 'weapon_indicator', says: 'drops down between the seat and the door' },
  { id: 'patdown-traffic-stop', locale: 'es', event: 'weapon_indicator', says: 'entre el asiento y la puerta' },
  { id: 'patdown-traffic-stop', locale: 'en', event: 'consent_refused', says: "Just so you know, I don't consent to any searches" },
  { id: 'patdown-traffic-stop', locale: 'es', event: 'consent_refused', says: 'Para que lo sepa: no doy mi consentimiento' },
  { id: 'patdown-traffic-stop', locale: 'en', event: 'ssp_card_shown', says: "I'm telling you before anything happens" },
  { id: 'patdown-traffic-stop', locale: 'es', event: 'ssp_card_shown', says: 'Se lo digo antes de que pase algo' },
  { id: 'patdown-traffic-stop', locale: 'en', event: 'sharps_disclosed', says: "Before you do anything: there's needles in my bag" },
  { id: 'patdown-traffic-stop', locale: 'es', event: 'sharps_disclosed', says: 'Antes de que haga nada: hay agujas en mi bolsa' },
  { id: 'patdown-crisis-storefront', locale: 'en', event: 'weapon_indicator', says: 'knuckles white' },
  { id: 'patdown-crisis-storefront', locale: 'es', event: 'weapon_indicator', says: 'con los nudillos blancos' },
  { id: 'patdown-crisis-storefront', locale: 'en', event: 'consent_refused', says: "I don't consent. That's what you say, right?" },
  { id: 'patdown-crisis-storefront', locale: 'es', event: 'consent_refused', says: 'No doy mi consentimiento. Así se dice, ¿no?' },
  { id: 'patdown-crisis-storefront', locale: 'en', event: 'ssp_card_shown', says: 'Tamika said show the card.' },
  { id: 'patdown-crisis-storefront', locale: 'es', event: 'ssp_card_shown', says: 'Tamika me dijo que enseñara la tarjeta.' },
  { id: 'patdown-crisis-storefront', locale: 'en', event: 'sharps_disclosed', says: 'So nobody reaches in there.' },
  { id: 'patdown-crisis-storefront', locale: 'es', event: 'sharps_disclosed', says: 'Para que nadie meta la mano ahí.' },
];

describe("the pat-down story after an instructor's inject", () => {
  for (const { id, locale, event, says } of patdownCases) {
    it(`${id} (${locale}) reacts to ${event} at the next pick, once`, () => {
      const injected = session(id, locale);
      playUntilOffered(injected, 'don_gloves');
      injected.inject(event);
      expect(textAfterPicking(injected, 'don_gloves')).toContain(says);

      const plain = session(id, locale);
      playUntilOffered(plain, 'don_gloves');
      expect(textAfterPicking(plain, 'don_gloves')).not.toContain(says);

      const next = injected.next().choices[0];
      if (!next) throw new Error('the story ended after the reaction');
      expect(
        injected
          .choose(next.index)
          .lines.map((l) => l.text)
          .join('\n'),
      ).not.toContain(says);
    });
  }

  it("patdown-park-bench notices an instructor's weapon indicator although the knife clip raised one already", () => {
    const s = session('patdown-park-bench', 'en');
    playUntilOffered(s, 'don_gloves');
    expect(s.next().state.weaponIndicators).toBe(1);
    s.inject('weapon_indicator');
    expect(s.next().state.weaponIndicators).toBe(2);
    const gloves = s.next().choices.find((c) => c.actions.some((a) => a.action === 'don_gloves'));
    if (!gloves) throw new Error('don_gloves is not offered');
    // The choices of the reaction: what the officer does about the hand at his waistband.
    const offered = s.choose(gloves.index).choices;
    expect(offered.flatMap((c) => c.actions.map((a) => a.action))).toEqual(['have_person_remove_items', 'patdown', 'grab']);
  });
});
