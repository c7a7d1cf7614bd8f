/**
 * Every figure the engine reads from a scenario's `parameters`, with its default and where it comes
 * from. DESIGN.md's table is the contract; the few additions below it say why they exist.
 * A manifest gives a number, a boolean, or a `[min, max]` range drawn from the variant seed.
 */
import { randomInteger, type Random } from '../random.js';
import { isStoryEventId, type StoryEventId } from '../vocabulary/events.js';

export interface ScenarioParameters {
  /**
   * Naloxone doses before onset. Fentanyl and its analogues often need more than one standard
   * dose (SAMHSA Opioid Overdose Prevention Toolkit; naloxone nasal spray label).
   */
  dosesNeeded: number;
  /**
   * Seconds from the start of the effective dose to normal breathing; waking follows
   * `wakeAfterBreathingSeconds` later (revision 2). Sources give 2-5 minutes from the dose to a
   * response, some up to 8 (label; SAMHSA: varies).
   */
  onsetSeconds: number;
  /**
   * Seconds from the start of the encounter until slow breathing stops unless naloxone has worked.
   * A training simplification: real respiratory depression does not follow a clock.
   */
  apneaAfterSeconds: number;
  /**
   * Accumulated seconds without adequate oxygen before brain injury. Training materials say
   * 3-5 minutes; no guideline body gives a figure (docs/protocols.md: varies).
   */
  injuryAfterSeconds: number;
  /** Accumulated seconds without oxygen, without CPR, before death: about 10 minutes (AHA 2015/2020). */
  deathAfterSeconds: number;
  /** Minutes from `call_ems` (or from the start, with `emsDispatchedWithCall`) until EMS arrives. A scenario choice. */
  emsEtaMinutes: number;
  /** Dispatch sent EMS with the call, so EMS is already on its way at the start. A scenario choice. */
  emsDispatchedWithCall: boolean;
  /**
   * Naloxone lasts 30-90 minutes and many opioids outlast it, so a person left alone can stop
   * breathing again (naloxone label; National Harm Reduction Coalition aftercare guidance).
   */
  opioidOutlastsNaloxone: boolean;
  /** A blind `reach_into_pocket` meets needles and records a needlestick (NIOSH 2022-154). A scenario choice. */
  pocketHoldsNeedles: boolean;
  /** Events an instructor may raise mid-scenario (instructor-led mode). A scenario choice. */
  injectableEvents: StoryEventId[];
  /**
   * People with the patient besides the officer (the caller included). With none left, a patient
   * revived by naloxone and then left by the officer is alone when it wears off. A scenario choice.
   */
  bystanders: number;
  /**
   * The person is dependent enough that any reversal brings severe withdrawal. Otherwise withdrawal
   * is mild unless doses are stacked or exceed what was needed (naloxone label: abrupt reversal).
   */
  severeWithdrawalOnWaking: boolean;
  /** The caller's trust in police at the start, 0-10. A training simplification. */
  callerTrustStart: number;
  /** The pat-down person's trust in the officer at the start, 0-10. A training simplification. */
  personTrustStart: number;
  /** The pat-down person's agitation at the start, 0-10. A training simplification. */
  personAgitationStart: number;
  /**
   * Revision 2: seconds from breathing `normal` after an effective dose to waking. Breathing returns
   * before consciousness; sources give 2-5 minutes from the dose to a response, some up to 8
   * (label; SAMHSA: varies). Drawn from [60, 180] unless the manifest says otherwise.
   */
  wakeAfterBreathingSeconds: number;
  /**
   * Revision 2: a sedating co-intoxicant (xylazine, a benzodiazepine) on board: naloxone brings
   * breathing back but not consciousness, and the patient stays unresponsive until EMS. Naloxone
   * reverses opioids only (SAMHSA; CDC on xylazine).
   */
  sedativeOnBoard: boolean;
  /**
   * Revision 2: from its onset, a dose short of `dosesNeeded` keeps breathing no worse than slow
   * (it lifts a patient who stopped breathing back to slow breathing), never normal, and never wakes.
   */
  partialDoseEffect: boolean;
}

export type ParameterName = keyof ScenarioParameters;

export const PARAMETER_DEFAULTS: Readonly<ScenarioParameters> = Object.freeze({
  dosesNeeded: 1,
  onsetSeconds: 150,
  apneaAfterSeconds: 180,
  injuryAfterSeconds: 240,
  deathAfterSeconds: 600,
  emsEtaMinutes: 8,
  emsDispatchedWithCall: false,
  opioidOutlastsNaloxone: true,
  pocketHoldsNeedles: false,
  injectableEvents: [],
  bystanders: 1,
  severeWithdrawalOnWaking: false,
  callerTrustStart: 5,
  personTrustStart: 4,
  personAgitationStart: 4,
  wakeAfterBreathingSeconds: 120,
  sedativeOnBoard: false,
  partialDoseEffect: true,
});

/**
 * Parameters drawn from a range even when the manifest does not name them (DESIGN.md: revision 2).
 * Their place after every other parameter in PARAMETER_NAMES keeps each seed's earlier variant.
 */
export const DRAWN_BY_DEFAULT: Readonly<Partial<Record<ParameterName, readonly [number, number]>>> = {
  wakeAfterBreathingSeconds: [60, 180],
};

type ParameterKind = 'count' | 'seconds' | 'minutes' | 'flag' | 'events' | 'scale';

/** How each parameter is written in a manifest, and its allowed range. */
const PARAMETER_KINDS: Readonly<Record<ParameterName, { kind: ParameterKind; min?: number; max?: number }>> = {
  dosesNeeded: { kind: 'count', min: 1, max: 5 },
  onsetSeconds: { kind: 'seconds', min: 1, max: 1800 },
  apneaAfterSeconds: { kind: 'seconds', min: 0, max: 3600 },
  injuryAfterSeconds: { kind: 'seconds', min: 1, max: 3600 },
  deathAfterSeconds: { kind: 'seconds', min: 1, max: 7200 },
  emsEtaMinutes: { kind: 'minutes', min: 0, max: 120 },
  emsDispatchedWithCall: { kind: 'flag' },
  opioidOutlastsNaloxone: { kind: 'flag' },
  pocketHoldsNeedles: { kind: 'flag' },
  injectableEvents: { kind: 'events' },
  bystanders: { kind: 'count', min: 0, max: 20 },
  severeWithdrawalOnWaking: { kind: 'flag' },
  callerTrustStart: { kind: 'scale', min: 0, max: 10 },
  personTrustStart: { kind: 'scale', min: 0, max: 10 },
  personAgitationStart: { kind: 'scale', min: 0, max: 10 },
  // Revision 2: drawn after every parameter above, so that a seed keeps the variant it gave before.
  wakeAfterBreathingSeconds: { kind: 'seconds', min: 0, max: 3600 },
  sedativeOnBoard: { kind: 'flag' },
  partialDoseEffect: { kind: 'flag' },
};

export const PARAMETER_NAMES = Object.keys(PARAMETER_KINDS) as ParameterName[];

/** What a manifest may hold for one parameter. */
export type ParameterValue = number | boolean | readonly [number, number] | readonly string[];

export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

function isParameterName(name: string): name is ParameterName {
  return Object.hasOwn(PARAMETER_KINDS, name);
}

/** Checks a manifest's `parameters` object, one problem per bad field. */
export function validateParameters(value: unknown, field = 'parameters'): FieldProblem[] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ field, message: 'must be an object of parameter names to values' }];
  }
  const problems: FieldProblem[] = [];
  for (const [name, raw] of Object.entries(value)) {
    const where = `${field}.${name}`;
    if (!isParameterName(name)) {
      problems.push({ field: where, message: `unknown parameter; known: ${PARAMETER_NAMES.join(', ')}` });
      continue;
    }
    const { kind, min, max } = PARAMETER_KINDS[name];
    if (kind === 'flag') {
      if (typeof raw !== 'boolean') problems.push({ field: where, message: 'must be true or false' });
      continue;
    }
    if (kind === 'events') {
      if (!Array.isArray(raw) || raw.some((e) => typeof e !== 'string' || !isStoryEventId(e))) {
        problems.push({ field: where, message: 'must be a list of story event ids (docs/actions.md)' });
      }
      continue;
    }
    const inRange = (n: unknown): boolean =>
      typeof n === 'number' && Number.isFinite(n) && (min === undefined || n >= min) && (max === undefined || n <= max);
    const whole = kind === 'count';
    const describe = `a number${min !== undefined ? ` from ${min}` : ''}${max !== undefined ? ` to ${max}` : ''}`;
    if (Array.isArray(raw)) {
      const [lo, hi] = raw as unknown[];
      if (raw.length !== 2 || !inRange(lo) || !inRange(hi) || (lo as number) > (hi as number)) {
        problems.push({ field: where, message: `a range must be [min, max], each ${describe}, min <= max` });
      } else if (whole && (!Number.isInteger(lo) || !Number.isInteger(hi))) {
        problems.push({ field: where, message: 'must be whole numbers' });
      }
    } else if (!inRange(raw)) {
      problems.push({ field: where, message: `must be ${describe}, or a [min, max] range` });
    } else if (whole && !Number.isInteger(raw)) {
      problems.push({ field: where, message: 'must be a whole number' });
    }
  }
  return problems;
}

/**
 * Resolves a validated `parameters` object against the defaults, drawing each `[min, max]` range
 * from the variant's random source (whole numbers when both bounds are whole), in the fixed order
 * of PARAMETER_NAMES so that a seed always draws the same variant.
 */
export function resolveParameters(
  given: Readonly<Partial<Record<ParameterName, ParameterValue>>> | undefined,
  random: Random,
): ScenarioParameters {
  const resolved: ScenarioParameters = { ...PARAMETER_DEFAULTS, injectableEvents: [] };
  for (const name of PARAMETER_NAMES) {
    const value = given?.[name] ?? DRAWN_BY_DEFAULT[name];
    if (value === undefined) continue;
    const target = resolved as unknown as Record<string, unknown>;
    if (typeof value === 'number' || typeof value === 'boolean') {
      target[name] = value;
    } else if (PARAMETER_KINDS[name].kind === 'events') {
      target[name] = [...(value as readonly string[])];
    } else {
      const [lo, hi] = value as readonly [number, number];
      target[name] =
        Number.isInteger(lo) && Number.isInteger(hi) ? randomInteger(random, lo, hi) : Math.round((lo + random() * (hi - lo)) * 10) / 10;
    }
  }
  return resolved;
}

/**
 * Story-only parameters (scenario.json `storyParameters`): values the engine draws from the variant
 * seed and writes once into the story's own variables, untouched, so a trainer can write a variant
 * the engine knows nothing of (a partner whose breathing really is depressed, in one attempt in ten).
 */
export type StoryParameterValue = number | boolean | string | readonly [number, number];

/** A story parameter as the story reads it, once drawn. */
export type ResolvedStoryParameter = number | boolean | string;

const STORY_PARAMETER_NAME = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * Checks a manifest's `storyParameters`: Ink variable names the engine does not write itself, each a
 * number, true or false, short text, or a `[min, max]` range. `reserved` are the names the engine writes.
 */
export function validateStoryParameters(value: unknown, reserved: ReadonlySet<string>, field = 'storyParameters'): FieldProblem[] {
  if (value === undefined) return [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ field, message: 'must be an object of story variable names to values' }];
  }
  const problems: FieldProblem[] = [];
  for (const [name, raw] of Object.entries(value)) {
    const where = `${field}.${name}`;
    if (!STORY_PARAMETER_NAME.test(name)) {
      problems.push({ field: where, message: 'must be an Ink variable name: lower-case letters, digits and _, starting with a letter' });
      continue;
    }
    if (reserved.has(name) || isParameterName(name)) {
      problems.push({ field: where, message: 'is a name the engine writes itself: choose another name for a story-only parameter' });
      continue;
    }
    const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= 1_000_000;
    if (typeof raw === 'boolean' || finite(raw)) continue;
    if (typeof raw === 'string') {
      if (raw.length > 200) problems.push({ field: where, message: 'must be text of at most 200 characters' });
      continue;
    }
    if (Array.isArray(raw) && raw.length === 2 && finite(raw[0]) && finite(raw[1]) && raw[0] <= raw[1]) continue;
    problems.push({ field: where, message: 'must be a number, true or false, text, or a [min, max] range of numbers' });
  }
  return problems;
}

/** Draws the story parameters after the engine's, in the manifest's order, so that each seed keeps its variant. */
export function resolveStoryParameters(
  given: Readonly<Record<string, StoryParameterValue>> | undefined,
  random: Random,
): Readonly<Record<string, ResolvedStoryParameter>> {
  const resolved: Record<string, ResolvedStoryParameter> = {};
  for (const [name, value] of Object.entries(given ?? {})) {
    if (!Array.isArray(value)) {
      resolved[name] = value as ResolvedStoryParameter;
      continue;
    }
    const [lo, hi] = value as readonly [number, number];
    resolved[name] =
      Number.isInteger(lo) && Number.isInteger(hi) ? randomInteger(random, lo, hi) : Math.round((lo + random() * (hi - lo)) * 10) / 10;
  }
  return resolved;
}
