/**
 * The enumerations a score is reported in, each declared once: every other list, check and ordering
 * of them (the debrief's, the dashboard's, the classroom protocol's, the attempt validator's) is
 * built from these.
 */

/** Most severe first (docs/protocols.md); the order lists of rules are read in. */
export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const VERDICTS = ['met', 'missed', 'violated', 'not_applicable'] as const;
export type VerdictKind = (typeof VERDICTS)[number];

/** Learn mode explains as it goes and moves the clock only on a pick; assess mode runs it in real time. */
export const MODES = ['learn', 'assess'] as const;
export type Mode = (typeof MODES)[number];

/** Most severe first: a comparator for `sort`. */
export function bySeverity(a: Severity, b: Severity): number {
  return SEVERITIES.indexOf(a) - SEVERITIES.indexOf(b);
}
