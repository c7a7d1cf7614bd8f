/**
 * What an officer can see of the patient's body, derived from the physiology: how often the chest
 * rises and how grey the lips have gone. The picture, the state panel's signs and the canvas's
 * description all read these from the observable state, so no screen works them out for itself.
 */
import type { Breathing, Withdrawal } from './physiology.js';

/** 0: pink lips, 1: turning grey, 2: grey, 3: grey-blue (past the scenario's brain-injury time). */
export type Hypoxia = 0 | 1 | 2 | 3;

/**
 * Breaths a minute. An adult at rest breathes 12 to 20 times a minute; an opioid overdose slows it
 * below 8, often far below; precipitated withdrawal speeds it up.
 */
export const BREATHS_PER_MINUTE = { normal: 14, slow: 5, none: 0, withdrawal: 22 } as const;

export function breathsPerMinute(state: {
  readonly breathing: Breathing;
  readonly dead: boolean;
  readonly withdrawal: Withdrawal;
}): number {
  if (state.dead) return 0;
  if (state.breathing === 'normal' && state.withdrawal === 'severe') return BREATHS_PER_MINUTE.withdrawal;
  return BREATHS_PER_MINUTE[state.breathing];
}

/**
 * Lip colour from time without enough oxygen (the oxygen debt against the scenario's brain-injury
 * time), and never pinker than the breathing allows: slow breathing already greys the lips, none
 * greys them more. Breathing normally again, the colour comes back.
 */
export function hypoxiaLevel(
  state: { readonly breathing: Breathing; readonly dead: boolean; readonly oxygenDebtSeconds: number },
  injuryAfterSeconds: number,
): Hypoxia {
  if (state.dead) return 3;
  if (state.breathing === 'normal') return 0;
  const floor = state.breathing === 'slow' ? 1 : 2;
  const share = state.oxygenDebtSeconds / Math.max(1, injuryAfterSeconds);
  const byTime = share >= 1 ? 3 : share >= 0.5 ? 2 : share > 0 ? 1 : 0;
  return Math.max(floor, byTime) as Hypoxia;
}
