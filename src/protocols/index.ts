/** The rubric: every rule of PROTOCOLS.md, in the order the debrief lists them. */
import type { Rule } from '../engine/scoring/rule.js';
import { GOOD_SAMARITAN_RULES } from './good-samaritan.js';
import { NALOXONE_RULES } from './naloxone.js';
import { NO_ARREST_AT_OVERDOSE_RULES } from './no-arrest-at-overdose.js';
import { SHARPS_SAFETY_RULES } from './sharps-safety.js';
import { VOLUNTARY_REFERRAL_RULES } from './voluntary-referral.js';

export const RUBRIC: readonly Rule[] = [
  ...NALOXONE_RULES,
  ...GOOD_SAMARITAN_RULES,
  ...NO_ARREST_AT_OVERDOSE_RULES,
  ...SHARPS_SAFETY_RULES,
  ...VOLUNTARY_REFERRAL_RULES,
];

export function ruleById(id: string): Rule | undefined {
  return RUBRIC.find((r) => r.id === id);
}
