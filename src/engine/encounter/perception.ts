/**
 * What the officer has perceived, and when: the state panel, the screen reader and the story's
 * `perceived_*` variables show this, never the hidden truth, so that recognising an overdose is the
 * trainee's job (OD-RECOGNIZE). The console, the debrief and the rubric keep the full truth.
 *
 * Perception is read off the event log, so it replays and restores exactly: a check reports what
 * it found when it was done (at the end of the check), and a value checked a while ago stays as it
 * was until the officer looks again.
 */
import type { EventLog, LogEntry } from '../log.js';
import type { ScenarioKind } from '../scenario/manifest.js';
import { PATIENT_CONTACT_ACTIONS, type ActionId } from '../vocabulary/actions.js';
import type { Breathing } from './physiology.js';

/** A value the officer saw, with the simulated second they saw it. */
export interface PerceivedValue<T> {
  readonly value: T;
  readonly at: number;
}

export interface Perception {
  /** The officer has reached the patient's side (`#event:beside_patient`, or the first hands-on care). */
  readonly besidePatient: boolean;
  /** What the last check of responsiveness found; `null` until the officer checks. */
  readonly responsive: PerceivedValue<boolean> | null;
  /** What the last look at the breathing found; `null` until the officer checks. */
  readonly breathing: PerceivedValue<Breathing> | null;
  /** The face (lips, pupils, sweat) can be seen: from beside the patient, and from then on. */
  readonly signsVisible: boolean;
  /** The pat-down person's demeanour has been seen: from arrival on scene with them. */
  readonly personSeen: boolean;
}

export const NOTHING_PERCEIVED: Perception = {
  besidePatient: false,
  responsive: null,
  breathing: null,
  signsVisible: false,
  personSeen: false,
};

/** Looks that report the breathing: a check, watching it, or breathing for the patient. */
const BREATHING_LOOKS: ReadonlySet<string> = new Set<ActionId>(['check_breathing', 'monitor', 'rescue_breathing', 'cpr']);

/** How far the log has been read, and what was perceived by then. */
export interface PerceptionCursor {
  readonly perception: Perception;
  /** Index of the next log entry to read. */
  readonly next: number;
}

export const START_OF_LOG: PerceptionCursor = { perception: NOTHING_PERCEIVED, next: 0 };

function onPatient(entry: LogEntry): boolean {
  const target = entry.params.target;
  return target === undefined || target === 'patient';
}

/** The last value a state key took at or before `at` (the log records state changes in time order). */
function stateAt<T>(log: EventLog, key: string, at: number): T | undefined {
  let found: T | undefined;
  for (const entry of log) {
    if (entry.kind !== 'state' || entry.id !== key) continue;
    if (entry.at > at) break;
    found = entry.params.value as T;
  }
  return found;
}

function beside(p: Perception): Perception {
  return p.besidePatient ? p : { ...p, besidePatient: true, signsVisible: true };
}

function afterAction(p: Perception, log: EventLog, index: number): Perception {
  const entry = log[index]!;
  if (!onPatient(entry)) return p;
  const end = entry.at + (entry.seconds ?? 0);
  let next = PATIENT_CONTACT_ACTIONS.has(entry.id as ActionId) ? beside(p) : p;
  if (entry.id === 'check_responsiveness') {
    const responsive = stateAt<boolean>(log, 'responsive', end);
    if (responsive !== undefined) next = { ...next, responsive: { value: responsive, at: end } };
  }
  if (BREATHING_LOOKS.has(entry.id)) {
    const breathing = stateAt<Breathing>(log, 'breathing', end);
    if (breathing !== undefined) next = { ...next, breathing: { value: breathing, at: end } };
  }
  return next;
}

/** Beside a patient whose responsiveness was checked, waking or going limp is noticed; so is death. */
function afterStateChange(p: Perception, entry: LogEntry): Perception {
  if (!p.besidePatient) return p;
  if (entry.id === 'responsive' && p.responsive !== null) return { ...p, responsive: { value: entry.params.value === true, at: entry.at } };
  if (entry.id === 'dead' && entry.params.value === true) {
    return { ...p, responsive: { value: false, at: entry.at }, breathing: { value: 'none', at: entry.at } };
  }
  return p;
}

/**
 * Reads the log on from the cursor up to `nowSeconds`. An action still under way (it ends after now)
 * and everything after it wait for a later reading: what a check finds is known when it is done.
 */
export function perceive(log: EventLog, from: PerceptionCursor, nowSeconds: number, kind: ScenarioKind): PerceptionCursor {
  let { perception } = from;
  let next = from.next;
  for (; next < log.length; next++) {
    const entry = log[next]!;
    if (entry.kind === 'action') {
      if (entry.at + (entry.seconds ?? 0) > nowSeconds) break;
      perception = afterAction(perception, log, next);
      if (kind === 'patdown') perception = perception.personSeen ? perception : { ...perception, personSeen: true };
    } else if (entry.kind === 'event') {
      if (entry.id === 'beside_patient') perception = beside(perception);
      if (entry.id === 'on_scene' && kind === 'patdown') perception = { ...perception, personSeen: true };
    } else if (entry.kind === 'state') {
      perception = afterStateChange(perception, entry);
    }
  }
  return { perception, next };
}
