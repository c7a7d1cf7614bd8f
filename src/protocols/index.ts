/** The rubric: every rule of docs/protocols.md, in the order the debrief lists them. */
import type { Rubric, Rule } from '../engine/scoring/rule.js';
import { GOOD_SAMARITAN_RULES } from './good-samaritan.js';
import { LAWFUL_CONTACT_RULES } from './lawful-contact.js';
import { NALOXONE_RULES } from './naloxone.js';
import { NO_ARREST_AT_OVERDOSE_RULES } from './no-arrest-at-overdose.js';
import { SHARPS_SAFETY_RULES } from './sharps-safety.js';
import { VOLUNTARY_REFERRAL_RULES } from './voluntary-referral.js';

/** Revision 2 (docs/protocols.md, "What revision 2 changes"); attempts keep the version they were scored under. */
export const RUBRIC_VERSION = 2;

export const RUBRIC: Rubric = {
  version: RUBRIC_VERSION,
  rules: [
    ...NALOXONE_RULES,
    ...GOOD_SAMARITAN_RULES,
    ...NO_ARREST_AT_OVERDOSE_RULES,
    ...SHARPS_SAFETY_RULES,
    ...VOLUNTARY_REFERRAL_RULES,
    ...LAWFUL_CONTACT_RULES,
  ],
};

export function ruleById(id: string): Rule | undefined {
  return RUBRIC.rules.find((r) => r.id === id);
}
