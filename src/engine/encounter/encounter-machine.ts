/**
 * The encounter: what the officer's actions and the story's events set in motion on the simulated
 * clock. Regions: the scene (an overdose has a patient, a child actor), EMS, the officer's presence,
 * and the people (caller, bystanders, the pat-down person) with their trust.
 */
import { assign, enqueueActions, setup } from 'xstate';
import type { ScenarioKind } from '../scenario/manifest.js';
import type { ScenarioParameters } from '../scenario/parameters.js';
import type { ActionParams, EventParams } from '../story/parse-tag.js';
import { NALOXONE_ACTIONS, SEARCH_ACTIONS, VENTILATION_ACTIONS, type ActionId } from '../vocabulary/actions.js';
import type { StoryEventId } from '../vocabulary/events.js';
import { patientMachine } from './patient-machine.js';
import { physiologyFigures } from './physiology.js';
import { timer } from './timer.js';
import {
  applyEffect,
  CALLER_TRUST_EFFECTS,
  clampScale,
  PERSON_AGITATION_EFFECTS,
  PERSON_TRUST_EFFECTS,
  CHARGE_AFTER_DIVERSION,
  SEARCH_AFTER_REFUSAL,
  UNANNOUNCED_PATDOWN,
} from './trust.js';

export interface EncounterInput {
  readonly kind: ScenarioKind;
  readonly parameters: ScenarioParameters;
}

export interface EncounterContext {
  readonly kind: ScenarioKind;
  readonly parameters: ScenarioParameters;
  /** When EMS was requested (or dispatched with the call), and when they will be, or were, on scene. */
  readonly ems: { readonly calledAt: number | null; readonly arrivesAt: number | null; readonly onSceneAt: number | null };
  readonly caller: { readonly trust: number; readonly present: boolean };
  /** People with the patient besides the officer, the caller included. */
  readonly bystandersPresent: number;
  readonly person: { readonly trust: number; readonly agitation: number; readonly askedAboutSharps: boolean };
  /** Absent in snapshots saved before stories could read these; `personSignalsOf` fills it in. */
  readonly personSignals?: PersonSignals;
  readonly officerInjuries: readonly string[];
  readonly officerGoneAt: number | null;
}

/**
 * What the pat-down person has shown or said so far, whether the story raised it or an instructor
 * injected it: the story reads these back to react to an inject it did not write.
 */
export interface PersonSignals {
  /** How many times something has suggested the person is armed; counted, so a second one is news. */
  readonly weaponIndicators: number;
  readonly consentRefused: boolean;
  readonly sspCardShown: boolean;
  readonly sharpsDisclosed: boolean;
  /** The person has accepted diversion (revision 2); absent in snapshots saved before it. */
  readonly diversionAccepted?: boolean;
}

const NO_PERSON_SIGNALS: PersonSignals = {
  weaponIndicators: 0,
  consentRefused: false,
  sspCardShown: false,
  sharpsDisclosed: false,
  diversionAccepted: false,
};

export function personSignalsOf(context: EncounterContext): PersonSignals {
  return { ...NO_PERSON_SIGNALS, ...context.personSignals };
}

/** The signals after a story event about the pat-down person; `undefined` when the event is not one. */
function signalsAfter(signals: PersonSignals, event: StoryEventId): PersonSignals | undefined {
  switch (event) {
    case 'weapon_indicator':
      return { ...signals, weaponIndicators: signals.weaponIndicators + 1 };
    case 'consent_refused':
      return { ...signals, consentRefused: true };
    case 'ssp_card_shown':
      return { ...signals, sspCardShown: true };
    case 'sharps_disclosed':
      return { ...signals, sharpsDisclosed: true };
    case 'diversion_accepted':
      return { ...signals, diversionAccepted: true };
    default:
      return undefined;
  }
}

export type EncounterEvent =
  | { type: 'action'; at: number; action: ActionId; params: ActionParams; until: number }
  | { type: 'story event'; at: number; event: StoryEventId; params: EventParams }
  | { type: 'ems arrives'; at: number };

type ActionEvent = Extract<EncounterEvent, { type: 'action' }>;

function isAction(event: EncounterEvent, ...ids: ActionId[]): boolean {
  return event.type === 'action' && ids.includes(event.action);
}

/** PROTOCOLS.md "Targets": a dose or breaths given to a partner or to the officer are not the patient's. */
function isCareForPatient(event: ActionEvent): boolean {
  const target = event.params.target;
  return target === undefined || target === 'patient';
}

function isStoryEvent(event: EncounterEvent, id: StoryEventId): boolean {
  return event.type === 'story event' && event.event === id;
}

/** An injury is recorded once, however many tags describe the same needlestick. */
function withInjury(injuries: readonly string[], injury: string): readonly string[] {
  return injuries.includes(injury) ? injuries : [...injuries, injury];
}

/** A search after the person said no, or a charge after they accepted diversion: the officer's word broken. */
function brokenWord(signals: PersonSignals, action: ActionId): { readonly trust: number; readonly agitation: number } | undefined {
  if (signals.consentRefused && SEARCH_ACTIONS.has(action)) return SEARCH_AFTER_REFUSAL;
  if (signals.diversionAccepted && (action === 'arrest' || action === 'cite')) return CHARGE_AFTER_DIVERSION;
  return undefined;
}

/** The caller's and the pat-down person's response to one action. */
function peopleAfter(context: EncounterContext, event: ActionEvent): Pick<EncounterContext, 'caller' | 'person'> {
  const { action } = event;
  // The caller sees everything done at the scene; the pat-down person reacts to what is done to them
  // (an action aimed at the driver of the car leaves the passenger as she was).
  const caller = { ...context.caller, trust: applyEffect(context.caller.trust, CALLER_TRUST_EFFECTS, action) };
  const aimedAtPerson = event.params.target === undefined || event.params.target === 'person';
  const askedAboutSharps = context.person.askedAboutSharps || (action === 'ask_about_sharps' && aimedAtPerson);
  if (!aimedAtPerson) return { caller, person: context.person };
  let trust = applyEffect(context.person.trust, PERSON_TRUST_EFFECTS, action);
  let agitation = applyEffect(context.person.agitation, PERSON_AGITATION_EFFECTS, action);
  if (action === 'patdown' && !context.person.askedAboutSharps) {
    trust = clampScale(trust + UNANNOUNCED_PATDOWN.trust);
    agitation = clampScale(agitation + UNANNOUNCED_PATDOWN.agitation);
  }
  const broken = brokenWord(personSignalsOf(context), action);
  if (broken) {
    trust = clampScale(trust + broken.trust);
    agitation = clampScale(agitation + broken.agitation);
  }
  return { caller, person: { trust, agitation, askedAboutSharps } };
}

export const encounterMachine = setup({
  types: {
    context: {} as EncounterContext,
    events: {} as EncounterEvent,
    input: {} as EncounterInput,
  },
  actors: { timer, patient: patientMachine },
  guards: {
    'this is an overdose': ({ context }) => context.kind === 'overdose',
    'dispatch sent EMS with the call': ({ context }) => context.parameters.emsDispatchedWithCall,
    'the officer calls EMS': ({ event }) => isAction(event, 'call_ems'),
    'the officer hands over to EMS': ({ event }) => isAction(event, 'handoff_to_ems'),
    'the officer leaves': ({ event }) => isAction(event, 'leave_scene'),
    'EMS is delayed': ({ event }) => isStoryEvent(event, 'ems_delayed'),
  },
  actions: {
    'dispatch EMS': assign({
      ems: ({ context, event }) => ({
        calledAt: event.at,
        arrivesAt: event.at + context.parameters.emsEtaMinutes * 60_000,
        onSceneAt: null,
      }),
    }),
    'delay EMS': assign({
      ems: ({ context, event }) => {
        const minutes = event.type === 'story event' ? (event.params.minutes ?? 0) : 0;
        return { ...context.ems, arrivesAt: (context.ems.arrivesAt ?? event.at) + minutes * 60_000 };
      },
    }),
    'EMS on scene': assign({ ems: ({ context, event }) => ({ ...context.ems, onSceneAt: event.at }) }),
    'respond to the action': assign(({ context, event }) => {
      if (event.type !== 'action') return {};
      const injuries =
        event.action === 'reach_into_pocket' && context.parameters.pocketHoldsNeedles
          ? withInjury(context.officerInjuries, 'needlestick')
          : context.officerInjuries;
      return { ...peopleAfter(context, event), officerInjuries: injuries };
    }),
    'respond to the story': assign(({ context, event }) => {
      if (event.type !== 'story event') return {};
      // The driver consenting or refusing (target=bystander) says nothing about the person.
      const aboutPerson = event.params.target === undefined || event.params.target === 'person';
      const signals = aboutPerson ? signalsAfter(personSignalsOf(context), event.event) : undefined;
      if (signals) return { personSignals: signals };
      if (event.event === 'caller_left') {
        return {
          caller: { ...context.caller, present: false },
          bystandersPresent: context.caller.present ? Math.max(0, context.bystandersPresent - 1) : context.bystandersPresent,
        };
      }
      if (event.event === 'bystander_left') return { bystandersPresent: Math.max(0, context.bystandersPresent - 1) };
      if (event.event === 'needlestick') return { officerInjuries: withInjury(context.officerInjuries, 'needlestick') };
      return {};
    }),
    'officer leaves': assign({ officerGoneAt: ({ event }) => event.at }),
    'care for the patient': enqueueActions(({ context, event, enqueue }) => {
      if (event.type === 'action') {
        const forPatient = isCareForPatient(event);
        if (forPatient && NALOXONE_ACTIONS.has(event.action)) enqueue.sendTo('patient', { type: 'naloxone dose', at: event.at });
        if (forPatient && VENTILATION_ACTIONS.has(event.action)) {
          enqueue.sendTo('patient', { type: 'ventilate', at: event.at, until: event.until });
        }
        if (event.action === 'leave_scene' && context.ems.onSceneAt === null) {
          enqueue.sendTo('patient', {
            type: 'officer left',
            at: event.at,
            emsArrivesAt: context.ems.arrivesAt,
            alone: context.bystandersPresent === 0,
          });
        }
      } else if (event.type === 'story event' && event.event === 'patient_pulseless') {
        enqueue.sendTo('patient', { type: 'pulse lost', at: event.at });
      } else if (event.type === 'ems arrives') {
        enqueue.sendTo('patient', { type: 'ems takes over', at: event.at });
      }
    }),
  },
}).createMachine({
  id: 'encounter',
  type: 'parallel',
  context: ({ input }) => ({
    kind: input.kind,
    parameters: input.parameters,
    ems: input.parameters.emsDispatchedWithCall
      ? { calledAt: 0, arrivesAt: input.parameters.emsEtaMinutes * 60_000, onSceneAt: null }
      : { calledAt: null, arrivesAt: null, onSceneAt: null },
    caller: { trust: input.parameters.callerTrustStart, present: input.kind === 'overdose' && input.parameters.bystanders > 0 },
    bystandersPresent: input.parameters.bystanders,
    person: { trust: input.parameters.personTrustStart, agitation: input.parameters.personAgitationStart, askedAboutSharps: false },
    personSignals: NO_PERSON_SIGNALS,
    officerInjuries: [],
    officerGoneAt: null,
  }),
  states: {
    scene: {
      initial: 'arriving',
      states: {
        arriving: { always: [{ guard: 'this is an overdose', target: 'overdose' }, { target: 'patdown' }] },
        overdose: {
          invoke: { id: 'patient', src: 'patient', input: ({ context }) => ({ figures: physiologyFigures(context.parameters) }) },
          on: {
            action: { actions: 'care for the patient' },
            'story event': { actions: 'care for the patient' },
            'ems arrives': { actions: 'care for the patient' },
          },
        },
        patdown: {},
      },
    },

    ems: {
      initial: 'deciding',
      states: {
        deciding: { always: [{ guard: 'dispatch sent EMS with the call', target: 'enRoute' }, { target: 'notCalled' }] },
        notCalled: { on: { action: { guard: 'the officer calls EMS', target: 'enRoute', actions: 'dispatch EMS' } } },
        enRoute: {
          invoke: { src: 'timer', input: ({ context }) => ({ at: context.ems.arrivesAt, event: 'ems arrives' }) },
          on: {
            'ems arrives': { target: 'onScene', actions: 'EMS on scene' },
            'story event': { guard: 'EMS is delayed', target: 'enRoute', reenter: true, actions: 'delay EMS' },
          },
        },
        onScene: { on: { action: { guard: 'the officer hands over to EMS', target: 'handedOver' } } },
        handedOver: {},
      },
    },

    officer: {
      initial: 'present',
      states: {
        present: { on: { action: { guard: 'the officer leaves', target: 'gone', actions: 'officer leaves' } } },
        gone: {},
      },
    },

    people: {
      on: {
        action: { actions: 'respond to the action' },
        'story event': { actions: 'respond to the story' },
      },
    },
  },
});
