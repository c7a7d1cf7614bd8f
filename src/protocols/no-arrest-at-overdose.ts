/**
 * No enforcement at an overdose scene (docs/protocols.md, family `no-arrest-at-overdose`), in force
 * only under a profile's agency overlay: no warrant checks or ID demands, no searches or seizures,
 * only medical questions, no arrests or citations unless for a violent crime.
 */
import { defineRule, met, violated, type Rule } from '../engine/scoring/rule.js';
import type { Profile } from '../engine/scoring/profile.js';
import { eventBefore, isCharge, isSearch, reasonOf } from './log-queries.js';
import { sources } from './sources.js';

const overdose = ['overdose'] as const;
const agencyOverlay = { describe: 'the profile has the agency overlay', holds: (p: Profile) => p.agencyOverlay };

export const noWarrantCheck = defineRule({
  id: 'NA-NO-WARRANT-CHECK',
  family: 'no-arrest-at-overdose',
  severity: 'critical',
  kinds: overdose,
  profileCondition: agencyOverlay,
  evaluate: ({ log }) => {
    const check = log.firstAction('warrant_check', 'demand_id');
    return check ? violated(check) : met();
  },
  sources: [sources.redesigningPublicSafety, sources.osfPoliceHarmReduction],
});

export const noSearch = defineRule({
  id: 'NA-NO-SEARCH',
  family: 'no-arrest-at-overdose',
  severity: 'critical',
  kinds: overdose,
  profileCondition: agencyOverlay,
  evaluate: ({ log }) => {
    const search = log
      .actionsWhere((e) => isSearch(e) || e.id === 'seize_drugs' || e.id === 'seize_paraphernalia')
      .find((s) => !eventBefore(log, 'weapon_threat', s.index) && !eventBefore(log, 'violent_crime', s.index));
    return search ? violated(search) : met();
  },
  sources: [sources.redesigningPublicSafety, sources.osfPoliceHarmReduction],
});

export const medicalQuestionsOnly = defineRule({
  id: 'NA-MEDICAL-QUESTIONS-ONLY',
  family: 'no-arrest-at-overdose',
  severity: 'major',
  kinds: overdose,
  profileCondition: agencyOverlay,
  evaluate: ({ log }) => {
    const question = log.firstAction('ask_drug_source', 'ask_for_intelligence');
    return question ? violated(question) : met();
  },
  sources: [sources.redesigningPublicSafety],
});

// OSF: "do not charge or arrest at overdose scenes"; a citation is a charge.
export const noArrestAtOverdose = defineRule({
  id: 'NA-NO-ARREST',
  family: 'no-arrest-at-overdose',
  severity: 'critical',
  kinds: overdose,
  profileCondition: agencyOverlay,
  evaluate: ({ log }) => {
    const charge = log
      .actionsWhere(isCharge)
      .find((a) => !(reasonOf(a.entry) === 'violent_crime' && eventBefore(log, 'violent_crime', a.index)));
    return charge ? violated(charge) : met();
  },
  sources: [sources.redesigningPublicSafety, sources.osfPoliceHarmReduction],
});

export const NO_ARREST_AT_OVERDOSE_RULES: readonly Rule[] = [noWarrantCheck, noSearch, medicalQuestionsOnly, noArrestAtOverdose];
