/**
 * Sharps and pat-downs (docs/protocols.md, family `sharps-safety`): ask before touching, never reach
 * blind, never recap or pocket a needle, gloves before contact, sharps into a container, no penalty
 * for telling the truth about needles, a legal basis for a frisk, and an explanation of the stop.
 * A needle is as dangerous in an unconscious patient's pocket as in a suspect's, so the rules about
 * handling sharps apply at every kind of encounter.
 */
import type { Indexed } from '../engine/scoring/log-view.js';
import { at, defineRule, met, missed, notApplicable, violated, type Rule } from '../engine/scoring/rule.js';
import { after, isPersonContact, isSearch, isSyringeHandling, reasonOf, targetOf } from './log-queries.js';
import { sources } from './sources.js';

const patdown = ['patdown'] as const;
const bothKinds = ['overdose', 'patdown'] as const;

export const askFirst = defineRule({
  id: 'SH-ASK-FIRST',
  family: 'sharps-safety',
  severity: 'critical',
  kinds: patdown,
  trigger: 'there is a question about sharps, or a search',
  evaluate: ({ log }) => {
    const question = log.firstAction('ask_about_sharps');
    const search = log.first(isSearch);
    if (!question && !search) return notApplicable();
    if (search && (!question || question.index > search.index)) return violated(search);
    return met(question);
  },
  sources: [sources.niosh2022154, sources.osfPoliceHarmReduction],
});

export const noBlindReach = defineRule({
  id: 'SH-NO-BLIND-REACH',
  family: 'sharps-safety',
  severity: 'critical',
  kinds: bothKinds,
  evaluate: ({ log }) => {
    const reach = log.firstAction('reach_into_pocket');
    return reach ? violated(reach) : met();
  },
  sources: [sources.niosh2022154],
});

// NIOSH, OSHA: never recap a used needle, never carry one loose.
export const noRecap = defineRule({
  id: 'SH-NO-RECAP',
  family: 'sharps-safety',
  severity: 'critical',
  kinds: bothKinds,
  trigger: 'the officer handles a syringe',
  evaluate: ({ log }) => {
    const handled = log.first(isSyringeHandling);
    if (!handled) return notApplicable();
    const unsafe = log.firstAction('recap_needle', 'pocket_syringe');
    return unsafe ? violated(unsafe) : met(handled);
  },
  sources: [sources.niosh2022154, sources.oshaBloodborne],
});

export const gloves = defineRule({
  id: 'SH-GLOVES',
  family: 'sharps-safety',
  severity: 'minor',
  kinds: bothKinds,
  trigger: 'there is hands-on contact with a person, or a syringe is handled',
  evaluate: ({ log }) => {
    const contact = log.first((e) => isPersonContact(e) || isSyringeHandling(e));
    if (!contact) return notApplicable();
    const gloved = log.actions('don_gloves').find((g) => g.index < contact.index);
    return gloved ? met(gloved, contact) : missed(contact);
  },
  sources: [sources.niosh2022154],
});

export const safeDisposal = defineRule({
  id: 'SH-SAFE-DISPOSAL',
  family: 'sharps-safety',
  severity: 'major',
  kinds: bothKinds,
  trigger: 'the officer handles a syringe, or one lies where people could step on it (#event:syringe_found)',
  evaluate: ({ log }) => {
    // Every syringe handled or found must end in the container: a disposal counts for what came before it.
    const triggers = [...log.actionsWhere(isSyringeHandling), ...log.events('syringe_found')].sort((a, b) => a.index - b.index);
    if (triggers.length === 0) return notApplicable();
    const pocketed = log.firstAction('pocket_syringe');
    if (pocketed) return violated(pocketed);
    const last = triggers.at(-1)!;
    const disposed = after(log.actions('dispose_sharps_safely'), last.index)[0];
    return disposed ? met(disposed) : at(missed(last), log.endTime);
  },
  sources: [sources.niosh2022154],
});

export const disclosureNoPenalty = defineRule({
  id: 'SH-DISCLOSURE-NO-PENALTY',
  family: 'sharps-safety',
  severity: 'major',
  kinds: patdown,
  profileCondition: { describe: 'the profile protects disclosure of sharps', holds: (p) => p.sharpsDisclosureProtected },
  trigger: 'the person discloses sharps (#event:sharps_disclosed)',
  evaluate: ({ log }) => {
    const disclosed = log.firstEvent('sharps_disclosed');
    if (!disclosed) return notApplicable();
    const penalty = after(log.actions('cite', 'arrest'), disclosed.index).find((p) => reasonOf(p.entry) === 'paraphernalia');
    return penalty ? violated(penalty, disclosed) : met(disclosed);
  },
  sources: [sources.osfPoliceHarmReduction, sources.niosh2022154],
});

/**
 * Terry v. Ohio; Arizona v. Johnson (2009): a frisk needs consent, or a lawful stop and a reason to
 * think that person is armed. Every occupant of a stopped vehicle is seized with it (Brendlin v.
 * California, 2007), so a lawful stop of the driver is a lawful stop of the passenger; a person free
 * to go is never frisked on a weapon indicator alone.
 */
export const friskBasis = defineRule({
  id: 'PD-FRISK-BASIS',
  family: 'sharps-safety',
  severity: 'major',
  kinds: patdown,
  trigger: 'a pat-down happens',
  evaluate: ({ log }) => {
    const patdowns = log.actions('patdown');
    if (patdowns.length === 0) return notApplicable();
    const about = (event: Indexed, person: string) => (targetOf(event.entry) ?? 'person') === person;
    const basisFor = (frisk: Indexed): readonly Indexed[] | undefined => {
      const frisked = targetOf(frisk.entry) ?? 'person';
      const earlier = (id: 'consent_given' | 'weapon_indicator' | 'lawful_stop') => log.events(id).filter((e) => e.index < frisk.index);
      const consent = earlier('consent_given').find((e) => about(e, frisked));
      if (consent) return [consent];
      const stop = earlier('lawful_stop')[0];
      const indicator = earlier('weapon_indicator').find((e) => about(e, frisked));
      return stop && indicator ? [stop, indicator] : undefined;
    };
    const unjustified = patdowns.find((p) => basisFor(p) === undefined);
    if (unjustified) return violated(unjustified);
    return met(patdowns[0], ...(basisFor(patdowns[0]!) ?? []));
  },
  sources: [sources.terryVOhio, sources.arizonaVJohnson, sources.osfPoliceHarmReduction],
});

export const explainStop = defineRule({
  id: 'PD-EXPLAIN-STOP',
  family: 'sharps-safety',
  severity: 'minor',
  kinds: patdown,
  evaluate: ({ log }) => {
    const explanation = log.firstAction('explain_stop');
    const search = log.first(isSearch);
    if (explanation && (!search || explanation.index < search.index)) return met(explanation);
    return search ? missed(search) : at(missed(), log.endTime);
  },
  sources: [sources.osfPoliceHarmReduction, sources.redesigningPublicSafety],
});

export const SHARPS_SAFETY_RULES: readonly Rule[] = [
  askFirst,
  noBlindReach,
  noRecap,
  gloves,
  safeDisposal,
  disclosureNoPenalty,
  friskBasis,
  explainStop,
];
