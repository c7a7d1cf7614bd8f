/**
 * The variables the engine writes into a story (docs/actions.md), with their Ink types. A story declares
 * the ones it reads; the checker makes sure each is declared with the right type.
 */
import type { ObservableState } from '../encounter/observe.js';
import type { Mode } from '../scoring/report.js';
import type { InkValue } from './ink-story.js';

export type InkType = 'string' | 'boolean' | 'number';

export interface EngineVariable {
  readonly name: string;
  readonly type: InkType;
  /** What the story can rely on, for the trainer's guide. */
  readonly meaning: string;
  /** Allowed values, for string variables. */
  readonly values?: readonly string[];
  readonly read: (state: ObservableState, mode: Mode) => InkValue;
}

export const ENGINE_VARIABLES: readonly EngineVariable[] = [
  { name: 'breathing', type: 'string', values: ['normal', 'slow', 'none'], meaning: "the patient's breathing", read: (s) => s.breathing },
  { name: 'responsive', type: 'boolean', meaning: 'the patient responds to voice and pain', read: (s) => s.responsive },
  { name: 'pulse', type: 'boolean', meaning: 'the patient has a pulse', read: (s) => s.pulse },
  {
    name: 'sedated',
    type: 'boolean',
    meaning: 'a co-intoxicant (xylazine, a benzodiazepine) keeps the patient from waking though they breathe normally (revision 2)',
    read: (s) => s.sedated,
  },
  {
    name: 'perceived_breathing',
    type: 'string',
    values: ['unchecked', 'normal', 'slow', 'none'],
    meaning:
      'the breathing as the officer last saw it (a check, watching, or breaths given), or "unchecked": offer choices on this, not on `breathing`, so a choice never gives away what the officer has not seen',
    read: (s) => s.perceived.breathing?.value ?? 'unchecked',
  },
  {
    name: 'perceived_responsive',
    type: 'string',
    values: ['unchecked', 'yes', 'no'],
    meaning: 'whether the patient responded when the officer last checked (or was seen waking), or "unchecked"',
    read: (s) => (s.perceived.responsive === null ? 'unchecked' : s.perceived.responsive.value ? 'yes' : 'no'),
  },
  {
    name: 'beside_patient',
    type: 'boolean',
    meaning: "the officer is at the patient's side (`#event:beside_patient` or the first hands-on care): the face can be seen",
    read: (s) => s.perceived.besidePatient,
  },
  { name: 'doses_given', type: 'number', meaning: 'naloxone doses given so far', read: (s) => s.dosesGiven },
  { name: 'minutes_elapsed', type: 'number', meaning: 'whole simulated minutes since the encounter began', read: (s) => s.minutesElapsed },
  {
    name: 'seconds_elapsed',
    type: 'number',
    meaning: 'whole simulated seconds since the encounter began',
    read: (s) => Math.floor(s.elapsedSeconds),
  },
  { name: 'brain_injury', type: 'boolean', meaning: 'time without oxygen has passed the brain-injury figure', read: (s) => s.brainInjury },
  { name: 'ems_on_scene', type: 'boolean', meaning: 'EMS has arrived', read: (s) => s.emsOnScene },
  {
    name: 'ems_eta_minutes',
    type: 'number',
    meaning: 'whole minutes until EMS arrives; 0 once on scene; -1 while nobody has called them',
    read: (s) => s.emsEtaMinutes ?? -1,
  },
  { name: 'withdrawal', type: 'string', values: ['none', 'mild', 'severe'], meaning: 'withdrawal after waking', read: (s) => s.withdrawal },
  { name: 'caller_trust', type: 'number', meaning: "the caller's trust in the officer, 0-10 (overdoses)", read: (s) => s.callerTrust },
  {
    name: 'caller_present',
    type: 'boolean',
    meaning: 'the caller is still at the scene (overdoses); false once the caller leaves, whether the story or an instructor says so',
    read: (s) => s.callerPresent,
  },
  { name: 'person_trust', type: 'number', meaning: "the person's trust in the officer, 0-10 (pat-downs)", read: (s) => s.personTrust },
  { name: 'person_agitation', type: 'number', meaning: "the person's agitation, 0-10 (pat-downs)", read: (s) => s.personAgitation },
  {
    name: 'weapon_indicators',
    type: 'number',
    meaning:
      'how many times something has suggested the person is armed (pat-downs), whether the story or an instructor raised `weapon_indicator`; compare with your own count to notice a new one',
    read: (s) => s.weaponIndicators,
  },
  {
    name: 'consent_refused',
    type: 'boolean',
    meaning: 'the person has refused a search (pat-downs), whether the story or an instructor raised it',
    read: (s) => s.consentRefused,
  },
  {
    name: 'ssp_card_shown',
    type: 'boolean',
    meaning: 'the person has shown a syringe-program card (pat-downs), whether the story or an instructor raised it',
    read: (s) => s.sspCardShown,
  },
  {
    name: 'sharps_disclosed',
    type: 'boolean',
    meaning: 'the person has told the officer about needles (pat-downs), whether the story or an instructor raised it',
    read: (s) => s.sharpsDisclosed,
  },
  { name: 'officer_injured', type: 'boolean', meaning: 'the officer has been hurt (a needlestick)', read: (s) => s.officerInjured },
  { name: 'mode', type: 'string', values: ['learn', 'assess'], meaning: 'learn or assess mode', read: (_s, mode) => mode },
];

export const ENGINE_VARIABLE_NAMES: ReadonlySet<string> = new Set(ENGINE_VARIABLES.map((v) => v.name));
