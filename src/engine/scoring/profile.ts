/**
 * Jurisdiction and agency profiles (docs/protocols.md, "Profiles"): what a Good Samaritan law protects,
 * which agency rules are in force, and the timings the rubric uses. Validated field by field. They
 * live with scoring in the engine: the rules read them, and the engine knows nothing of the rubric.
 */
import { FieldChecks, isRecord, type FieldProblem } from '../validation/field-checks.js';

export const IMMUNITY_KINDS = ['arrest', 'charge', 'defence', 'mitigation'] as const;
export type ImmunityKind = (typeof IMMUNITY_KINDS)[number];

/** Who a Good Samaritan law protects: the caller, the person who overdosed, and others at the scene. */
export const PROTECTED_PEOPLE = ['caller', 'patient', 'others'] as const;
export type ProtectedPerson = (typeof PROTECTED_PEOPLE)[number];

export const COVERED_OFFENCES = ['possession', 'paraphernalia', 'under_influence', 'parole_violation', 'warrant'] as const;
export type CoveredOffence = (typeof COVERED_OFFENCES)[number];

/** Text in one language, or keyed by locale (`{ "en": "...", "es": "..." }`). */
export type ProfileText = string | Readonly<Record<string, string>>;

export interface Profile {
  /** Lower-case id, the file name without `.json`. */
  readonly id: string;
  /** Shown to trainees on the scenario list and briefing. */
  readonly name: ProfileText;
  /** Statutes change: what the agency must check before relying on this profile. */
  readonly note: ProfileText;
  readonly goodSamaritan: {
    /** What kind of protection the law gives; shown in the debrief, not scored. */
    readonly immunity: ImmunityKind;
    readonly protects: readonly ProtectedPerson[];
    readonly covers: readonly CoveredOffence[];
    /** A limit on the amount covered, in the statute's words, if any. */
    readonly possessionCap?: string;
  };
  /** Agency policy of no arrest, search or warrant check at an overdose (turns on the `NA-*` rules). */
  readonly agencyOverlay: boolean;
  /** Telling an officer about needles before a search cannot lead to a paraphernalia charge. */
  readonly sharpsDisclosureProtected: boolean;
  /** Syringes from a syringe services program are legal to carry. */
  readonly programSyringesLegal: boolean;
  readonly diversion: { readonly available: boolean; readonly name?: string };
  /** Officers may leave a naloxone kit behind. */
  readonly leaveBehindAllowed: boolean;
  readonly timing: {
    readonly naloxoneWithinSeconds: number;
    readonly emsWithinSeconds: number;
    readonly redoseMinSeconds: number;
    readonly redoseMaxSeconds: number;
  };
  /** Score needed to pass, 0-100. */
  readonly passMark: number;
}

/** The field of the profile and what is wrong with it. */
export type ProfileProblem = FieldProblem;

export type ProfileValidation =
  { readonly ok: true; readonly profile: Profile } | { readonly ok: false; readonly problems: readonly ProfileProblem[] };

class FieldChecker extends FieldChecks {
  /** Text, or text keyed by locale. */
  localizedText(value: unknown, field: string): void {
    if (typeof value === 'string') this.text(value, field);
    else if (isRecord(value) && Object.keys(value).length > 0) {
      for (const [locale, text] of Object.entries(value)) {
        if (!/^[a-z]{2}(-[A-Z]{2})?$/.test(locale)) this.fail(`${field}.${locale}`, 'must be keyed by a locale such as "en"');
        this.text(text, `${field}.${locale}`);
      }
    } else this.fail(field, 'must be text, or text keyed by locale: {"en": "...", "es": "..."}');
  }

  text(value: unknown, field: string, pattern?: RegExp, hint?: string): void {
    if (typeof value !== 'string' || value.trim() === '') this.fail(field, 'must be non-empty text');
    else if (pattern && !pattern.test(value)) this.fail(field, hint ?? `must match ${pattern}`);
  }

  number(value: unknown, field: string, min: number, max: number): void {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
      this.fail(field, `must be a number from ${min} to ${max}`);
  }

  listOf(value: unknown, field: string, allowed: readonly string[]): void {
    if (!Array.isArray(value)) {
      this.fail(field, `must be a list of ${allowed.join(', ')}`);
      return;
    }
    value.forEach((item, i) => {
      if (typeof item !== 'string' || !allowed.includes(item)) this.fail(`${field}[${i}]`, `must be one of ${allowed.join(', ')}`);
    });
  }

  onlyKnown(value: Record<string, unknown>, field: string, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key) && key !== '$schema')
        this.fail(field ? `${field}.${key}` : key, `unknown field; known: ${known.join(', ')}`);
    }
  }
}

/** Validates a parsed profile; `fileId` (the file name without `.json`), when given, must equal the id. */
export function validateProfile(value: unknown, fileId?: string): ProfileValidation {
  const check = new FieldChecker();
  const root = check.object(value, '(root)');
  if (!root) return { ok: false, problems: check.problems };
  check.onlyKnown(root, '', [
    'id',
    'name',
    'note',
    'goodSamaritan',
    'agencyOverlay',
    'sharpsDisclosureProtected',
    'programSyringesLegal',
    'diversion',
    'leaveBehindAllowed',
    'timing',
    'passMark',
  ]);
  check.text(root.id, 'id', /^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case id of letters, digits and dashes');
  if (fileId !== undefined && typeof root.id === 'string' && root.id !== fileId)
    check.fail('id', `is "${root.id}" but the file is "${fileId}.json": they must match`);
  check.localizedText(root.name, 'name');
  check.localizedText(root.note, 'note');

  const gs = check.object(root.goodSamaritan, 'goodSamaritan');
  if (gs) {
    check.onlyKnown(gs, 'goodSamaritan', ['immunity', 'protects', 'covers', 'possessionCap']);
    check.oneOf(gs.immunity, 'goodSamaritan.immunity', IMMUNITY_KINDS);
    check.listOf(gs.protects, 'goodSamaritan.protects', PROTECTED_PEOPLE);
    check.listOf(gs.covers, 'goodSamaritan.covers', COVERED_OFFENCES);
    if (gs.possessionCap !== undefined) check.text(gs.possessionCap, 'goodSamaritan.possessionCap');
  }
  check.flag(root.agencyOverlay, 'agencyOverlay');
  check.flag(root.sharpsDisclosureProtected, 'sharpsDisclosureProtected');
  check.flag(root.programSyringesLegal, 'programSyringesLegal');
  check.flag(root.leaveBehindAllowed, 'leaveBehindAllowed');

  const diversion = check.object(root.diversion, 'diversion');
  if (diversion) {
    check.onlyKnown(diversion, 'diversion', ['available', 'name']);
    check.flag(diversion.available, 'diversion.available');
    if (diversion.name !== undefined) check.text(diversion.name, 'diversion.name');
  }

  const timing = check.object(root.timing, 'timing');
  if (timing) {
    check.onlyKnown(timing, 'timing', ['naloxoneWithinSeconds', 'emsWithinSeconds', 'redoseMinSeconds', 'redoseMaxSeconds']);
    check.number(timing.naloxoneWithinSeconds, 'timing.naloxoneWithinSeconds', 0, 3600);
    check.number(timing.emsWithinSeconds, 'timing.emsWithinSeconds', 0, 3600);
    check.number(timing.redoseMinSeconds, 'timing.redoseMinSeconds', 0, 3600);
    check.number(timing.redoseMaxSeconds, 'timing.redoseMaxSeconds', 0, 3600);
    if (
      typeof timing.redoseMinSeconds === 'number' &&
      typeof timing.redoseMaxSeconds === 'number' &&
      timing.redoseMinSeconds > timing.redoseMaxSeconds
    ) {
      check.fail('timing.redoseMaxSeconds', 'must not be less than timing.redoseMinSeconds');
    }
  }
  check.number(root.passMark, 'passMark', 0, 100);

  if (check.problems.length > 0) return { ok: false, problems: check.problems };
  return { ok: true, profile: root as unknown as Profile };
}

/** A profile's name or note in the wanted language, else in English, else in any it has. */
export function profileText(text: ProfileText, locale: string): string {
  if (typeof text === 'string') return text;
  return text[locale] ?? text['en'] ?? Object.values(text)[0] ?? '';
}
