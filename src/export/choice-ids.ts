/**
 * Names for a choice that stay the same in every attempt on a scenario version, so an LMS or an LRS
 * can put trainees' answers to the same choice side by side (item analysis). A choice is named by its
 * scenario, version, the knot it is written in and its place there (its Ink path, `bench.0.110`);
 * picks saved before the path was kept fall back to their number in the attempt.
 */
import type { PickRecord } from '../engine/index.js';

export interface ChoiceName {
  /** The knot the choice is written in (`bench`), or `top` before the first knot. */
  readonly knot: string;
  /** Its place within the knot (`0.110`). */
  readonly place: string;
}

/** The knot and place of a pick's choice, from its Ink path; `undefined` for a pick saved without one. */
export function choiceName(pick: Pick<PickRecord, 'path'>): ChoiceName | undefined {
  const path = pick.path?.trim();
  if (!path) return undefined;
  const [first = '', ...rest] = path.split('.');
  if (/^\d+$/.test(first) || rest.length === 0) return { knot: 'top', place: path };
  return { knot: first, place: rest.join('.') };
}

/** Only what every identifier grammar here accepts: letters, digits, `-` and `_`, `.` where allowed. */
function clean(text: string, dots: boolean): string {
  return text.replace(dots ? /[^A-Za-z0-9_.-]/g : /[^A-Za-z0-9_-]/g, '_');
}

/** SCORM 2004 interaction id: a URN, as 4th edition asks (`urn:good-call:patdown-park-bench:v1:bench:0.110`). */
export function scorm2004InteractionId(scenario: { id: string; version: number }, pick: Pick<PickRecord, 'path'>, n: number): string {
  const name = choiceName(pick);
  const tail = name ? `${clean(name.knot, false)}:${clean(name.place, true)}` : `pick:${n + 1}`;
  return `urn:good-call:${clean(scenario.id, true)}:v${scenario.version}:${tail}`;
}

/** SCORM 1.2 interaction id: a CMIIdentifier, letters, digits, `-` and `_` only (`patdown-park-bench_v1_bench_0-110`). */
export function scorm12InteractionId(scenario: { id: string; version: number }, pick: Pick<PickRecord, 'path'>, n: number): string {
  const name = choiceName(pick);
  const tail = name ? `${clean(name.knot, false)}_${clean(name.place.replace(/\./g, '-'), false)}` : `pick_${n + 1}`;
  return `${clean(scenario.id, false)}_v${scenario.version}_${tail}`.slice(0, 255);
}

/** The learner's response to a choice interaction in SCORM 2004 and xAPI: the choice's own name, never empty. */
export function choiceResponse(pick: Pick<PickRecord, 'path' | 'index'>): string {
  const name = choiceName(pick);
  return name ? clean(`${name.knot}.${name.place}`, true) : `choice-${pick.index + 1}`;
}

/** The xAPI activity id of a choice, under the scenario's activity id. */
export function xapiChoiceActivityId(scenarioActivityId: string, version: number, pick: Pick<PickRecord, 'path'>, n: number): string {
  const name = choiceName(pick);
  const tail = name ? `choices/${encodeURIComponent(name.knot)}/${encodeURIComponent(name.place)}` : `picks/${n + 1}`;
  return `${scenarioActivityId}/v${version}/${tail}`;
}
