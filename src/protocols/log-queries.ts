/** Predicates the rules share, named as the protocols speak. */
import type { LogEntry } from '../engine/log.js';
import type { Indexed, LogView } from '../engine/scoring/log-view.js';
import {
  NALOXONE_ACTIONS,
  PATIENT_CONTACT_ACTIONS,
  PERSON_CONTACT_ACTIONS,
  SEARCH_ACTIONS,
  type ActionId,
} from '../engine/vocabulary/actions.js';
import type { Target } from '../engine/vocabulary/events.js';
import type { ProtectedPerson } from '../engine/scoring/profile.js';

function actionIn(set: ReadonlySet<ActionId>): (entry: LogEntry) => boolean {
  return (entry) => entry.kind === 'action' && (set as ReadonlySet<string>).has(entry.id);
}

export const isSearch = actionIn(SEARCH_ACTIONS);
export const isPatientContact = actionIn(PATIENT_CONTACT_ACTIONS);
export const isPersonContact = actionIn(PERSON_CONTACT_ACTIONS);
export const isNaloxoneDose = actionIn(NALOXONE_ACTIONS);

export function targetOf(entry: LogEntry): Target | undefined {
  const target = entry.params.target;
  return typeof target === 'string' ? (target as Target) : undefined;
}

/** `reason=` of a cite or arrest; ACTIONS.md: default `other`. */
export function reasonOf(entry: LogEntry): string {
  const reason = entry.params.reason;
  return typeof reason === 'string' ? reason : 'other';
}

/**
 * Who a Good Samaritan law would see in an action's target. Anyone but the caller and the patient
 * is one of the "others" at the scene, including an untargeted action, since the protocols give no
 * way to act on nobody.
 */
export function protectedPersonOf(entry: LogEntry): ProtectedPerson {
  const target = targetOf(entry);
  if (target === 'caller' || target === 'patient') return target;
  return 'others';
}

/** The first of a list, in log order. */
export function first<T extends Indexed>(list: readonly T[]): T | undefined {
  return list[0];
}

/** Entries of `list` that come after log index `index`. */
export function after(list: readonly Indexed[], index: number): Indexed[] {
  return list.filter((i) => i.index > index);
}

/** Entries of `list` that come before log index `index`. */
export function before(list: readonly Indexed[], index: number): Indexed[] {
  return list.filter((i) => i.index < index);
}

/** Simulated seconds an action lasted (its log entry records them). */
export function durationOf(entry: LogEntry): number {
  return entry.seconds ?? 0;
}

/** The moment the patient first woke (responsive became true), if they did. */
export function waking(log: LogView): Indexed | undefined {
  return log.firstState('responsive', true);
}
