/**
 * Good Samaritan (911 drug immunity) law at every overdose (docs/protocols.md, family `good-samaritan`):
 * the people who call for help are told they are safe, are not arrested for what the law covers,
 * and are not threatened.
 */
import { defineRule, met, missed, violated, withValues, type Rule } from '../engine/scoring/rule.js';
import { isProtectedByGoodSamaritan } from './profile.js';
import { isAboutOfficer, protectedPersonOf, reasonOf, targetOf } from './log-queries.js';
import { sources } from './sources.js';

const overdose = ['overdose'] as const;

/** Questions that, asked before reassurance, frighten a caller into silence or flight. */
const QUESTIONS_TO_BYSTANDERS = ['ask_what_taken', 'ask_drug_source', 'demand_id'] as const;

export const reassure = defineRule({
  id: 'GS-REASSURE',
  family: 'good-samaritan',
  severity: 'major',
  kinds: overdose,
  evaluate: ({ log }) => {
    const firstQuestion = log.actions(...QUESTIONS_TO_BYSTANDERS).find((q) => targetOf(q.entry) !== 'patient' && !isAboutOfficer(q.entry));
    const reassurance = log.firstAction('reassure_good_samaritan');
    if (firstQuestion && (!reassurance || reassurance.index > firstQuestion.index)) return missed(firstQuestion);
    return reassurance ? met(reassurance) : missed();
  },
  sources: [sources.pdapsGoodSamaritan, sources.osfPoliceHarmReduction],
});

export const noArrest = defineRule({
  id: 'GS-NO-ARREST',
  family: 'good-samaritan',
  severity: 'critical',
  kinds: overdose,
  evaluate: ({ log, profile }) => {
    const breach = log
      .actions('arrest', 'cite')
      .find(({ entry }) => !isAboutOfficer(entry) && isProtectedByGoodSamaritan(profile, protectedPersonOf(entry), reasonOf(entry)));
    if (!breach) return met();
    return withValues(violated(breach), {
      person: protectedPersonOf(breach.entry),
      offence: reasonOf(breach.entry),
      immunity: profile.goodSamaritan.immunity,
    });
  },
  sources: [sources.pdapsGoodSamaritan, sources.osfPoliceHarmReduction],
});

export const noThreat = defineRule({
  id: 'GS-NO-THREAT',
  family: 'good-samaritan',
  severity: 'major',
  kinds: overdose,
  evaluate: ({ log }) => {
    const threat = log.actions('threaten_arrest').find((t) => !isAboutOfficer(t.entry));
    return threat ? violated(threat) : met();
  },
  sources: [sources.pdapsGoodSamaritan, sources.redesigningPublicSafety],
});

export const GOOD_SAMARITAN_RULES: readonly Rule[] = [reassure, noArrest, noThreat];
