/**
 * The patient at an overdose, on the simulated clock. Each region is one process of the body or of
 * care: breathing, waking, naloxone, ventilation, the brain's oxygen, and who is looking after them.
 * Timed processes invoke a timer at an absolute deadline computed from context (see timer.ts).
 */
import { assign, enqueueActions, raise, setup } from 'xstate';
import {
  accrueOxygenDebt,
  fateWhenOfficerLeaves,
  onsetTime,
  oxygenDeficitRate,
  partialOnsetTime,
  timeDebtReaches,
  wakesWithBreathing,
  withdrawalOnWaking,
  worseWithdrawal,
  type OxygenDebt,
  type PatientFate,
  type PhysiologyFigures,
  type Vitals,
  type Withdrawal,
} from './physiology.js';
import { timer } from './timer.js';

export interface PatientContext {
  readonly figures: PhysiologyFigures;
  readonly vitals: Vitals;
  readonly debt: OxygenDebt;
  /** Start times of every naloxone dose. */
  readonly doseTimes: readonly number[];
  /** When the current rescue breaths or CPR end. */
  readonly ventilatedUntil: number;
  /** Time without oxygen has passed the brain-injury figure. */
  readonly injured: boolean;
  readonly wokeAt: number | null;
  /** When the effective dose brought breathing back to normal; waking follows (revision 2). */
  readonly breathingBackAt?: number | null;
  readonly withdrawal: Withdrawal;
  /** Set when the officer left before EMS: what then becomes of the patient. */
  readonly fate: PatientFate | null;
}

export type PatientEvent =
  | { type: 'naloxone dose'; at: number }
  | { type: 'ventilate'; at: number; until: number }
  | { type: 'ventilation ends'; at: number }
  | { type: 'breathing stops'; at: number }
  | { type: 'naloxone takes effect'; at: number }
  | { type: 'partial reversal'; at: number }
  | { type: 'wakes'; at: number }
  | { type: 'brain injury'; at: number }
  | { type: 'death'; at: number }
  | { type: 'died'; at: number }
  | { type: 'oxygen supply changed'; at: number }
  | { type: 'pulse lost'; at: number }
  | { type: 'ems takes over'; at: number }
  | { type: 'officer left'; at: number; emsArrivesAt: number | null; alone: boolean }
  | { type: 'naloxone wears off'; at: number };

export interface PatientInput {
  readonly figures: PhysiologyFigures;
}

/** The simulated time an event happened; the machine's own start event carries none and happens at zero. */
function timeOf(event: { type: string }): number {
  return (event as { at?: number }).at ?? 0;
}

/** Changes vitals after bringing the oxygen debt up to `at` at the rate the old vitals gave. */
function changeVitals(context: PatientContext, at: number, patch: Partial<Vitals>): Pick<PatientContext, 'vitals' | 'debt'> {
  const debt = accrueOxygenDebt(context.debt, oxygenDeficitRate(context.vitals), at);
  return { debt, vitals: { ...context.vitals, ...patch } };
}

function brainDeadline(context: PatientContext, threshold: number): number | null {
  return timeDebtReaches(context.debt, oxygenDeficitRate(context.vitals), threshold);
}

export const patientMachine = setup({
  types: {
    context: {} as PatientContext,
    events: {} as PatientEvent,
    input: {} as PatientInput,
  },
  actors: { timer },
  guards: {
    'apnea has begun': ({ context }) => context.figures.apneaAtMs <= 0,
    'patient is alive with a pulse': ({ context }) => !context.vitals.dead && context.vitals.pulse,
    'this dose is enough': ({ context }) => context.doseTimes.length + 1 >= context.figures.dosesNeeded,
    'a sedative keeps the patient under': ({ context }) => !wakesWithBreathing(context.figures),
    'officer leaves the patient to die': ({ context }) => context.fate === 'died',
    'officer leaves the patient to stop breathing again': ({ context }) => context.fate === 'resedated',
  },
  actions: {
    'record dose': assign({ doseTimes: ({ context, event }) => [...context.doseTimes, event.at] }),
    'oxygen supply changed': raise(({ event }) => ({ type: 'oxygen supply changed' as const, at: timeOf(event) })),
    'set breathing': assign(({ context, event }, params: { breathing: Vitals['breathing'] }) =>
      changeVitals(context, timeOf(event), { breathing: params.breathing }),
    ),
    'wake up': assign(({ context, event }) => ({
      ...changeVitals(context, event.at, { responsive: true }),
      wokeAt: event.at,
      withdrawal: worseWithdrawal(context.withdrawal, withdrawalOnWaking(context.doseTimes, context.figures)),
    })),
    // A dose once breathing is back (awake, coming round or sedated) brings on withdrawal, not waking.
    'worsen withdrawal': assign({ withdrawal: 'severe' as const }),
    'note breathing back': assign({ breathingBackAt: ({ event }) => event.at }),
    'lose responsiveness': assign(({ context, event }) => changeVitals(context, event.at, { responsive: false })),
  },
}).createMachine({
  id: 'patient',
  type: 'parallel',
  context: ({ input }) => ({
    figures: input.figures,
    vitals: { breathing: 'slow', responsive: false, pulse: true, ventilated: false, inEmsCare: false, dead: false },
    debt: { debtMs: 0, since: 0 },
    doseTimes: [],
    ventilatedUntil: 0,
    injured: false,
    wokeAt: null,
    withdrawal: 'none',
    fate: null,
  }),
  states: {
    breathing: {
      initial: 'arriving',
      states: {
        arriving: { always: [{ guard: 'apnea has begun', target: 'stopped' }, { target: 'depressed' }] },
        /** Slow and shallow; it stops at the scenario's apnea time unless naloxone works first. */
        depressed: {
          entry: [{ type: 'set breathing', params: { breathing: 'slow' } }, 'oxygen supply changed'],
          invoke: { src: 'timer', input: ({ context }) => ({ at: context.figures.apneaAtMs, event: 'breathing stops' }) },
          on: {
            'breathing stops': 'stopped',
            'partial reversal': { guard: 'patient is alive with a pulse', target: 'held' },
          },
        },
        stopped: {
          entry: [{ type: 'set breathing', params: { breathing: 'none' } }, 'oxygen supply changed'],
          on: { 'partial reversal': { guard: 'patient is alive with a pulse', target: 'held' } },
        },
        /** A dose short of the needed number holds breathing at slow: no worse, never normal. */
        held: { entry: [{ type: 'set breathing', params: { breathing: 'slow' } }, 'oxygen supply changed'] },
        restored: { entry: [{ type: 'set breathing', params: { breathing: 'normal' } }, 'oxygen supply changed'] },
        /** Naloxone has worn off and the opioid has not: breathing slows again, with nobody there. */
        depressedAgain: { entry: [{ type: 'set breathing', params: { breathing: 'slow' } }, 'oxygen supply changed'] },
      },
      on: {
        'naloxone takes effect': { guard: 'patient is alive with a pulse', target: '.restored' },
        died: '.stopped',
        // A heart that has stopped moves no air: breathing stops with it.
        'pulse lost': { target: '.stopped', actions: assign(({ context, event }) => changeVitals(context, event.at, { pulse: false })) },
        'naloxone wears off': '.depressedAgain',
      },
    },

    awareness: {
      initial: 'unresponsive',
      states: {
        unresponsive: {
          on: {
            'naloxone takes effect': { guard: 'patient is alive with a pulse', target: 'comingRound' },
          },
        },
        /** Breathing is back; consciousness follows, unless a sedative keeps them under. */
        comingRound: {
          entry: 'note breathing back',
          always: { guard: 'a sedative keeps the patient under', target: 'sedated' },
          invoke: {
            src: 'timer',
            input: ({ context }) => ({ at: (context.breathingBackAt ?? 0) + context.figures.wakeAfterMs, event: 'wakes' }),
          },
          on: { wakes: { target: 'awake', actions: 'wake up' }, 'naloxone dose': { actions: 'worsen withdrawal' } },
        },
        /** Xylazine or a benzodiazepine: breathing, but unresponsive until EMS and beyond. */
        sedated: {
          on: { 'naloxone dose': { actions: 'worsen withdrawal' } },
        },
        awake: {
          on: { 'naloxone dose': { actions: 'worsen withdrawal' } },
        },
      },
      on: {
        died: { target: '.unresponsive', actions: 'lose responsiveness' },
        'pulse lost': { target: '.unresponsive', actions: 'lose responsiveness' },
        'naloxone wears off': { target: '.unresponsive', actions: 'lose responsiveness' },
      },
    },

    /** The first of too few doses lifts breathing from its onset (revision 2 `partialDoseEffect`). */
    partialReversal: {
      initial: 'pending',
      states: {
        pending: {
          invoke: {
            src: 'timer',
            input: ({ context }) => ({ at: partialOnsetTime(context.doseTimes, context.figures), event: 'partial reversal' }),
          },
          on: { 'naloxone dose': { target: 'pending', reenter: true }, 'partial reversal': 'done' },
        },
        done: {},
      },
    },

    naloxone: {
      initial: 'awaitingEnough',
      states: {
        awaitingEnough: {
          on: {
            'naloxone dose': [{ guard: 'this dose is enough', target: 'takingEffect', actions: 'record dose' }, { actions: 'record dose' }],
          },
        },
        takingEffect: {
          invoke: {
            src: 'timer',
            input: ({ context }) => ({ at: onsetTime(context.doseTimes, context.figures), event: 'naloxone takes effect' }),
          },
          on: { 'naloxone dose': { actions: 'record dose' }, 'naloxone takes effect': 'spent' },
        },
        spent: { on: { 'naloxone dose': { actions: 'record dose' } } },
      },
    },

    ventilation: {
      initial: 'idle',
      states: {
        idle: {
          on: {
            ventilate: {
              target: 'ventilating',
              actions: assign(({ context, event }) => ({
                ...changeVitals(context, event.at, { ventilated: true }),
                ventilatedUntil: event.until,
              })),
            },
          },
        },
        ventilating: {
          entry: 'oxygen supply changed',
          invoke: { src: 'timer', input: ({ context }) => ({ at: context.ventilatedUntil, event: 'ventilation ends' }) },
          on: {
            ventilate: { target: 'ventilating', reenter: true, actions: assign({ ventilatedUntil: ({ event }) => event.until }) },
            'ventilation ends': {
              target: 'idle',
              actions: [assign(({ context, event }) => changeVitals(context, event.at, { ventilated: false })), 'oxygen supply changed'],
            },
          },
        },
      },
    },

    brain: {
      initial: 'intact',
      states: {
        intact: {
          invoke: {
            src: 'timer',
            input: ({ context }) => ({ at: brainDeadline(context, context.figures.injuryAfterMs), event: 'brain injury' }),
          },
          on: {
            'oxygen supply changed': { target: 'intact', reenter: true },
            'brain injury': 'injured',
            death: 'dead',
          },
        },
        injured: {
          entry: assign({ injured: true }),
          invoke: { src: 'timer', input: ({ context }) => ({ at: brainDeadline(context, context.figures.deathAfterMs), event: 'death' }) },
          on: {
            'oxygen supply changed': { target: 'injured', reenter: true },
            death: 'dead',
          },
        },
        dead: {
          entry: [
            assign(({ context, event }) => ({ ...changeVitals(context, event.at, { dead: true, pulse: false }), injured: true })),
            raise(({ event }) => ({ type: 'died' as const, at: timeOf(event) })),
          ],
        },
      },
    },

    care: {
      initial: 'withOfficer',
      states: {
        withOfficer: {
          on: {
            'ems takes over': {
              target: 'withEms',
              actions: [assign(({ context, event }) => changeVitals(context, event.at, { inEmsCare: true })), 'oxygen supply changed'],
            },
            'officer left': {
              target: 'officerGone',
              actions: assign({
                fate: ({ context, event }) =>
                  fateWhenOfficerLeaves(context.vitals, context.debt, context.figures, {
                    at: event.at,
                    emsArrivesAt: event.emsArrivesAt,
                    alone: event.alone,
                  }),
              }),
            },
          },
        },
        withEms: {},
        officerGone: {
          entry: enqueueActions(({ context, event, enqueue }) => {
            if (context.fate === 'died') enqueue.raise({ type: 'death', at: timeOf(event) });
            else if (context.fate === 'resedated') enqueue.raise({ type: 'naloxone wears off', at: timeOf(event) });
          }),
        },
      },
    },
  },
});
