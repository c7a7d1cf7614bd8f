/**
 * Where the people in the picture are and how they hold themselves, read from the session's log and
 * state, never from the story's prose: the officer's place (at the door, beside the patient, standing
 * back, with the medics, gone), the patient's posture (on the back, in the recovery position, sitting
 * up, on the stretcher), the care under way (rescue breaths, CPR), the caller's pose and, at a
 * pat-down, the person's hands. The latest thing the log says wins, so the picture follows the story.
 */
import type { LogEntry, ObservableState } from '../engine/index.js';
import { PATIENT_CONTACT_ACTIONS, PERSON_CONTACT_ACTIONS, type ActionId } from '../engine/vocabulary/actions.js';
import { agitationLevel } from '../kit/describe-state.js';

export const OFFICER_PLACES = ['door', 'beside', 'back', 'with_medics', 'gone'] as const;
export type OfficerPlace = (typeof OFFICER_PLACES)[number];

export const POSTURES = ['on_back', 'recovery', 'sitting', 'stretcher'] as const;
export type Posture = (typeof POSTURES)[number];

/** Care drawn while it happens: the officer breathing for the patient, or compressing the chest. */
export type Care = 'rescue_breathing' | 'cpr' | null;

/** The caller or bystander: on the phone (to 911, or filming), standing, or gone. */
export type CallerPose = 'phone' | 'standing' | 'gone';

/** The pat-down person's hands and stance. */
export type Hands = 'down' | 'pockets' | 'crossed' | 'raised' | 'waistband' | 'emptying' | 'leaving';

/** At a pat-down: talking distance, or close enough to touch. */
export type PatdownDistance = 'talking' | 'close';

export interface Staging {
  readonly officer: OfficerPlace;
  readonly posture: Posture;
  readonly care: Care;
  readonly caller: CallerPose;
  readonly hands: Hands;
  readonly distance: PatdownDistance;
}

/** Things an officer does kneeling at the patient's side. */
const AT_THE_PATIENT: ReadonlySet<string> = new Set<ActionId>([
  ...PATIENT_CONTACT_ACTIONS,
  'monitor',
  'explain_what_happened',
  'offer_transport',
  'respect_refusal',
  'touch_wounds',
]);

/** Things done stepping away from the patient: waiting, backing out for fear of exposure. */
const STEPPING_BACK: ReadonlySet<string> = new Set<ActionId>(['wait', 'delay_for_exposure_fear']);

/** Things that put the patient on the medics' stretcher, once the medics are there. */
const TO_THE_STRETCHER: ReadonlySet<string> = new Set<ActionId>(['handoff_to_ems', 'offer_transport', 'force_transport']);

const CLOSE_TO_THE_PERSON: ReadonlySet<string> = new Set<ActionId>([
  ...PERSON_CONTACT_ACTIONS,
  'inspect_ssp_card',
  'confiscate_syringes',
  'arrest',
  'takedown',
  'search_bag',
]);

const onPatient = (entry: LogEntry): boolean => entry.params.target === undefined || entry.params.target === 'patient';
const toCaller = (entry: LogEntry): boolean => entry.params.target === 'caller' || entry.params.target === 'bystander';

function armsFor(agitation: number): Hands {
  const level = agitationLevel(agitation);
  if (level >= 3) return 'raised';
  if (level === 2) return 'crossed';
  return level === 1 ? 'pockets' : 'down';
}

function overdoseStaging(log: readonly LogEntry[], state: ObservableState): Omit<Staging, 'hands' | 'distance'> {
  let officer: OfficerPlace = 'door';
  let care: Care = null;
  let onTheStretcher = false;
  // A refusal of transport keeps them off the stretcher, whatever the handoff; only forcing them overrides it.
  let refused = false;
  let recovery = false;
  let callerOnPhone = true;
  for (const entry of log) {
    if (entry.kind === 'event') {
      if (entry.id === 'beside_patient') officer = 'beside';
      if (entry.id === 'transport_refused') refused = true;
      continue;
    }
    if (entry.kind !== 'action') continue;
    const id = entry.id;
    if (id === 'leave_scene') officer = 'gone';
    else if (STEPPING_BACK.has(id)) officer = 'back';
    else if (AT_THE_PATIENT.has(id) && onPatient(entry)) officer = 'beside';
    if (toCaller(entry) || id === 'call_ems') callerOnPhone = false;
    if (AT_THE_PATIENT.has(id) && onPatient(entry)) {
      care = id === 'rescue_breathing' || id === 'cpr' ? id : null;
      if (id === 'recovery_position') recovery = true;
      else if (id === 'rescue_breathing' || id === 'cpr') recovery = false;
    }
    if (TO_THE_STRETCHER.has(id) && onPatient(entry)) onTheStretcher = true;
    if (id === 'force_transport') refused = false;
  }
  if (!state.officerOnScene) officer = 'gone';
  else if (state.emsOnScene && officer !== 'gone') officer = 'with_medics';
  // The medics take over the care; a patient who has died is not moved.
  if (officer !== 'beside') care = null;
  let posture: Posture = recovery ? 'recovery' : 'on_back';
  if (state.dead) posture = 'on_back';
  else if (state.emsOnScene && onTheStretcher && !refused) posture = 'stretcher';
  else if (state.responsive) posture = 'sitting';
  return { officer, posture, care, caller: state.callerPresent ? (callerOnPhone ? 'phone' : 'standing') : 'gone' };
}

function patdownStaging(log: readonly LogEntry[], state: ObservableState): Pick<Staging, 'officer' | 'hands' | 'distance'> {
  let hands: Hands | undefined;
  let distance: PatdownDistance = 'talking';
  let officer: OfficerPlace = 'door';
  for (const entry of log) {
    if (entry.kind === 'event') {
      if (entry.id === 'on_scene') officer = 'beside';
      if (entry.id === 'weapon_indicator') hands = 'waistband';
      continue;
    }
    if (entry.kind !== 'action') continue;
    officer = entry.id === 'leave_scene' ? 'gone' : 'beside';
    if (entry.id === 'release') hands = 'leaving';
    else if (entry.id === 'have_person_remove_items') hands = 'emptying';
    else if (hands !== 'leaving' && entry.params.target === 'person') hands = undefined;
    distance = CLOSE_TO_THE_PERSON.has(entry.id) ? 'close' : 'talking';
  }
  if (!state.officerOnScene) officer = 'gone';
  // Agitation shows above anything else: raised hands, however the story left them.
  const agitated = agitationLevel(state.personAgitation) >= 3;
  return { officer, hands: agitated && hands !== 'leaving' ? 'raised' : (hands ?? armsFor(state.personAgitation)), distance };
}

export function stagingOf(log: readonly LogEntry[], state: ObservableState): Staging {
  if (state.kind === 'patdown') {
    return { ...patdownStaging(log, state), posture: 'on_back', care: null, caller: 'gone' };
  }
  return { ...overdoseStaging(log, state), hands: 'down', distance: 'talking' };
}
