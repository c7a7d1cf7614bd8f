/** Events a story may raise with `#event:<id>` (docs/actions.md). A public contract, like the actions. */
export const STORY_EVENTS = [
  { id: 'on_scene', description: 'the officer arrives at the scene: time zero for the timed rules' },
  { id: 'weapon_threat', description: 'someone threatens with a weapon' },
  { id: 'violent_crime', description: 'a violent crime happens or comes to light' },
  { id: 'weapon_indicator', description: 'something suggests the person is armed (a basis for a frisk)' },
  { id: 'consent_given', description: 'the person consents to a search' },
  { id: 'consent_refused', description: 'the person refuses a search' },
  { id: 'sharps_disclosed', description: 'the person tells the officer about needles' },
  { id: 'ssp_card_shown', description: 'the person shows a syringe services program card' },
  { id: 'eligible_offense', description: 'a low-level offence eligible for diversion comes to light' },
  { id: 'referral_accepted', description: 'the person accepts a referral or diversion' },
  { id: 'referral_declined', description: 'the person declines a referral' },
  { id: 'transport_refused', description: 'the revived person refuses transport' },
  { id: 'caller_left', description: 'the caller leaves the scene' },
  { id: 'bystander_left', description: 'a bystander other than the caller leaves the scene' },
  { id: 'bystander_disclosed', description: 'a bystander says what was taken' },
  { id: 'patient_pulseless', description: 'the patient has no pulse' },
  { id: 'syringe_found', description: 'a used syringe lies where people, children included, could step on it' },
  { id: 'needlestick', description: 'the officer is stuck by a needle' },
  { id: 'ems_delayed', description: 'EMS is delayed (an instructor inject; key minutes=)' },
  // Revision 2 (docs/actions.md).
  {
    id: 'lawful_stop',
    description:
      'the person is lawfully detained (a traffic stop, reasonable suspicion of a crime; never a social contact); target= names the person detained, and other occupants of a stopped vehicle are seized with them',
  },
  { id: 'probable_cause', description: 'there is probable cause to search or arrest the person' },
  { id: 'active_resistance', description: 'the person actively resists a lawful arrest' },
  { id: 'diversion_accepted', description: 'the person accepts diversion (LEAD or pre-arrest diversion)' },
  { id: 'use_disclosed', description: 'the person says they use drugs' },
  { id: 'asks_for_help', description: 'the person asks for help (with use, housing, treatment)' },
  { id: 'near_service_site', description: 'a syringe program, van, clinic or drop-in is at hand' },
  // Added for what the officer perceives: the face is seen from beside the patient.
  { id: 'beside_patient', description: "the officer reaches the patient's side (lips and pupils can be seen from here)" },
] as const;

export type StoryEventId = (typeof STORY_EVENTS)[number]['id'];

const eventIds: ReadonlySet<string> = new Set(STORY_EVENTS.map((e) => e.id));

export function isStoryEventId(id: string): id is StoryEventId {
  return eventIds.has(id);
}

/** Who speaks a line (`#speaker:<role>`). */
export const SPEAKERS = ['dispatch', 'officer', 'caller', 'patient', 'bystander', 'person', 'partner', 'ems', 'narrator'] as const;
export type Speaker = (typeof SPEAKERS)[number];

/** Values of the `target=` key, allowed on any action; `partner` is a fellow officer (revision 2). */
export const TARGETS = ['patient', 'caller', 'bystander', 'person', 'self', 'partner'] as const;
export type Target = (typeof TARGETS)[number];

/** Values of the `reason=` key on `cite` and `arrest`. */
export const REASONS = [
  'possession',
  'paraphernalia',
  'under_influence',
  'warrant',
  'parole_violation',
  'violent_crime',
  'refusal',
  'other',
] as const;
export type Reason = (typeof REASONS)[number];

/** Values of the `to=` key on `offer_referral`. */
export const REFERRAL_DESTINATIONS = ['treatment', 'ssp', 'peer', 'lead', 'housing', 'crisis'] as const;
export type ReferralDestination = (typeof REFERRAL_DESTINATIONS)[number];
