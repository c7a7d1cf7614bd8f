/**
 * Sharps and pat-downs (PROTOCOLS.md, family `sharps-safety`): ask before touching, never reach
 * blind, gloves before contact, sharps into a container, no penalty for telling the truth about
 * needles, a legal basis for a frisk, and an explanation of the stop.
 */
import type { Indexed } from '../engine/scoring/log-view.js';
import { at, defineRule, met, missed, notApplicable, violated, type Rule } from '../engine/scoring/rule.js';
import { after, isPersonContact, isSearch, reasonOf, targetOf } from './log-queries.js';
import { sources } from './sources.js';

const patdown = ['patdown'] as const;

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
  kinds: patdown,
  evaluate: ({ log }) => {
    const reach = log.firstAction('reach_into_pocket');
    return reach ? violated(reach) : met();
  },
  sources: [sources.niosh2022154],
});

export const gloves = defineRule({
  id: 'SH-GLOVES',
  family: 'sharps-safety',
  severity: 'minor',
  kinds: patdown,
  trigger: 'there is hands-on contact with a person',
  evaluate: ({ log }) => {
    const contact = log.first(isPersonContact);
    if (!contact) return notApplicable();
    const gloved = log.actions('don_gloves').find((g) => g.index < contact.index);
    return gloved ? met(gloved, contact) : missed(contact);
  },
  sources: [sources.niosh2022154],
});

export const safeDisposal = defineRule({
  id: 'SH-SAFE-DISPOSAL',
  family: 'sharps-safety',
  severity: 'minor',
  kinds: patdown,
  trigger: 'the officer handles a syringe',
  evaluate: ({ log }) => {
    const handled = [log.firstAction('confiscate_syringes', 'pocket_syringe'), log.firstEvent('syringe_found')]
      .filter((h) => h !== undefined)
      .sort((a, b) => a.index - b.index)[0];
    if (!handled) return notApplicable();
    const pocketed = log.firstAction('pocket_syringe');
    if (pocketed) return violated(pocketed);
    const disposed = after(log.actions('dispose_sharps_safely'), handled.index)[0];
    return disposed ? met(disposed) : at(missed(handled), log.endTime);
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

export const friskBasis = defineRule({
  id: 'PD-FRISK-BASIS',
  family: 'sharps-safety',
  severity: 'major',
  kinds: patdown,
  trigger: 'a pat-down happens',
  evaluate: ({ log }) => {
    const patdowns = log.actions('patdown');
    if (patdowns.length === 0) return notApplicable();
    const bases = [...log.events('weapon_indicator'), ...log.events('consent_given')];
    const basisFor = (frisk: Indexed) => {
      const frisked = targetOf(frisk.entry) ?? 'person';
      return bases.find((b) => b.index < frisk.index && (targetOf(b.entry) === undefined || targetOf(b.entry) === frisked));
    };
    const unjustified = patdowns.find((p) => basisFor(p) === undefined);
    if (unjustified) return violated(unjustified);
    return met(patdowns[0], basisFor(patdowns[0]!));
  },
  sources: [sources.osfPoliceHarmReduction],
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
  gloves,
  safeDisposal,
  disclosureNoPenalty,
  friskBasis,
  explainStop,
];
