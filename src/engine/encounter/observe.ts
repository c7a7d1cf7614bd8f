/**
 * What can be seen of an encounter at a moment: the state the UI shows, the story reads through its
 * variables, and the session logs when it changes.
 */
import type { SnapshotFrom } from 'xstate';
import type { ScenarioKind } from '../scenario/manifest.js';
import { personSignalsOf, type encounterMachine } from './encounter-machine.js';
import type { patientMachine, PatientContext } from './patient-machine.js';
import { NOTHING_PERCEIVED, type Perception } from './perception.js';
import { oxygenDeficitRate, type Breathing, type PatientFate, type Withdrawal } from './physiology.js';
import { breathsPerMinute, hypoxiaLevel, type Hypoxia } from './signs.js';

export interface ObservableState {
  readonly kind: ScenarioKind;
  /** Simulated seconds since the encounter began. */
  readonly elapsedSeconds: number;
  /** Whole minutes since the encounter began (the story's `minutes_elapsed`). */
  readonly minutesElapsed: number;
  /** The patient's breathing; `normal` in a pat-down. */
  readonly breathing: Breathing;
  readonly responsive: boolean;
  /**
   * A co-intoxicant (xylazine, a benzodiazepine) keeps a patient who breathes normally from waking
   * (revision 2); false whenever the patient is not breathing normally, is awake or has died.
   */
  readonly sedated: boolean;
  readonly pulse: boolean;
  readonly dosesGiven: number;
  readonly withdrawal: Withdrawal;
  /** Seconds without adequate oxygen so far (weighted); shown to instructors, not trainees. */
  readonly oxygenDebtSeconds: number;
  /** How often the chest rises; 0 when it does not. */
  readonly breathsPerMinute: number;
  /** How grey the lips are, from the oxygen debt against the scenario's brain-injury time. */
  readonly hypoxia: Hypoxia;
  /** Time without oxygen has passed the brain-injury figure. */
  readonly brainInjury: boolean;
  readonly dead: boolean;
  /** What becomes of the patient after the officer left before EMS, if they did. */
  readonly fate: PatientFate | null;
  readonly emsCalled: boolean;
  readonly emsOnScene: boolean;
  /** Whole minutes until EMS arrives; 0 once on scene; `null` while nobody has called them. */
  readonly emsEtaMinutes: number | null;
  readonly callerTrust: number;
  readonly callerPresent: boolean;
  readonly personTrust: number;
  readonly personAgitation: number;
  /** Times something has suggested the pat-down person is armed (the story's cue or an instructor's). */
  readonly weaponIndicators: number;
  /** The pat-down person has refused a search. */
  readonly consentRefused: boolean;
  /** The pat-down person has shown a syringe-program card. */
  readonly sspCardShown: boolean;
  /** The pat-down person has told the officer about needles. */
  readonly sharpsDisclosed: boolean;
  readonly officerInjured: boolean;
  /** Injuries to the officer so far (`needlestick`). */
  readonly officerInjuries: readonly string[];
  readonly officerOnScene: boolean;
  /** What the officer has perceived so far, and when (perception.ts); the rest of this state is the truth. */
  readonly perceived: Perception;
}

type EncounterSnapshot = SnapshotFrom<typeof encounterMachine>;

function patientContext(snapshot: EncounterSnapshot): PatientContext | undefined {
  const child = snapshot.children.patient as { getSnapshot(): SnapshotFrom<typeof patientMachine> } | undefined;
  return child?.getSnapshot().context;
}

function isSedated({ figures, vitals }: PatientContext): boolean {
  return figures.sedativeOnBoard === true && vitals.breathing === 'normal' && !vitals.responsive && !vitals.dead;
}

export function observe(snapshot: EncounterSnapshot, nowMs: number, perceived: Perception = NOTHING_PERCEIVED): ObservableState {
  const { context } = snapshot;
  const patient = patientContext(snapshot);
  const vitals = patient?.vitals;
  const debtMs = patient ? patient.debt.debtMs + (nowMs - patient.debt.since) * oxygenDeficitRate(patient.vitals) : 0;
  const { arrivesAt, onSceneAt } = context.ems;
  const emsOnScene = onSceneAt !== null;
  const breathing = vitals?.breathing ?? 'normal';
  const dead = vitals?.dead ?? false;
  const withdrawal = patient?.withdrawal ?? 'none';
  const oxygenDebtSeconds = Math.round(debtMs / 100) / 10;
  return {
    kind: context.kind,
    elapsedSeconds: nowMs / 1000,
    minutesElapsed: Math.floor(nowMs / 60_000),
    breathing,
    responsive: vitals?.responsive ?? true,
    sedated: patient !== undefined && isSedated(patient),
    pulse: vitals?.pulse ?? true,
    dosesGiven: patient?.doseTimes.length ?? 0,
    withdrawal,
    oxygenDebtSeconds,
    breathsPerMinute: breathsPerMinute({ breathing, dead, withdrawal }),
    hypoxia: hypoxiaLevel({ breathing, dead, oxygenDebtSeconds }, context.parameters.injuryAfterSeconds),
    brainInjury: patient?.injured ?? false,
    dead,
    fate: patient?.fate ?? null,
    emsCalled: arrivesAt !== null,
    emsOnScene,
    emsEtaMinutes: emsOnScene ? 0 : arrivesAt === null ? null : Math.max(0, Math.ceil((arrivesAt - nowMs) / 60_000)),
    callerTrust: context.caller.trust,
    callerPresent: context.caller.present,
    personTrust: context.person.trust,
    personAgitation: context.person.agitation,
    ...personSignalsOf(context),
    officerInjured: context.officerInjuries.length > 0,
    officerInjuries: context.officerInjuries,
    officerOnScene: context.officerGoneAt === null,
    perceived,
  };
}
