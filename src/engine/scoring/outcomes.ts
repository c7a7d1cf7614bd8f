/**
 * Outcomes recorded beside the score (PROTOCOLS.md): the measures agencies are urged to track
 * instead of arrest counts. Reported, never scored.
 */
import type { ObservableState } from '../encounter/observe.js';
import type { PatientFate } from '../encounter/physiology.js';
import type { ScenarioKind } from '../scenario/manifest.js';
import { SEARCH_ACTIONS } from '../vocabulary/actions.js';
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
}

/**
 * What became of the patient. A patient who never woke and was never handed to EMS is projected:
 * alive in EMS care if EMS was on the way, otherwise dead.
 */
export function patientOutcome(kind: ScenarioKind, log: LogView, final: ObservableState): PatientOutcome {
  if (kind !== 'overdose') return 'not_applicable';
  // Nothing in the encounter restarts a heart: a patient still without a pulse at the end has died.
  if (final.dead || !final.pulse) return 'died';
  if (final.fate !== null) return final.fate;
  if (log.firstState('responsive', true)) return final.brainInjury ? 'revived_with_injury' : 'revived';
  return final.emsCalled ? 'in_ems_care' : 'died';
}

export function measureOutcome(kind: ScenarioKind, log: LogView, final: ObservableState): Outcome {
  return {
    patient: patientOutcome(kind, log, final),
    officerInjuries: [...final.officerInjuries],
    arrests: log.actions('arrest').length,
    citations: log.actions('cite').length,
    searches: log.actions(...SEARCH_ACTIONS).length,
    warrantChecks: log.actions('warrant_check').length,
    usesOfForce: log.actions('restrain', 'force_transport').length,
    backupCalls: log.actions('call_backup').length,
    referralsOffered: log.actions('offer_referral', 'offer_diversion').length,
    referralsAccepted: log.events('referral_accepted').length,
    callerTrust: kind === 'overdose' ? final.callerTrust : null,
  };
}
