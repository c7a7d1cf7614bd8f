/**
 * No enforcement at an overdose scene (PROTOCOLS.md, family `no-arrest-at-overdose`), in force only
 * under a profile's agency overlay: no warrant checks or ID demands, no searches or seizures, only
 * medical questions, no arrests unless for a violent crime.
 */
import { defineRule, met, violated, type Rule } from '../engine/scoring/rule.js';
import type { Profile } from '../engine/scoring/profile.js';
import { reasonOf } from './log-queries.js';
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
    const danger = [log.firstEvent('weapon_threat'), log.firstEvent('violent_crime')].filter((e) => e !== undefined);
    const justifiedAfter = Math.min(...danger.map((e) => e.index), Infinity);
    const search = log.actions('search_person', 'search_area', 'seize_drugs', 'seize_paraphernalia').find((s) => s.index < justifiedAfter);
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

export const noArrestAtOverdose = defineRule({
  id: 'NA-NO-ARREST',
  family: 'no-arrest-at-overdose',
  severity: 'critical',
  kinds: overdose,
  profileCondition: agencyOverlay,
  evaluate: ({ log }) => {
    const violentCrime = log.firstEvent('violent_crime');
    const arrest = log
      .actions('arrest')
      .find((a) => !(reasonOf(a.entry) === 'violent_crime' && violentCrime !== undefined && violentCrime.index < a.index));
    return arrest ? violated(arrest) : met();
  },
  sources: [sources.redesigningPublicSafety, sources.osfPoliceHarmReduction],
});

export const NO_ARREST_AT_OVERDOSE_RULES: readonly Rule[] = [noWarrantCheck, noSearch, medicalQuestionsOnly, noArrestAtOverdose];
