/** Every rule case table, for tests that look across the whole rubric. */
import { GOOD_SAMARITAN_AND_NO_ARREST_CASES, GOOD_SAMARITAN_AND_NO_ARREST_SANDBOX } from './good-samaritan-and-no-arrest.js';
import { LAWFUL_CONTACT_CASES, LAWFUL_CONTACT_SANDBOX } from './lawful-contact.js';
import { NALOXONE_CASES, NALOXONE_SANDBOX } from './naloxone.js';
import type { CaseTable } from './rule-cases.js';
import { SHARPS_AND_REFERRAL_CASES, SHARPS_AND_REFERRAL_SANDBOX } from './sharps-and-referral.js';

export const CASE_TABLES: readonly CaseTable[] = [
  { cases: NALOXONE_CASES, sandbox: NALOXONE_SANDBOX },
  { cases: GOOD_SAMARITAN_AND_NO_ARREST_CASES, sandbox: GOOD_SAMARITAN_AND_NO_ARREST_SANDBOX },
  { cases: SHARPS_AND_REFERRAL_CASES, sandbox: SHARPS_AND_REFERRAL_SANDBOX },
  { cases: LAWFUL_CONTACT_CASES, sandbox: LAWFUL_CONTACT_SANDBOX },
];
