import type { RuleCases } from './rule-cases.js';

/** Cases for the family `lawful-contact` (revision 2): the picks on a sandbox and the verdict they give. */
export const LAWFUL_CONTACT_SANDBOX = 'sandbox-patdown' as const;

const REFUSED = 'text:event consent_refused target=person';

export const LAWFUL_CONTACT_CASES: RuleCases = {
  'LC-CONSENT': [
    { name: '"I said no!": her bag searched anyway', picks: `${REFUSED},text:search_bag target=person`, verdict: 'violated' },
    { name: 'a refusal respected', picks: `${REFUSED},act:explain_stop,act:release`, verdict: 'met' },
    {
      name: "searching the driver's bag after the passenger refused",
      picks: `${REFUSED},text:search_bag target=bystander`,
      verdict: 'met',
    },
    {
      name: 'probable cause about her comes to light',
      picks: `${REFUSED},text:event probable_cause target=person,act:search_person`,
      verdict: 'met',
    },
    {
      name: 'a search incident to a lawful arrest',
      picks: `${REFUSED},text:arrest reason=possession target=person,act:search_person`,
      verdict: 'met',
    },
    {
      name: 'an arrest for refusing is no basis for the search',
      picks: `${REFUSED},text:arrest reason=refusal target=person,act:search_person`,
      verdict: 'violated',
    },
    {
      name: 'a frisk on a new sign of a weapon during a lawful stop',
      picks: `text:event lawful_stop target=person,${REFUSED},text:event weapon_indicator target=person,text:patdown target=person`,
      verdict: 'met',
    },
    {
      name: 'a sign of a weapon on a person free to go does not undo the refusal',
      picks: `${REFUSED},text:event weapon_indicator target=person,text:patdown target=person`,
      verdict: 'violated',
    },
    {
      name: 'a weapon indicator before the refusal is no new basis',
      picks: `text:event lawful_stop target=person,text:event weapon_indicator target=person,${REFUSED},text:patdown target=person`,
      verdict: 'violated',
    },
    { name: 'a weapon threat', picks: `${REFUSED},text:event weapon_threat,act:search_person`, verdict: 'met' },
    { name: 'a blind reach after the refusal', picks: `${REFUSED},act:reach_into_pocket`, verdict: 'violated' },
    { name: 'nobody refused', picks: 'act:search_person', verdict: 'not_applicable' },
    {
      name: 'at an overdose NA-NO-SEARCH already scores every search',
      sandbox: 'sandbox-overdose',
      picks: `${REFUSED},text:search_bag target=person`,
      verdict: 'not_applicable',
    },
    {
      name: 'at an overdose without the agency overlay, it applies',
      sandbox: 'sandbox-overdose',
      profile: 'limited-immunity',
      picks: `${REFUSED},text:search_bag target=person`,
      verdict: 'violated',
    },
  ],
  'LC-FORCE': [
    { name: 'no force', picks: 'act:explain_stop,act:release', verdict: 'met' },
    { name: 'grabs the man who walks off', picks: 'act:explain_stop,act:grab', verdict: 'violated' },
    { name: 'handcuffs with no threat', picks: 'act:restrain', verdict: 'violated' },
    { name: 'a takedown after a weapon threat', picks: 'text:event weapon_threat,act:takedown', verdict: 'met' },
    { name: 'control of a person resisting a lawful arrest', picks: 'text:event active_resistance,act:restrain', verdict: 'met' },
    { name: 'force on a bystander', picks: 'text:grab target=bystander', verdict: 'violated' },
    { name: 'steadying a fellow officer is no force', picks: 'text:restrain target=partner', verdict: 'met' },
    {
      name: 'the patient waking in withdrawal, handcuffed',
      sandbox: 'sandbox-overdose',
      picks: 'act:naloxone_nasal,act:restrain',
      verdict: 'violated',
    },
    {
      name: 'forcing a competent patient into the stair chair',
      sandbox: 'sandbox-overdose',
      picks: 'act:force_transport',
      verdict: 'violated',
    },
  ],
  'LC-NO-THREAT': [
    { name: 'no threats', picks: 'act:explain_stop', verdict: 'met' },
    { name: 'threatens the person with jail', picks: 'text:threaten_arrest target=person', verdict: 'violated' },
    { name: 'threatens the driver', picks: 'text:threaten_arrest target=bystander', verdict: 'violated' },
    {
      name: 'GS-NO-THREAT covers overdoses',
      sandbox: 'sandbox-overdose',
      picks: 'text:threaten_arrest target=caller',
      verdict: 'not_applicable',
    },
  ],
  'LC-NO-FISHING': [
    { name: 'no checks', picks: 'act:explain_stop', verdict: 'met' },
    { name: 'runs a person free to go for warrants', picks: 'text:warrant_check target=person', verdict: 'violated' },
    { name: 'demands ID of a person free to go', picks: 'text:demand_id target=person', verdict: 'violated' },
    {
      name: 'runs the driver of a lawful stop',
      picks: 'text:event lawful_stop target=bystander,text:warrant_check target=bystander',
      verdict: 'met',
    },
    {
      name: 'runs the passenger of a stopped car without suspicion about her (Rodriguez)',
      picks: 'text:event lawful_stop target=bystander,text:warrant_check target=person',
      verdict: 'violated',
    },
    {
      name: 'runs a person lawfully stopped',
      picks: 'text:event lawful_stop target=person,text:warrant_check target=person',
      verdict: 'met',
    },
    { name: 'an eligible offence about the person', picks: 'text:event eligible_offense,text:demand_id target=person', verdict: 'met' },
    { name: 'NA-NO-WARRANT-CHECK covers overdoses', sandbox: 'sandbox-overdose', picks: 'act:warrant_check', verdict: 'not_applicable' },
  ],
  'LC-SERVICE-SITE': [
    {
      name: 'by the syringe-program van, nothing searched or charged',
      picks: 'text:event near_service_site,act:explain_stop,act:release',
      verdict: 'met',
    },
    { name: 'a bag searched by the van', picks: 'text:event near_service_site,text:search_bag target=person', verdict: 'violated' },
    {
      name: 'a citation by the van',
      picks: 'text:event near_service_site,text:cite reason=paraphernalia target=person',
      verdict: 'violated',
    },
    { name: "a frisk is PD-FRISK-BASIS's to judge", picks: 'text:event near_service_site,text:patdown target=person', verdict: 'met' },
    {
      name: 'a search after a weapon threat',
      picks: 'text:event near_service_site,text:event weapon_threat,act:search_person',
      verdict: 'met',
    },
    { name: 'a search before the van came up', picks: 'act:search_person,text:event near_service_site,act:release', verdict: 'met' },
    { name: 'no service site at hand', picks: 'act:search_person', verdict: 'not_applicable' },
    {
      name: 'no agency overlay',
      profile: 'limited-immunity',
      picks: 'text:event near_service_site,act:search_person',
      verdict: 'not_applicable',
    },
    {
      name: 'at an overdose NA-NO-SEARCH already scores it',
      sandbox: 'sandbox-overdose',
      picks: 'text:event near_service_site,act:search_person',
      verdict: 'not_applicable',
    },
  ],
};
