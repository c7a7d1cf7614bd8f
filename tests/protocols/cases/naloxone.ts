import { profile } from '../../helpers/fixtures.js';
import { times } from '../../helpers/sandbox.js';
import type { RuleCases } from './rule-cases.js';

/** Cases for the care rules at an overdose (family `naloxone`): the picks on a sandbox and the verdict they give. */
export const NALOXONE_SANDBOX = 'sandbox-overdose' as const;

const noLeaveBehind = { ...profile('model-policy'), id: 'no-leave-behind', leaveBehindAllowed: false };
/**
 * Naloxone at arrival: breathing is normal at 150 s, and the patient wakes two minutes later, at
 * 270 s, during the fifth minute of monitoring (picks at 20, 80, 140, 200 and 260 s).
 */
const WAKE = `act:naloxone_nasal,${times(5, 'act:monitor')}`;

export const NALOXONE_CASES: RuleCases = {
  'OD-SCENE-SAFE': [
    { name: 'size-up before touching', picks: 'act:scene_size_up,act:check_responsiveness', verdict: 'met' },
    { name: 'touching first', picks: 'act:check_responsiveness,act:scene_size_up', verdict: 'missed' },
    { name: 'no hands-on contact', picks: 'act:call_ems', verdict: 'not_applicable' },
    { name: 'not at a pat-down', sandbox: 'sandbox-patdown', picks: 'act:scene_size_up', verdict: 'not_applicable' },
  ],
  'OD-RECOGNIZE': [
    { name: 'both checks within 60 s', picks: 'act:wait,act:check_responsiveness,act:check_breathing', verdict: 'met' },
    {
      name: 'breathing checked at 60 s (inclusive)',
      picks: 'act:wait,text:ask_what_taken target=caller,act:check_responsiveness,act:check_breathing',
      verdict: 'met',
    },
    {
      name: 'breathing checked at 70 s',
      picks: `${times(2, 'act:wait')},act:check_responsiveness,act:call_ems,act:check_breathing`,
      verdict: 'missed',
    },
    { name: 'never checked', picks: 'act:call_ems', verdict: 'missed' },
    { name: 'a folk remedy', picks: 'act:check_responsiveness,act:check_breathing,act:folk_remedy', verdict: 'violated' },
    {
      name: "checking the partner's breathing is not checking the patient's",
      picks: 'act:check_responsiveness,text:check_breathing target=partner',
      verdict: 'missed',
    },
  ],
  'OD-EMS-FIRST': [
    { name: 'called at 90 s (the limit is inclusive)', picks: `${times(3, 'act:wait')},act:call_ems`, verdict: 'met' },
    { name: 'called at 120 s', picks: `${times(4, 'act:wait')},act:call_ems`, verdict: 'violated' },
    { name: 'never called', picks: 'act:naloxone_nasal', verdict: 'missed' },
  ],
  'OD-NALOXONE-PROMPT': [
    { name: 'first dose at 120 s (inclusive)', picks: `${times(4, 'act:wait')},act:naloxone_nasal`, verdict: 'met' },
    { name: 'first dose at 150 s', picks: `${times(5, 'act:wait')},act:naloxone_im`, verdict: 'violated' },
    { name: 'no naloxone', picks: 'act:call_ems,act:rescue_breathing', verdict: 'missed' },
    {
      name: "a dose sprayed on the partner is not the patient's",
      picks: 'text:naloxone_nasal target=partner,act:call_ems',
      verdict: 'missed',
    },
  ],
  'OD-OXYGEN': [
    { name: 'rescue breaths as breathing stops at 180 s', picks: `${times(6, 'act:wait')},act:rescue_breathing`, verdict: 'met' },
    { name: 'rescue breaths already in progress', picks: `${times(5, 'act:wait')},act:rescue_breathing`, verdict: 'met' },
    { name: 'waiting while not breathing', picks: times(7, 'act:wait'), verdict: 'violated' },
    { name: 'no ventilation within 60 s', picks: `${times(6, 'act:wait')},act:monitor,act:monitor`, verdict: 'violated' },
    {
      name: 'CPR on a patient who stopped breathing but still has a pulse ventilates (AHA 2020 lay-rescuer algorithm)',
      picks: `${times(6, 'act:wait')},act:cpr`,
      verdict: 'met',
    },
    {
      name: 'still breathing slowly a minute after the dose, and nobody breathes for them',
      picks: `act:naloxone_nasal,${times(3, 'act:monitor')}`,
      verdict: 'missed',
    },
    {
      name: 'rescue breaths while breathing stays slow after the dose',
      picks: 'act:naloxone_nasal,act:monitor,act:rescue_breathing,act:monitor',
      verdict: 'met',
    },
    {
      name: 'breaths through the apnoea and while the first of two doses holds breathing at slow',
      sandbox: 'sandbox-overdose-apneic',
      picks: `act:naloxone_nasal,${times(3, 'act:rescue_breathing')}`,
      verdict: 'met',
    },
    {
      name: 'breaths through the apnoea, then none once the first dose lifts breathing only to slow',
      sandbox: 'sandbox-overdose-apneic',
      picks: `act:naloxone_nasal,act:rescue_breathing,${times(3, 'act:monitor')}`,
      verdict: 'missed',
    },
    {
      name: 'no naloxone and breathing never stops: slow breathing alone decides nothing',
      picks: 'act:call_ems,text:end',
      verdict: 'not_applicable',
    },
    {
      name: 'the encounter ends as breathing stops, before 60 s have passed',
      picks: `${times(6, 'act:wait')},text:end`,
      verdict: 'not_applicable',
    },
    {
      name: 'a dose sprayed on the partner starts no clock for the patient',
      picks: `text:naloxone_nasal target=partner,${times(2, 'act:monitor')},text:end`,
      verdict: 'not_applicable',
    },
  ],
  'OD-REDOSE': [
    {
      name: 'a second dose 140 s after the first, breathing still slow',
      picks: `act:naloxone_nasal,act:monitor,act:monitor,act:naloxone_nasal`,
      verdict: 'met',
    },
    { name: 'doses stacked 20 s apart', picks: 'act:naloxone_nasal,act:naloxone_im', verdict: 'violated' },
    {
      name: 'a further dose while breathing normally but not awake',
      picks: `act:naloxone_nasal,${times(3, 'act:monitor')},act:naloxone_nasal`,
      verdict: 'violated',
    },
    {
      name: 'stacking on a sedated patient who breathes but does not wake',
      sandbox: 'sandbox-overdose-sedated',
      picks: `act:naloxone_nasal,${times(4, 'act:monitor')},act:naloxone_nasal`,
      verdict: 'violated',
    },
    {
      name: 'still not breathing normally 300 s after the only dose',
      sandbox: 'sandbox-overdose-apneic',
      picks: `act:naloxone_nasal,${times(5, 'act:rescue_breathing')}`,
      verdict: 'missed',
    },
    {
      name: 'a second dose only after 300 s',
      sandbox: 'sandbox-overdose-apneic',
      picks: `act:naloxone_nasal,${times(5, 'act:rescue_breathing')},act:naloxone_nasal`,
      verdict: 'missed',
    },
    {
      name: 'the second of two doses in the window',
      sandbox: 'sandbox-overdose-apneic',
      picks: `act:naloxone_nasal,${times(3, 'act:rescue_breathing')},act:naloxone_nasal,${times(4, 'act:rescue_breathing')}`,
      verdict: 'met',
    },
    { name: 'breathing normal within 300 s of one dose', picks: WAKE, verdict: 'not_applicable' },
    {
      name: 'a sedated patient breathing normally after one dose needs no more',
      sandbox: 'sandbox-overdose-sedated',
      picks: `act:naloxone_nasal,${times(6, 'act:monitor')}`,
      verdict: 'not_applicable',
    },
  ],
  'OD-RECOVERY-POSITION': [
    {
      name: 'rolled at the first decision while breathing but not awake',
      picks: `act:naloxone_nasal,act:rescue_breathing,act:monitor,act:monitor,act:recovery_position`,
      verdict: 'met',
    },
    {
      name: 'rolled at the next decision',
      picks: `act:naloxone_nasal,act:rescue_breathing,act:monitor,act:monitor,act:monitor,act:recovery_position`,
      verdict: 'met',
    },
    {
      name: 'rolled earlier and left on their side',
      picks: `act:naloxone_nasal,act:recovery_position,${times(3, 'act:monitor')}`,
      verdict: 'met',
    },
    {
      name: 'rolled earlier, then turned back for rescue breaths and not rolled again',
      picks: `act:naloxone_nasal,act:recovery_position,act:rescue_breathing,${times(3, 'act:monitor')}`,
      verdict: 'missed',
    },
    { name: 'the window passes without a roll', picks: WAKE, verdict: 'missed' },
    {
      name: 'a sedated patient, breathing and never waking, rolled',
      sandbox: 'sandbox-overdose-sedated',
      picks: `act:naloxone_nasal,act:rescue_breathing,act:monitor,act:monitor,act:recovery_position,act:monitor`,
      verdict: 'met',
    },
    {
      name: 'a sedated patient never rolled',
      sandbox: 'sandbox-overdose-sedated',
      picks: `act:naloxone_nasal,${times(6, 'act:monitor')}`,
      verdict: 'missed',
    },
    {
      name: 'ventilating a patient who breathes slowly is no miss here',
      picks: 'act:naloxone_nasal,act:rescue_breathing,act:rescue_breathing,text:end',
      verdict: 'not_applicable',
    },
    {
      name: 'never breathing on their own while unresponsive',
      sandbox: 'sandbox-overdose-apneic',
      picks: 'act:rescue_breathing',
      verdict: 'not_applicable',
    },
  ],
  'OD-STAY': [
    {
      name: 'stays until EMS takes over',
      picks: `act:call_ems,${times(8, 'act:monitor')},act:handoff_to_ems,act:leave_scene`,
      verdict: 'met',
    },
    { name: 'leaves before EMS arrives', picks: `act:call_ems,${WAKE},act:leave_scene`, verdict: 'violated' },
    { name: 'EMS never called', picks: `${WAKE},act:leave_scene`, verdict: 'not_applicable' },
  ],
  'OD-HANDOFF': [
    { name: 'hands over to EMS', picks: `act:call_ems,${times(8, 'act:monitor')},act:handoff_to_ems`, verdict: 'met' },
    { name: 'EMS arrives, no handover', picks: `act:call_ems,${times(9, 'act:monitor')}`, verdict: 'missed' },
    { name: 'EMS never arrives', picks: `act:call_ems,act:monitor`, verdict: 'not_applicable' },
  ],
  'OD-WITHDRAWAL-CARE': [
    { name: 'explains first on waking', picks: `${WAKE},act:explain_what_happened,act:restrain`, verdict: 'violated' },
    { name: 'explains first, nothing rough', picks: `${WAKE},act:explain_what_happened,act:offer_transport`, verdict: 'met' },
    { name: 'asks what was taken first', picks: `${WAKE},text:ask_what_taken target=patient,act:explain_what_happened`, verdict: 'missed' },
    {
      name: 'a word with the caller first, then the explanation to the patient',
      picks: `${WAKE},text:ask_what_taken target=caller,act:explain_what_happened`,
      verdict: 'met',
    },
    { name: 'demeans the person waking', picks: `${WAKE},act:demean`, verdict: 'violated' },
    { name: 'grabs the person waking', picks: `${WAKE},act:grab`, verdict: 'violated' },
    { name: 'takes the person waking to the ground', picks: `${WAKE},act:takedown`, verdict: 'violated' },
    {
      name: 'force after the person waking resists a lawful arrest is not this violation',
      picks: `${WAKE},act:explain_what_happened,text:event active_resistance,act:takedown`,
      verdict: 'met',
    },
    {
      name: 'restraint after a weapon threat is not a violation, but is not an explanation',
      picks: `${WAKE},text:event weapon_threat,act:restrain`,
      verdict: 'missed',
    },
    { name: 'never wakes', picks: 'act:call_ems', verdict: 'not_applicable' },
  ],
  'OD-REFUSAL': [
    { name: 'respects the refusal', picks: 'text:event transport_refused,act:respect_refusal', verdict: 'met' },
    {
      name: 'threatens arrest after the refusal',
      picks: 'text:event transport_refused,text:threaten_arrest target=patient',
      verdict: 'violated',
    },
    { name: 'forces transport', picks: 'text:event transport_refused,act:force_transport', verdict: 'violated' },
    { name: 'does neither', picks: 'text:event transport_refused,act:monitor', verdict: 'missed' },
    { name: 'nobody refused', picks: 'act:respect_refusal', verdict: 'not_applicable' },
  ],
  'OD-LEAVE-KIT': [
    { name: 'leaves a kit after waking', picks: `${WAKE},act:leave_naloxone_kit`, verdict: 'met' },
    { name: 'no kit', picks: WAKE, verdict: 'missed' },
    { name: 'the profile does not allow it', profile: noLeaveBehind, picks: WAKE, verdict: 'not_applicable' },
    { name: 'never wakes', picks: 'act:call_ems', verdict: 'not_applicable' },
  ],
  'FENT-NO-DELAY': [
    { name: 'gloves are fine', picks: 'act:don_gloves,act:naloxone_nasal', verdict: 'met' },
    { name: 'waiting for hazmat', picks: 'act:delay_for_exposure_fear,act:naloxone_nasal', verdict: 'violated' },
    { name: 'not at a pat-down', sandbox: 'sandbox-patdown', picks: 'act:delay_for_exposure_fear', verdict: 'not_applicable' },
  ],
};
