/**
 * Outcomes recorded beside the score (docs/protocols.md): the measures agencies are urged to track
 * instead of arrest counts. Reported, never scored.
 */
import type { ObservableState } from '../encounter/observe.js';
import type { PatientFate } from '../encounter/physiology.js';
import type { ScenarioKind } from '../scenario/manifest.js';
import { WITHDRAWAL_ORDER, type Withdrawal } from '../encounter/physiology.js';
import { FORCE_ACTIONS, SEARCH_ACTIONS } from '../vocabulary/actions.js';
import type { LogView } from './log-view.js';

export type PatientOutcome = PatientFate | 'not_applicable';

export interface Outcome {
  readonly patient: PatientOutcome;
  readonly officerInjuries: readonly string[];
  readonly arrests: number;
  readonly citations: number;
  readonly searches: number;
  readonly warrantChecks: number;
  readonly usesOfForce: number;
  readonly backupCalls: number;
  readonly referralsOffered: number;
  readonly referralsAccepted: number;
  /** The caller's final trust, 0-10, at an overdose; `null` in a pat-down. */
  readonly callerTrust: number | null;
  /**
   * The worst withdrawal the patient reached (it drives refusals, and whether people call 911
   * again); `not_applicable` in a pat-down. Absent in outcomes recorded before revision 2.
   */
  readonly withdrawal?: Withdrawal | 'not_applicable';
  /** The pat-down person's final trust, 0-10; `null` at an overdose. Absent before revision 2. */
  readonly personTrust?: number | null;
}

/** The worst withdrawal the log records, or the final one if the log never changed it. */
export function worstWithdrawal(log: LogView, final: ObservableState): Withdrawal {
  const reached = [final.withdrawal, ...log.stateChanges('withdrawal').map(({ entry }) => entry.params.value)];
  return WITHDRAWAL_ORDER.reduce<Withdrawal>((worst, level) => (reached.includes(level) ? level : worst), 'none');
}

/**
 * What became of the patient. A patient who never woke is projected: revived if breathing has come
 * back without a sedative (waking follows), alive in EMS care if EMS was on the way, otherwise dead
 * (or, sedated and breathing, left to stop again when naloxone wears off).
 */
export function patientOutcome(kind: ScenarioKind, log: LogView, final: ObservableState): PatientOutcome {
  if (kind !== 'overdose') return 'not_applicable';
  // Nothing in the encounter restarts a heart: a patient still without a pulse at the end has died.
  if (final.dead || !final.pulse) return 'died';
  if (final.fate !== null) return final.fate;
  const revived = final.brainInjury ? 'revived_with_injury' : 'revived';
  if (log.firstState('responsive', true)) return revived;
  // Breathing again after an effective dose: they wake within minutes, unless a sedative holds them.
  if (final.breathing === 'normal' && !final.sedated) return revived;
  if (final.emsCalled) return 'in_ems_care';
  return final.sedated ? 'resedated' : 'died';
}

export function measureOutcome(kind: ScenarioKind, log: LogView, final: ObservableState): Outcome {
  return {
    patient: patientOutcome(kind, log, final),
    officerInjuries: [...final.officerInjuries],
    arrests: log.actions('arrest').length,
    citations: log.actions('cite').length,
    searches: log.actions(...SEARCH_ACTIONS).length,
    warrantChecks: log.actions('warrant_check').length,
    usesOfForce: log.actions(...FORCE_ACTIONS).length,
    backupCalls: log.actions('call_backup').length,
    referralsOffered: log.actions('offer_referral', 'offer_diversion').length,
    referralsAccepted: log.events('referral_accepted').length,
    callerTrust: kind === 'overdose' ? final.callerTrust : null,
    withdrawal: kind === 'overdose' ? worstWithdrawal(log, final) : 'not_applicable',
    personTrust: kind === 'patdown' ? final.personTrust : null,
  };
}
