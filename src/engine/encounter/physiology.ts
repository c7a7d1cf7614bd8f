/**
 * The patient's body as plain functions over plain data, so that each can be tested alone and the
 * patient machine only says when they apply. Times are simulated milliseconds.
 */
import type { ScenarioParameters } from '../scenario/parameters.js';

export const BREATHINGS = ['normal', 'slow', 'none'] as const;
export type Breathing = (typeof BREATHINGS)[number];
export type Withdrawal = 'none' | 'mild' | 'severe';

/**
 * Doses closer than this are stacked: the second lands before the first could work and deepens
 * precipitated withdrawal. The naloxone label and SAMHSA say to wait 2-3 minutes between doses.
 */
export const STACKED_DOSE_MS = 120_000;

/** What the patient machine needs of the scenario's parameters, in milliseconds. */
export interface PhysiologyFigures {
  readonly dosesNeeded: number;
  readonly onsetMs: number;
  readonly apneaAtMs: number;
  readonly injuryAfterMs: number;
  readonly deathAfterMs: number;
  readonly opioidOutlastsNaloxone: boolean;
  readonly severeWithdrawalOnWaking: boolean;
  /** From breathing `normal` after the effective dose to waking (revision 2). */
  readonly wakeAfterMs: number;
  /** A co-intoxicant keeps a breathing patient unresponsive until EMS (revision 2). */
  readonly sedativeOnBoard: boolean;
  /** A dose short of the needed number lifts breathing to slow from its onset (revision 2). */
  readonly partialDoseEffect: boolean;
}

export function physiologyFigures(p: ScenarioParameters): PhysiologyFigures {
  return {
    dosesNeeded: p.dosesNeeded,
    onsetMs: p.onsetSeconds * 1000,
    apneaAtMs: p.apneaAfterSeconds * 1000,
    injuryAfterMs: p.injuryAfterSeconds * 1000,
    deathAfterMs: p.deathAfterSeconds * 1000,
    opioidOutlastsNaloxone: p.opioidOutlastsNaloxone,
    severeWithdrawalOnWaking: p.severeWithdrawalOnWaking,
    wakeAfterMs: p.wakeAfterBreathingSeconds * 1000,
    sedativeOnBoard: p.sedativeOnBoard,
    partialDoseEffect: p.partialDoseEffect,
  };
}

/** Everything about the patient that changes with time or care. */
export interface Vitals {
  readonly breathing: Breathing;
  readonly responsive: boolean;
  readonly pulse: boolean;
  /** Rescue breaths or CPR in progress. */
  readonly ventilated: boolean;
  /** EMS has taken over the airway. */
  readonly inEmsCare: boolean;
  readonly dead: boolean;
}

/**
 * How fast time without adequate oxygen accumulates: at full rate without breathing, at half rate
 * while breathing is slow, not at all while someone ventilates or EMS has the airway. A training
 * simplification (DESIGN.md), not a model of blood oxygen.
 */
export function oxygenDeficitRate(v: Vitals): number {
  if (v.dead || v.inEmsCare || v.ventilated) return 0;
  if (v.breathing === 'none') return 1;
  if (v.breathing === 'slow') return 0.5;
  return 0;
}

export interface OxygenDebt {
  /** Accumulated milliseconds without adequate oxygen (weighted by the rate). */
  readonly debtMs: number;
  /** When `debtMs` was last brought up to date. */
  readonly since: number;
}

/** Brings the debt up to `now` at the rate that held since it was last updated. */
export function accrueOxygenDebt(debt: OxygenDebt, rate: number, now: number): OxygenDebt {
  return { debtMs: debt.debtMs + rate * Math.max(0, now - debt.since), since: now };
}

/** When the debt will reach `threshold` at the current rate, or `null` if it never will. */
export function timeDebtReaches(debt: OxygenDebt, rate: number, threshold: number): number | null {
  if (debt.debtMs >= threshold) return debt.since;
  if (rate <= 0) return null;
  return debt.since + Math.ceil((threshold - debt.debtMs) / rate);
}

/** The time the naloxone that is enough takes effect, or `null` while there have not been enough doses. */
export function onsetTime(doseTimes: readonly number[], figures: PhysiologyFigures): number | null {
  const effective = doseTimes[figures.dosesNeeded - 1];
  return effective === undefined ? null : effective + figures.onsetMs;
}

/**
 * When a dose short of the needed number first lifts breathing (the first dose's onset), or `null`
 * when one dose is enough, the scenario turns the partial effect off, or no dose has been given.
 */
export function partialOnsetTime(doseTimes: readonly number[], figures: PhysiologyFigures): number | null {
  // Snapshots saved before revision 2 have no `partialDoseEffect`: the partial effect is the default.
  if (figures.partialDoseEffect === false || figures.dosesNeeded <= 1) return null;
  const firstDose = doseTimes[0];
  return firstDose === undefined ? null : firstDose + figures.onsetMs;
}

/** Whether this patient wakes once breathing returns: not with a sedative on board. */
export function wakesWithBreathing(figures: PhysiologyFigures): boolean {
  return figures.sedativeOnBoard !== true;
}

/** Withdrawal from none to severe: the order "worst reached" is read in. */
export const WITHDRAWAL_ORDER: readonly Withdrawal[] = ['none', 'mild', 'severe'];

/** The worse of two withdrawals. */
export function worseWithdrawal(a: Withdrawal, b: Withdrawal): Withdrawal {
  return WITHDRAWAL_ORDER.indexOf(a) >= WITHDRAWAL_ORDER.indexOf(b) ? a : b;
}

/** Withdrawal on waking: severe when the person is that dependent, when doses were stacked, or more were given than needed. */
export function withdrawalOnWaking(doseTimes: readonly number[], figures: PhysiologyFigures): Withdrawal {
  if (figures.severeWithdrawalOnWaking) return 'severe';
  if (doseTimes.length > figures.dosesNeeded) return 'severe';
  for (let i = 1; i < doseTimes.length; i++) {
    const gap = (doseTimes[i] ?? 0) - (doseTimes[i - 1] ?? 0);
    if (gap < STACKED_DOSE_MS) return 'severe';
  }
  return 'mild';
}

export type PatientFate = 'revived' | 'revived_with_injury' | 'died' | 'resedated' | 'in_ems_care';

export interface DepartureCircumstances {
  readonly at: number;
  /** When EMS will arrive, or `null` if nobody called them. */
  readonly emsArrivesAt: number | null;
  /** Nobody stays with the patient. */
  readonly alone: boolean;
}

/**
 * What becomes of the patient when the officer leaves before EMS is on scene. The story usually ends
 * there, so this is a projection, not a simulation: a revived person left alone stops breathing
 * again when naloxone wears off (30-90 min) if the opioid outlasts it; a person who never woke is
 * found by EMS alive only if the oxygen debt stays under the lethal figure until they arrive.
 */
export function fateWhenOfficerLeaves(
  vitals: Vitals,
  debt: OxygenDebt,
  figures: PhysiologyFigures,
  departure: DepartureCircumstances,
): PatientFate {
  if (vitals.dead) return 'died';
  const rate = oxygenDeficitRate({ ...vitals, ventilated: false });
  const injuredNow = accrueOxygenDebt(debt, rate, departure.at).debtMs >= figures.injuryAfterMs;
  const breathingBack = vitals.breathing === 'normal' && vitals.pulse;
  if (breathingBack && !vitals.responsive && !wakesWithBreathing(figures)) {
    // Sedated: breathing while naloxone lasts, unresponsive until someone with an airway arrives.
    return departure.emsArrivesAt !== null ? 'in_ems_care' : 'resedated';
  }
  // A patient breathing normally after an effective dose wakes within minutes, as if already awake.
  if (vitals.responsive || breathingBack) {
    if (departure.alone && figures.opioidOutlastsNaloxone) return 'resedated';
    return injuredNow ? 'revived_with_injury' : 'revived';
  }
  if (departure.emsArrivesAt === null) return 'died';
  const atArrival = accrueOxygenDebt(debt, rate, Math.max(departure.at, departure.emsArrivesAt));
  return atArrival.debtMs >= figures.deathAfterMs ? 'died' : 'in_ems_care';
}
