/** Predicates the rules share, named as the protocols speak. */
import type { LogEntry } from '../engine/log.js';
import type { ScenarioKind } from '../engine/scenario/manifest.js';
import type { Indexed, LogView } from '../engine/scoring/log-view.js';
import {
  FORCE_ACTIONS,
  NALOXONE_ACTIONS,
  PATIENT_CONTACT_ACTIONS,
  PERSON_CONTACT_ACTIONS,
  SEARCH_ACTIONS,
  SYRINGE_HANDLING_ACTIONS,
  VENTILATION_ACTIONS,
  type ActionId,
} from '../engine/vocabulary/actions.js';
import type { Target } from '../engine/vocabulary/events.js';
import type { ProtectedPerson } from '../engine/scoring/profile.js';

function actionIn(set: ReadonlySet<ActionId>): (entry: LogEntry) => boolean {
  return (entry) => entry.kind === 'action' && (set as ReadonlySet<string>).has(entry.id);
}

export function targetOf(entry: LogEntry): Target | undefined {
  const target = entry.params.target;
  return typeof target === 'string' ? (target as Target) : undefined;
}

/**
 * docs/protocols.md "Who an act is about": care rules count only actions on the patient (`target=patient` or none),
 * so a dose sprayed on a partner is not the patient's dose.
 */
export function isOnPatient(entry: LogEntry): boolean {
  const target = targetOf(entry);
  return target === undefined || target === 'patient';
}

/** Who an entry is about: its `target=`, or by default the patient (overdoses) or the person (pat-downs). */
export function subjectOf(entry: LogEntry, kind: ScenarioKind): Target {
  return targetOf(entry) ?? (kind === 'overdose' ? 'patient' : 'person');
}

/** The officer and a fellow officer are never the people the enforcement rules protect. */
export function isAboutOfficer(entry: LogEntry): boolean {
  const target = targetOf(entry);
  return target === 'self' || target === 'partner';
}

function onPatient(predicate: (entry: LogEntry) => boolean): (entry: LogEntry) => boolean {
  return (entry) => predicate(entry) && isOnPatient(entry);
}

export const isSearch = actionIn(SEARCH_ACTIONS);
export const isPatientContact = onPatient(actionIn(PATIENT_CONTACT_ACTIONS));
export const isPersonContact = actionIn(PERSON_CONTACT_ACTIONS);
export const isNaloxoneDose = onPatient(actionIn(NALOXONE_ACTIONS));
export const isVentilation = onPatient(actionIn(VENTILATION_ACTIONS));
export const isSyringeHandling = actionIn(SYRINGE_HANDLING_ACTIONS);
export const isForce = actionIn(FORCE_ACTIONS);

/** An arrest or a citation. */
export function isCharge(entry: LogEntry): boolean {
  return entry.kind === 'action' && (entry.id === 'arrest' || entry.id === 'cite');
}

/** docs/protocols.md "Use of force": justified only after a weapon threat, a violent crime or active resistance. */
export function forceJustifiedBefore(log: LogView, index: number): boolean {
  return (['weapon_threat', 'violent_crime', 'active_resistance'] as const).some((id) => log.events(id).some((e) => e.index < index));
}

/** Uses of force (on anyone but officers, or only those `about` selects) that nothing justified. */
export function unjustifiedForce(log: LogView, about: (entry: LogEntry) => boolean = (e) => !isAboutOfficer(e)): Indexed[] {
  return log.actionsWhere((e) => isForce(e) && about(e)).filter((force) => !forceJustifiedBefore(log, force.index));
}

/** `reason=` of a cite or arrest; docs/actions.md: default `other`. */
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

/** The first event `id` that came before log index `index`, if any. */
export function eventBefore(log: LogView, id: Parameters<LogView['events']>[0], index: number): Indexed | undefined {
  return log.events(id).find((e) => e.index < index);
}
