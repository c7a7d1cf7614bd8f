/**
 * The action vocabulary of docs/actions.md: a public contract for scenario authors, saved attempts and
 * exports. Add actions when a scenario needs one; never rename or remove one.
 */

export type ActionCategory = 'care' | 'talk' | 'enforcement' | 'sharps';

export interface ActionDefinition {
  /** The id authors write after `#act:`. */
  readonly id: string;
  /** Which part of docs/actions.md it belongs to. */
  readonly category: ActionCategory;
  /** Simulated seconds the action takes by default; `#time:` on a choice overrides it. */
  readonly seconds: number;
  /** What the action means, in plain English, for the trainer's guide and the CLI. */
  readonly description: string;
}

function action(id: string, category: ActionCategory, seconds: number, description: string): ActionDefinition {
  return { id, category, seconds, description };
}

export const ACTIONS = [
  action('scene_size_up', 'care', 15, 'look for hazards before approaching'),
  action('don_gloves', 'care', 10, 'put on nitrile gloves'),
  action('check_responsiveness', 'care', 10, 'shout and sternal rub'),
  action('check_breathing', 'care', 10, 'look, listen, feel'),
  action('call_ems', 'care', 20, 'request or confirm EMS'),
  action('naloxone_nasal', 'care', 20, 'one intranasal dose of naloxone'),
  action('naloxone_im', 'care', 30, 'one intramuscular dose of naloxone'),
  action('rescue_breathing', 'care', 60, 'a minute of barrier rescue breaths'),
  action('cpr', 'care', 120, 'two minutes of CPR'),
  action('recovery_position', 'care', 15, 'roll the person onto their side'),
  action('monitor', 'care', 60, 'stay and watch breathing'),
  action('wait', 'care', 30, 'do nothing'),
  action('ask_what_taken', 'care', 20, 'what, how much, when (a medical question)'),
  action('explain_what_happened', 'care', 20, 'a calm explanation on waking'),
  action('offer_transport', 'care', 15, 'offer a ride to hospital with EMS'),
  action('respect_refusal', 'care', 10, 'accept a refusal of transport'),
  action('force_transport', 'care', 60, "transport against the person's will"),
  action('leave_naloxone_kit', 'care', 20, 'leave a naloxone kit behind'),
  action('handoff_to_ems', 'care', 30, 'report doses and times to EMS'),
  action('leave_scene', 'care', 10, 'leave the scene'),
  action('folk_remedy', 'care', 20, 'slap, cold water, ice, induce vomiting'),
  action('delay_for_exposure_fear', 'care', 120, 'wait for hazmat or extra gear'),
  // Added for fentanyl with xylazine: the wounds it leaves, and the sedative EMS must be told of.
  action('touch_wounds', 'care', 15, "hand contact with the person's open wounds (gripping, dressing)"),
  action('report_suspected_xylazine', 'care', 10, 'tell EMS a sedative such as xylazine is suspected'),
  // Added for a parent's overdose with a child at home: the child's care is part of the call.
  action('give_child_task', 'care', 10, 'give a child at the scene a calm job away from the patient'),
  action('arrange_caregiver', 'care', 30, 'call a safe adult the child or parent names (a relative, a neighbour) to look after a child'),
  // Added for a drug on an officer's skin (ACMT/AACT, NIOSH): soap and running water, never alcohol gel.
  action('wash_skin', 'care', 30, 'wash skin a drug touched with soap and running water'),
  action('use_hand_sanitizer', 'care', 10, 'rub alcohol hand sanitizer on skin a drug touched (not decontamination)'),

  action('reassure_good_samaritan', 'talk', 15, 'nobody is in trouble for calling'),
  action('explain_stop', 'talk', 15, 'explain the reason for the stop'),
  action('threaten_arrest', 'talk', 10, 'threaten arrest'),
  action('threaten_cps', 'talk', 10, 'threaten to call child protective services'),
  action('call_cps', 'talk', 30, 'ask child protective services to come for a child'),
  action('demean', 'talk', 10, 'insult or belittle'),
  action('offer_referral', 'talk', 30, 'offer a voluntary referral (to=)'),
  action('coerce_referral', 'talk', 20, 'treatment or jail'),
  action('offer_diversion', 'talk', 60, 'LEAD or pre-arrest diversion'),
  action('ask_for_intelligence', 'talk', 30, 'informant recruitment'),
  action('call_backup', 'talk', 15, 'call for backup'),
  // Added for a mental-health crisis (crisis intervention: time, distance, one calm voice; a warm handoff, not a card).
  action('slow_down', 'talk', 30, 'slow the encounter down: one calm voice, short sentences, time to answer'),
  action('give_space', 'talk', 15, 'step back and leave the person room and a way out'),
  action('shout_commands', 'talk', 10, 'shout orders at the person'),
  action('hand_card', 'talk', 15, 'hand over a card with a phone number or address (nobody is connected: not a referral)'),
  // Added for a person who uses drugs reporting a crime: the report taken, put off, or written off.
  action('take_report', 'talk', 120, "take a victim's or witness's report of a crime (what happened, who, which way) and put it out"),
  action('refuse_report', 'talk', 10, 'decline to take a crime report (come back later, file it somewhere else)'),
  action('dismiss_report', 'talk', 20, 'write a crime report off as not credible (information only, no follow-up)'),

  action('warrant_check', 'enforcement', 120, 'run a warrant check'),
  action('demand_id', 'enforcement', 45, 'demand identification'),
  action('ask_drug_source', 'enforcement', 30, 'ask where the drugs came from'),
  action('search_person', 'enforcement', 60, 'search a person'),
  action('search_area', 'enforcement', 90, 'search the area'),
  action('seize_drugs', 'enforcement', 30, 'seize drugs'),
  action('seize_paraphernalia', 'enforcement', 30, 'seize paraphernalia'),
  action('cite', 'enforcement', 60, 'issue a citation (reason=, target=)'),
  action('arrest', 'enforcement', 120, 'arrest (reason=, target=)'),
  action('restrain', 'enforcement', 30, 'handcuffs or hands-on control'),
  action('release', 'enforcement', 10, 'let the person go'),
  // Revision 2 (docs/actions.md): the acts a review found stories offering under other names.
  action('search_bag', 'enforcement', 45, 'look through a bag or backpack'),
  action('grab', 'enforcement', 5, 'take hold of a person'),
  action('takedown', 'enforcement', 10, 'take a person to the ground'),
  action('close_distance', 'enforcement', 5, 'move in close or box the person in, cutting off their way out'),

  action('ask_about_sharps', 'sharps', 10, 'ask about needles or sharp objects'),
  action('ask_consent_search', 'sharps', 10, 'ask for consent to search'),
  action('patdown', 'sharps', 30, 'frisk of outer clothing'),
  action('have_person_remove_items', 'sharps', 20, 'ask the person to take items out themselves'),
  action('reach_into_pocket', 'sharps', 10, 'a blind reach into a pocket'),
  action('inspect_ssp_card', 'sharps', 15, 'look at a syringe-program card'),
  action('honor_ssp_card', 'sharps', 5, 'honour the program card'),
  action('confiscate_syringes', 'sharps', 20, 'take the syringes'),
  action('dispose_sharps_safely', 'sharps', 20, 'use a sharps container'),
  action('pocket_syringe', 'sharps', 5, 'put a syringe in a pocket'),
  action('pick_up_syringe', 'sharps', 10, 'lift a found syringe (gloved, by the barrel, point away)'),
  action('recap_needle', 'sharps', 5, 'put the cap back on a used needle (never safe)'),
] as const satisfies readonly ActionDefinition[];

export type ActionId = (typeof ACTIONS)[number]['id'];

const actionsById: ReadonlyMap<string, ActionDefinition> = new Map(ACTIONS.map((a) => [a.id, a]));

export function isActionId(id: string): id is ActionId {
  return actionsById.has(id);
}

export function actionDefinition(id: ActionId): ActionDefinition {
  const found = actionsById.get(id);
  if (!found) throw new Error(`unknown action ${id}`);
  return found;
}

/** docs/protocols.md: a search is any of these. */
export const SEARCH_ACTIONS: ReadonlySet<ActionId> = new Set([
  'patdown',
  'search_person',
  'search_area',
  'search_bag',
  'reach_into_pocket',
]);

/** docs/protocols.md: hands-on contact with the patient at an overdose. */
export const PATIENT_CONTACT_ACTIONS: ReadonlySet<ActionId> = new Set([
  'check_responsiveness',
  'check_breathing',
  'naloxone_nasal',
  'naloxone_im',
  'rescue_breathing',
  'cpr',
  'recovery_position',
  'folk_remedy',
]);

/** docs/protocols.md: hands-on contact with a person (pat-downs and enforcement). */
export const PERSON_CONTACT_ACTIONS: ReadonlySet<ActionId> = new Set(['patdown', 'search_person', 'reach_into_pocket', 'restrain', 'grab']);

/** docs/protocols.md: handling a syringe. */
export const SYRINGE_HANDLING_ACTIONS: ReadonlySet<ActionId> = new Set([
  'pick_up_syringe',
  'confiscate_syringes',
  'pocket_syringe',
  'recap_needle',
]);

/** docs/protocols.md: a use of force (handcuffing as part of a lawful `arrest` is the arrest, not a separate use of force). */
export const FORCE_ACTIONS: ReadonlySet<ActionId> = new Set(['restrain', 'grab', 'force_transport', 'takedown']);

export const NALOXONE_ACTIONS: ReadonlySet<ActionId> = new Set(['naloxone_nasal', 'naloxone_im']);

/** Actions that ventilate a patient while they last. */
export const VENTILATION_ACTIONS: ReadonlySet<ActionId> = new Set(['rescue_breathing', 'cpr']);
