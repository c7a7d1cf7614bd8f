/**
 * What an LMS keeps so that a trainee can resume: the scenario, version, profile, seed, picks and how
 * much simulated time had passed, replayed on return (the engine is deterministic). SCORM 1.2 gives
 * only 4,096 characters of `suspend_data`, so the format is compact: a pick is one character in learn
 * mode and two or three in assess mode, and times are in milliseconds, or in coarser ticks when a very
 * long attempt would not fit otherwise. What still does not fit is refused (`undefined`), for the
 * caller to say so: it is never cut short silently.
 *
 * Format `gc3`: `gc3|scenario|version|profile|seed|locale|mode|ticksPerSecond|elapsedTicks|firstInteraction|picks`,
 * numbers in base 36; `firstInteraction` is the LMS interaction the attempt's first pick was written
 * to; `picks` is each pick's index and, in assess mode, the ticks since the pick before, as unsigned
 * variable-length numbers in the URL-safe base-64 alphabet (5 bits a character, the sixth bit saying
 * another follows), with no separators. Formats `gc2` (picks `index~atTicks` joined by `.`) and `gc1`
 * (no elapsed time, pick times in whole seconds) are still read, so attempts suspended by an older
 * package resume after an upgrade.
 */
import type { Mode } from '../engine/index.js';

export interface ResumeState {
  readonly scenario: string;
  readonly version: number;
  readonly profile: string;
  readonly seed: number;
  readonly locale: string;
  readonly mode: Mode;
  /** Each pick's 0-based index among the choices offered, and in assess mode the simulated second it was made. */
  readonly picks: readonly { readonly index: number; readonly at?: number }[];
  /** Simulated seconds gone when the state was saved: the clock stands here again after the replay. */
  readonly elapsedSeconds: number;
  /** The LMS interaction (`cmi.interactions.n`) the first pick was written to; unknown in older formats. */
  readonly firstInteraction?: number;
}

export const SCORM12_SUSPEND_LIMIT = 4096;
export const SCORM2004_SUSPEND_LIMIT = 64_000;
const PREFIX = 'gc3';
const PREFIX_V2 = 'gc2';
const PREFIX_V1 = 'gc1';
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const MORE = 32;

/** An unsigned whole number as variable-length base-64 digits, least significant five bits first. */
function vlq(value: number): string {
  let rest = Math.max(0, Math.floor(value));
  let text = '';
  do {
    const five = rest % MORE;
    rest = Math.floor(rest / MORE);
    text += DIGITS[five + (rest > 0 ? MORE : 0)];
  } while (rest > 0);
  return text;
}

function readVlqs(text: string): number[] | undefined {
  const values: number[] = [];
  let value = 0;
  let scale = 1;
  let open = false;
  for (const char of text) {
    const digit = DIGITS.indexOf(char);
    if (digit < 0) return undefined;
    value += (digit % MORE) * scale;
    if (!Number.isSafeInteger(value)) return undefined;
    if (digit >= MORE) {
      scale *= MORE;
      open = true;
    } else {
      values.push(value);
      value = 0;
      scale = 1;
      open = false;
    }
  }
  return open ? undefined : values;
}
/** Finest first: milliseconds keep fractional pick times; whole seconds are the last resort. */
const TICKS_PER_SECOND = [1000, 100, 10, 1] as const;

function field(text: string): string {
  return text.replace(/[|~.]/g, '');
}

function encodeWith(state: ResumeState, ticksPerSecond: number): string {
  const ticks = (seconds: number): number => Math.round(seconds * ticksPerSecond);
  const timed = state.mode === 'assess';
  let before = 0;
  let picks = '';
  for (const pick of state.picks) {
    picks += vlq(pick.index);
    if (!timed) continue;
    const at = Math.max(before, ticks(pick.at ?? 0));
    picks += vlq(at - before);
    before = at;
  }
  // Rounded up: a coarse tick must never hand the trainee time back.
  const elapsed = Math.max(before, Math.ceil(Math.round(state.elapsedSeconds * ticksPerSecond * 1000) / 1000));
  return [
    PREFIX,
    field(state.scenario),
    state.version,
    field(state.profile),
    state.seed,
    field(state.locale),
    state.mode,
    ticksPerSecond,
    elapsed.toString(36),
    (state.firstInteraction ?? 0).toString(36),
    picks,
  ].join('|');
}

/** The compact text, with the finest times that fit in `limit` characters; `undefined` if none does. */
export function encodeResume(state: ResumeState, limit = SCORM12_SUSPEND_LIMIT): string | undefined {
  for (const ticksPerSecond of TICKS_PER_SECOND) {
    const text = encodeWith(state, ticksPerSecond);
    if (text.length <= limit) return text;
  }
  return undefined;
}

function decodePicks(picks: string, ticksPerSecond: number): ResumeState['picks'] | undefined {
  const decoded =
    picks === ''
      ? []
      : picks.split('.').map((p) => {
          const [index, at] = p.split('~');
          return { index: parseInt(index ?? '', 36), ...(at !== undefined ? { at: parseInt(at, 36) } : {}) };
        });
  if (decoded.some((p) => !Number.isInteger(p.index) || p.index < 0 || (p.at !== undefined && !(Number.isInteger(p.at) && p.at >= 0))))
    return undefined;
  return decoded.map((p) => (p.at === undefined ? p : { index: p.index, at: p.at / ticksPerSecond }));
}

function decodeCommon(parts: readonly string[]): Omit<ResumeState, 'picks' | 'elapsedSeconds'> | undefined {
  const [scenario, version, profile, seed, locale, mode] = parts as [string, string, string, string, string, string];
  if (mode !== 'learn' && mode !== 'assess') return undefined;
  const versionNumber = Number(version);
  const seedNumber = Number(seed);
  if (version === '' || seed === '' || !Number.isInteger(versionNumber) || !Number.isInteger(seedNumber)) return undefined;
  return { scenario, version: versionNumber, profile, seed: seedNumber, locale, mode };
}

/** `gc1`: times in whole seconds and no elapsed time, so the clock resumes at the last pick. */
function decodeV1(parts: readonly string[]): ResumeState | undefined {
  if (parts.length !== 8) return undefined;
  const common = decodeCommon(parts.slice(1, 7));
  const picks = decodePicks(parts[7] ?? '', 1);
  if (!common || !picks) return undefined;
  return { ...common, picks, elapsedSeconds: Math.max(0, ...picks.map((p) => p.at ?? 0)) };
}

function decodeV3(parts: readonly string[]): ResumeState | undefined {
  if (parts.length !== 11) return undefined;
  const common = decodeCommon(parts.slice(1, 7));
  const ticksPerSecond = Number(parts[7]);
  if (!common || !(TICKS_PER_SECOND as readonly number[]).includes(ticksPerSecond)) return undefined;
  const elapsed = parseInt(parts[8] ?? '', 36);
  const firstInteraction = parseInt(parts[9] ?? '', 36);
  const numbers = readVlqs(parts[10] ?? '');
  if (!numbers || !Number.isInteger(elapsed) || elapsed < 0 || !Number.isInteger(firstInteraction) || firstInteraction < 0)
    return undefined;
  const timed = common.mode === 'assess';
  if (timed && numbers.length % 2 !== 0) return undefined;
  const picks: { index: number; at?: number }[] = [];
  let at = 0;
  for (let i = 0; i < numbers.length; i += timed ? 2 : 1) {
    const index = numbers[i]!;
    if (!timed) {
      picks.push({ index });
      continue;
    }
    at += numbers[i + 1]!;
    picks.push({ index, at: at / ticksPerSecond });
  }
  return { ...common, picks, elapsedSeconds: elapsed / ticksPerSecond, firstInteraction };
}

export function decodeResume(text: string): ResumeState | undefined {
  const parts = text.split('|');
  if (parts[0] === PREFIX_V1) return decodeV1(parts);
  if (parts[0] === PREFIX) return decodeV3(parts);
  if (parts.length !== 10 || parts[0] !== PREFIX_V2) return undefined;
  const common = decodeCommon(parts.slice(1, 7));
  const ticksPerSecond = Number(parts[7]);
  if (!common || !(TICKS_PER_SECOND as readonly number[]).includes(ticksPerSecond)) return undefined;
  const elapsed = parseInt(parts[8] ?? '', 36);
  const picks = decodePicks(parts[9] ?? '', ticksPerSecond);
  if (!picks || !Number.isInteger(elapsed) || elapsed < 0) return undefined;
  return { ...common, picks, elapsedSeconds: elapsed / ticksPerSecond };
}
