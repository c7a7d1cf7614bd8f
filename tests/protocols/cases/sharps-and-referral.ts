import type { RuleCases } from './rule-cases.js';

/** Cases for the families `sharps-safety` and `voluntary-referral`: the picks on a sandbox and the verdict they give. */
export const SHARPS_AND_REFERRAL_SANDBOX = 'sandbox-patdown' as const;

export const SHARPS_AND_REFERRAL_CASES: RuleCases = {
  'SH-ASK-FIRST': [
    { name: 'asks, then pats down', picks: 'act:ask_about_sharps,text:event weapon_indicator,text:patdown target=person', verdict: 'met' },
    { name: 'asks and does not search', picks: 'act:ask_about_sharps,act:release', verdict: 'met' },
    { name: 'pats down first', picks: 'text:patdown target=person,act:ask_about_sharps', verdict: 'violated' },
    { name: 'reaches into a pocket first', picks: 'act:reach_into_pocket', verdict: 'violated' },
    { name: 'neither a question nor a search', picks: 'act:explain_stop,act:release', verdict: 'not_applicable' },
    { name: 'not at an overdose', sandbox: 'sandbox-overdose', picks: 'act:search_person', verdict: 'not_applicable' },
  ],
  'SH-NO-BLIND-REACH': [
    { name: 'has the person remove items', picks: 'act:ask_about_sharps,act:have_person_remove_items', verdict: 'met' },
    { name: 'a blind reach', picks: 'act:ask_about_sharps,act:reach_into_pocket', verdict: 'violated' },
    {
      name: "a blind reach into an unconscious patient's pocket",
      sandbox: 'sandbox-overdose',
      picks: 'act:reach_into_pocket',
      verdict: 'violated',
    },
    { name: 'no reach at an overdose', sandbox: 'sandbox-overdose', picks: 'act:naloxone_nasal', verdict: 'met' },
  ],
  'SH-NO-RECAP': [
    {
      name: 'picks up a found syringe and puts it in the container as found',
      picks: 'act:don_gloves,act:pick_up_syringe,act:dispose_sharps_safely',
      verdict: 'met',
    },
    {
      name: 'recaps a used needle',
      picks: 'act:don_gloves,act:pick_up_syringe,act:recap_needle,act:dispose_sharps_safely',
      verdict: 'violated',
    },
    { name: 'clips a syringe in a shirt pocket', picks: 'act:confiscate_syringes,act:pocket_syringe', verdict: 'violated' },
    { name: 'recaps at an overdose too', sandbox: 'sandbox-overdose', picks: 'act:pick_up_syringe,act:recap_needle', verdict: 'violated' },
    { name: 'never handles a syringe', picks: 'act:ask_about_sharps,act:have_person_remove_items', verdict: 'not_applicable' },
  ],
  'SH-GLOVES': [
    { name: 'gloves, then a pat-down', picks: 'act:don_gloves,text:patdown target=person', verdict: 'met' },
    { name: 'a pat-down without gloves', picks: 'text:patdown target=person,act:don_gloves', verdict: 'missed' },
    { name: 'handcuffs without gloves', picks: 'act:restrain', verdict: 'missed' },
    { name: 'a syringe handled bare-handed', picks: 'act:pick_up_syringe,act:don_gloves', verdict: 'missed' },
    { name: 'gloves before picking up a syringe', picks: 'act:don_gloves,act:pick_up_syringe', verdict: 'met' },
    {
      name: 'a syringe picked up bare-handed at an overdose',
      sandbox: 'sandbox-overdose',
      picks: 'act:pick_up_syringe',
      verdict: 'missed',
    },
    { name: 'no hands-on contact', picks: 'act:explain_stop,act:have_person_remove_items', verdict: 'not_applicable' },
  ],
  'SH-SAFE-DISPOSAL': [
    { name: 'a found syringe into the sharps container', picks: 'text:event syringe_found,act:dispose_sharps_safely', verdict: 'met' },
    { name: 'confiscated and disposed of', picks: 'act:confiscate_syringes,act:dispose_sharps_safely', verdict: 'met' },
    { name: 'confiscated and kept', picks: 'act:confiscate_syringes,act:release', verdict: 'missed' },
    { name: 'pocketed', picks: 'act:pocket_syringe,act:dispose_sharps_safely', verdict: 'violated' },
    { name: 'never handled a syringe', picks: 'act:ask_about_sharps', verdict: 'not_applicable' },
    { name: 'a syringe left lying where people walk', picks: 'text:event syringe_found,act:release', verdict: 'missed' },
    {
      name: 'his syringes into the container, but the one found in the grass afterwards left there',
      picks: 'act:don_gloves,act:confiscate_syringes,act:dispose_sharps_safely,text:event syringe_found,act:release',
      verdict: 'missed',
    },
    {
      name: 'a syringe found, then picked up and put in the container',
      picks: 'text:event syringe_found,act:don_gloves,act:pick_up_syringe,act:dispose_sharps_safely',
      verdict: 'met',
    },
    {
      name: 'picked up and recapped, then disposed of',
      picks: 'act:pick_up_syringe,act:recap_needle,act:dispose_sharps_safely',
      verdict: 'met',
    },
    {
      name: 'a found syringe left behind at an overdose',
      sandbox: 'sandbox-overdose',
      picks: 'text:event syringe_found,act:naloxone_nasal',
      verdict: 'missed',
    },
  ],
  'SH-DISCLOSURE-NO-PENALTY': [
    {
      name: 'disclosed and not penalised',
      picks: 'act:ask_about_sharps,text:event sharps_disclosed,act:have_person_remove_items',
      verdict: 'met',
    },
    {
      name: 'cited for the disclosed syringes',
      picks: 'act:ask_about_sharps,text:event sharps_disclosed,text:cite reason=paraphernalia target=person',
      verdict: 'violated',
    },
    {
      name: 'a possession citation is not a penalty for the disclosure',
      picks: 'text:event sharps_disclosed,text:cite reason=possession target=person',
      verdict: 'met',
    },
    {
      name: 'disclosure is not protected by the profile',
      profile: 'limited-immunity',
      picks: 'text:event sharps_disclosed,text:cite reason=paraphernalia target=person',
      verdict: 'not_applicable',
    },
    { name: 'nothing disclosed', picks: 'text:cite reason=paraphernalia target=person', verdict: 'not_applicable' },
  ],
  'PD-FRISK-BASIS': [
    {
      name: 'frisk after a lawful stop and a weapon indicator',
      picks: 'text:event lawful_stop target=person,text:event weapon_indicator target=person,text:patdown target=person',
      verdict: 'met',
    },
    {
      name: 'frisk of a passenger on a sign she is armed during the stop of the driver (Brendlin, Arizona v. Johnson)',
      picks: 'text:event lawful_stop target=bystander,text:event weapon_indicator target=person,text:patdown target=person',
      verdict: 'met',
    },
    {
      name: 'a visible knife on a person free to go is no basis for a frisk',
      picks: 'text:event weapon_indicator target=person,text:patdown target=person',
      verdict: 'violated',
    },
    {
      name: 'a lawful stop without a sign of a weapon is no basis',
      picks: 'text:event lawful_stop target=person,text:patdown target=person',
      verdict: 'violated',
    },
    {
      name: 'a sign that someone else is armed is no basis for frisking this person',
      picks: 'text:event lawful_stop target=person,text:event weapon_indicator target=bystander,text:patdown target=person',
      verdict: 'violated',
    },
    { name: 'frisk after the person consents', picks: 'text:event consent_given target=person,text:patdown target=person', verdict: 'met' },
    { name: 'frisk with no basis', picks: 'text:patdown target=person', verdict: 'violated' },
    {
      name: "someone else's consent is no basis",
      picks: 'text:event consent_given target=bystander,text:patdown target=person',
      verdict: 'violated',
    },
    { name: 'no pat-down', picks: 'act:have_person_remove_items', verdict: 'not_applicable' },
  ],
  'PD-EXPLAIN-STOP': [
    { name: 'explains, then searches', picks: 'act:explain_stop,act:search_person', verdict: 'met' },
    { name: 'explains and never searches', picks: 'act:explain_stop,act:release', verdict: 'met' },
    { name: 'searches first', picks: 'act:search_person,act:explain_stop', verdict: 'missed' },
    { name: 'never explains', picks: 'act:release', verdict: 'missed' },
  ],
  'SSP-RESPECT': [
    { name: 'honours the card', picks: 'text:event ssp_card_shown,act:inspect_ssp_card,act:honor_ssp_card', verdict: 'met' },
    { name: 'confiscates program syringes', picks: 'text:event ssp_card_shown,act:confiscate_syringes', verdict: 'violated' },
    {
      name: 'cites for paraphernalia after the card',
      picks: 'text:event ssp_card_shown,text:cite reason=paraphernalia target=person',
      verdict: 'violated',
    },
    { name: 'ignores the card', picks: 'text:event ssp_card_shown,act:release', verdict: 'missed' },
    {
      name: 'program syringes are not legal under the profile',
      profile: 'limited-immunity',
      picks: 'text:event ssp_card_shown,act:confiscate_syringes',
      verdict: 'not_applicable',
    },
    { name: 'no card shown', picks: 'act:confiscate_syringes', verdict: 'not_applicable' },
  ],
  'DIV-OFFER': [
    { name: 'offers diversion', picks: 'text:event eligible_offense,act:offer_diversion', verdict: 'met' },
    {
      name: 'offers diversion, declined, then cites',
      picks: 'text:event eligible_offense,act:offer_diversion,text:event referral_declined,text:cite reason=possession target=person',
      verdict: 'met',
    },
    {
      name: 'arrests without offering diversion',
      picks: 'text:event eligible_offense,text:arrest reason=possession target=person',
      verdict: 'violated',
    },
    { name: 'released with neither', picks: 'text:event eligible_offense,act:release', verdict: 'not_applicable' },
    {
      name: 'no diversion program under the profile',
      profile: 'limited-immunity',
      picks: 'text:event eligible_offense,text:arrest reason=possession target=person',
      verdict: 'not_applicable',
    },
    {
      name: 'also at an overdose',
      sandbox: 'sandbox-overdose',
      picks: 'text:event eligible_offense,text:cite reason=possession target=caller',
      verdict: 'violated',
    },
  ],
  'DIV-NO-INFORMANT': [
    { name: 'no informant recruitment', picks: 'act:offer_diversion', verdict: 'met' },
    { name: 'information for leniency (model policy)', picks: 'act:ask_for_intelligence', verdict: 'violated' },
    {
      name: 'information for leniency (limited immunity)',
      profile: 'limited-immunity',
      picks: 'act:ask_for_intelligence',
      verdict: 'violated',
    },
    {
      name: 'information for leniency (at an overdose)',
      sandbox: 'sandbox-overdose',
      profile: 'warrant-parole-immunity',
      picks: 'act:ask_for_intelligence',
      verdict: 'violated',
    },
  ],
  'DIV-HONOR': [
    { name: 'diversion accepted, and no charge follows', picks: 'text:event diversion_accepted target=person,act:release', verdict: 'met' },
    {
      name: 'arrested after accepting LEAD',
      picks: 'act:offer_diversion,text:event diversion_accepted target=person,text:arrest reason=possession target=person',
      verdict: 'violated',
    },
    {
      name: 'cited after accepting diversion',
      picks: 'text:event diversion_accepted target=person,text:cite reason=paraphernalia target=person',
      verdict: 'violated',
    },
    {
      name: 'an arrest for a violent crime after acceptance is not a bait-and-switch',
      picks: 'text:event diversion_accepted target=person,text:event violent_crime,text:arrest reason=violent_crime target=person',
      verdict: 'met',
    },
    {
      name: "another person's acceptance does not protect this one",
      picks: 'text:event diversion_accepted target=bystander,text:arrest reason=possession target=person',
      verdict: 'met',
    },
    {
      name: 'in force whatever the profile',
      profile: 'limited-immunity',
      picks: 'text:event diversion_accepted target=person,text:arrest reason=possession target=person',
      verdict: 'violated',
    },
    { name: 'nobody accepted diversion', picks: 'text:arrest reason=possession target=person', verdict: 'not_applicable' },
  ],
  'REF-VOLUNTARY': [
    { name: 'asked for help, and offered a referral', picks: 'text:event asks_for_help,text:offer_referral', verdict: 'met' },
    { name: 'asked for help, and offered diversion', picks: 'text:event asks_for_help,act:offer_diversion', verdict: 'met' },
    { name: 'a warm handoff to a crisis team', picks: 'text:event asks_for_help,text:offer_referral to=crisis', verdict: 'met' },
    { name: 'asked for help, and offered nothing', picks: 'text:event asks_for_help,act:release', verdict: 'missed' },
    { name: 'treatment or jail, asked or not', picks: 'text:offer_referral,act:coerce_referral', verdict: 'violated' },
    { name: 'a stop with nothing to refer for', picks: 'act:explain_stop,act:release', verdict: 'not_applicable' },
    { name: 'an offer nobody asked for shows in the outcomes only', picks: 'text:offer_referral,act:release', verdict: 'not_applicable' },
    {
      name: 'the patient wakes after an overdose, and is offered a referral',
      sandbox: 'sandbox-overdose',
      picks: `act:naloxone_nasal,act:monitor,act:monitor,act:monitor,act:monitor,act:monitor,text:offer_referral`,
      verdict: 'met',
    },
    {
      name: 'the patient wakes after an overdose, and nothing is offered',
      sandbox: 'sandbox-overdose',
      picks: `act:naloxone_nasal,act:monitor,act:monitor,act:monitor,act:monitor,act:monitor,act:explain_what_happened`,
      verdict: 'missed',
    },
  ],
};
