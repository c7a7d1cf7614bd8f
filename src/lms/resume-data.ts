/**
 * What an LMS keeps so that a trainee can resume: the scenario, version, profile, seed and picks,
 * replayed on return (the engine is deterministic). SCORM 1.2 gives only 4,096 characters of
 * `suspend_data`, so the format is compact: indexes in base 36, times in whole seconds.
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
}

export const SCORM12_SUSPEND_LIMIT = 4096;
export const SCORM2004_SUSPEND_LIMIT = 64_000;
const PREFIX = 'gc1';

function field(text: string): string {
  return text.replace(/[|~.]/g, '');
}

/** The compact text, or `undefined` if it cannot fit in `limit` characters. */
export function encodeResume(state: ResumeState, limit = SCORM12_SUSPEND_LIMIT): string | undefined {
  const picks = state.picks.map((p) => (p.at !== undefined && state.mode === 'assess' ? `${p.index.toString(36)}~${Math.round(p.at).toString(36)}` : p.index.toString(36))).join('.');
  const text = [PREFIX, field(state.scenario), state.version, field(state.profile), state.seed, field(state.locale), state.mode, picks].join('|');
  return text.length <= limit ? text : undefined;
}

export function decodeResume(text: string): ResumeState | undefined {
  const parts = text.split('|');
  if (parts.length !== 8 || parts[0] !== PREFIX) return undefined;
  const [, scenario, version, profile, seed, locale, mode, picks] = parts as [string, string, string, string, string, string, string, string];
  if (mode !== 'learn' && mode !== 'assess') return undefined;
  const decoded = picks === '' ? [] : picks.split('.').map((p) => {
    const [index, at] = p.split('~');
    return { index: parseInt(index ?? '', 36), ...(at !== undefined ? { at: parseInt(at, 36) } : {}) };
  });
  if (decoded.some((p) => !Number.isInteger(p.index) || (p.at !== undefined && !Number.isInteger(p.at)))) return undefined;
  const versionNumber = Number(version);
  const seedNumber = Number(seed);
  if (!Number.isInteger(versionNumber) || !Number.isInteger(seedNumber)) return undefined;
  return { scenario, version: versionNumber, profile, seed: seedNumber, locale, mode, picks: decoded };
}
