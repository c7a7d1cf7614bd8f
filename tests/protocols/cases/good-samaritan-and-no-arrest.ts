import type { RuleCases } from './rule-cases.js';

/** Cases for the families `good-samaritan` and `no-arrest-at-overdose`: the picks on a sandbox and the verdict they give. */
export const GOOD_SAMARITAN_AND_NO_ARREST_SANDBOX = 'sandbox-overdose' as const;

export const GOOD_SAMARITAN_AND_NO_ARREST_CASES: RuleCases = {
  'GS-REASSURE': [
    { name: 'reassures, then asks what was taken', picks: 'act:reassure_good_samaritan,text:ask_what_taken target=caller', verdict: 'met' },
    { name: 'reassures and asks nothing', picks: 'act:reassure_good_samaritan', verdict: 'met' },
    { name: 'asks before reassuring', picks: 'text:ask_what_taken target=caller,act:reassure_good_samaritan', verdict: 'missed' },
    { name: 'demands ID before reassuring', picks: 'text:demand_id target=caller,act:reassure_good_samaritan', verdict: 'missed' },
    {
      name: 'a question to the patient is not a question to the caller',
      picks: 'text:ask_what_taken target=patient,act:reassure_good_samaritan',
      verdict: 'met',
    },
    { name: 'never reassures', picks: 'act:naloxone_nasal', verdict: 'missed' },
    { name: 'not at a pat-down', sandbox: 'sandbox-patdown', picks: 'act:explain_stop', verdict: 'not_applicable' },
  ],
  'GS-NO-ARREST': [
    { name: 'no arrest', picks: 'act:naloxone_nasal', verdict: 'met' },
    { name: 'arrests the caller for possession (model policy)', picks: 'text:arrest reason=possession target=caller', verdict: 'violated' },
    { name: 'cites the caller for possession (model policy)', picks: 'text:cite reason=possession target=caller', verdict: 'violated' },
    {
      name: 'arrests a bystander for possession (model policy protects others)',
      picks: 'text:arrest reason=possession target=bystander',
      verdict: 'violated',
    },
    {
      name: 'arrests a bystander for possession (limited immunity protects only caller and patient)',
      profile: 'limited-immunity',
      picks: 'text:arrest reason=possession target=bystander',
      verdict: 'met',
    },
    {
      name: 'cites the caller for paraphernalia (limited immunity covers possession only)',
      profile: 'limited-immunity',
      picks: 'text:cite reason=paraphernalia target=caller',
      verdict: 'met',
    },
    {
      name: 'arrests the caller on a warrant (model policy does not cover warrants)',
      picks: 'text:arrest reason=warrant target=caller',
      verdict: 'met',
    },
    {
      name: 'arrests the caller on a warrant where the law covers warrants',
      profile: 'warrant-parole-immunity',
      picks: 'text:arrest reason=warrant target=caller',
      verdict: 'violated',
    },
    {
      name: 'arrests the caller for a parole violation (model policy covers it)',
      picks: 'text:arrest reason=parole_violation target=caller',
      verdict: 'violated',
    },
    {
      name: 'a parole violation is not covered under limited immunity',
      profile: 'limited-immunity',
      picks: 'text:arrest reason=parole_violation target=caller',
      verdict: 'met',
    },
    { name: 'an arrest for a violent crime is not covered', picks: 'text:arrest reason=violent_crime target=bystander', verdict: 'met' },
  ],
  'GS-NO-THREAT': [
    { name: 'no threats', picks: 'act:reassure_good_samaritan', verdict: 'met' },
    { name: 'threatens the caller', picks: 'text:threaten_arrest target=caller', verdict: 'violated' },
    { name: 'threatens the patient', picks: 'text:threaten_arrest target=patient', verdict: 'violated' },
    { name: 'threatens a bystander', picks: 'text:threaten_arrest target=bystander', verdict: 'violated' },
    {
      name: 'words with a fellow officer are not a threat to anyone at the scene',
      picks: 'text:threaten_arrest target=partner',
      verdict: 'met',
    },
  ],
  'NA-NO-WARRANT-CHECK': [
    { name: 'no checks', picks: 'act:naloxone_nasal', verdict: 'met' },
    { name: 'a warrant check', picks: 'act:warrant_check', verdict: 'violated' },
    { name: 'an ID demand', picks: 'text:demand_id target=patient', verdict: 'violated' },
    { name: 'no agency overlay', profile: 'limited-immunity', picks: 'act:warrant_check', verdict: 'not_applicable' },
  ],
  'NA-NO-SEARCH': [
    { name: 'no search', picks: 'act:naloxone_nasal', verdict: 'met' },
    { name: 'searches the area', picks: 'act:search_area', verdict: 'violated' },
    { name: 'seizes paraphernalia', picks: 'act:seize_paraphernalia', verdict: 'violated' },
    { name: "a blind reach into the unconscious patient's pocket is a search", picks: 'act:reach_into_pocket', verdict: 'violated' },
    { name: "looks through the patient's bag", picks: 'text:search_bag target=person', verdict: 'violated' },
    { name: 'searches a person after a weapon threat', picks: 'text:event weapon_threat,act:search_person', verdict: 'met' },
    { name: 'a search before the threat is still a violation', picks: 'act:search_person,text:event weapon_threat', verdict: 'violated' },
    { name: 'no agency overlay', profile: 'warrant-parole-immunity', picks: 'act:search_area', verdict: 'not_applicable' },
  ],
  'NA-MEDICAL-QUESTIONS-ONLY': [
    { name: 'asks what was taken', picks: 'text:ask_what_taken target=caller', verdict: 'met' },
    { name: 'asks where the drugs came from', picks: 'act:ask_drug_source', verdict: 'violated' },
    { name: 'asks for intelligence', picks: 'act:ask_for_intelligence', verdict: 'violated' },
    { name: 'no agency overlay', profile: 'limited-immunity', picks: 'act:ask_drug_source', verdict: 'not_applicable' },
  ],
  'NA-NO-ARREST': [
    { name: 'no arrest', picks: 'act:naloxone_nasal', verdict: 'met' },
    { name: 'any arrest', picks: 'text:arrest reason=warrant target=caller', verdict: 'violated' },
    {
      name: 'a citation is a charge too (a trespass citation at an overdose)',
      picks: 'text:cite reason=other target=patient',
      verdict: 'violated',
    },
    {
      name: 'an arrest for a violent crime after one happened',
      picks: 'text:event violent_crime,text:arrest reason=violent_crime target=bystander',
      verdict: 'met',
    },
    {
      name: 'an arrest "for a violent crime" that never happened',
      picks: 'text:arrest reason=violent_crime target=bystander',
      verdict: 'violated',
    },
    {
      name: 'no agency overlay',
      profile: 'limited-immunity',
      picks: 'text:arrest reason=warrant target=caller',
      verdict: 'not_applicable',
    },
    {
      name: 'not at a pat-down',
      sandbox: 'sandbox-patdown',
      picks: 'text:arrest reason=possession target=person',
      verdict: 'not_applicable',
    },
  ],
};
