/**
 * The JSON export: every attempt record, complete and versioned, in a file an instructor can move to
 * another machine and import (the instructor dashboard reads it). Importing checks each attempt
 * field by field: a bad attempt is reported with its file and field, and the others load.
 */
import { readAttempt } from '../storage/validate-attempt.js';
import type { StoredAttempt } from '../storage/attempt-record.js';

export const EXPORT_FORMAT = 'good-call/attempts';
export const EXPORT_VERSION = 1;
/** Larger files are refused before parsing: 1,000 long attempts fit in well under this. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface AttemptsExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  /** ISO date-time. */
  readonly exportedAt: string;
  readonly attempts: readonly StoredAttempt[];
}

export function attemptsExport(attempts: readonly StoredAttempt[], now: Date = new Date()): AttemptsExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), attempts };
}

export function attemptsJson(attempts: readonly StoredAttempt[], now?: Date): string {
  return `${JSON.stringify(attemptsExport(attempts, now), null, 2)}\n`;
}

/**
 * What is wrong with a whole file, for the dashboard to word in the instructor's language; the
 * English `message` says the same for logs and scripts.
 */
export type ImportProblemCode =
  'too-large' | 'not-json' | 'not-an-object' | 'other-format' | 'no-version' | 'newer-version' | 'no-attempts';

export interface ImportProblem {
  /** The file, as the instructor named it. */
  readonly file: string;
  /** The field, e.g. `attempts[3].report.score`, or `(file)` for the whole file. */
  readonly field: string;
  readonly message: string;
  /** Set for a problem with the whole file; a bad attempt has only its field and message. */
  readonly code?: ImportProblemCode;
  /** The figures and names the code's wording needs. */
  readonly values?: Readonly<Record<string, string | number>>;
}

export interface ImportResult {
  readonly attempts: readonly StoredAttempt[];
  readonly problems: readonly ImportProblem[];
}

/** A foreign file's own words are shown as text, but not at any length. */
function shortened(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Reads one exported file; never throws. */
export function importAttemptsJson(text: string, file: string, byteLength = text.length): ImportResult {
  const whole = (code: ImportProblemCode, message: string, values?: Readonly<Record<string, string | number>>): ImportResult => ({
    attempts: [],
    problems: [{ file, field: '(file)', message, code, ...(values ? { values } : {}) }],
  });
  if (byteLength > MAX_IMPORT_BYTES) {
    const size = Math.round(byteLength / 1024 / 1024);
    const limit = MAX_IMPORT_BYTES / 1024 / 1024;
    return whole('too-large', `is ${size} MB; the limit is ${limit} MB. Export fewer attempts per file.`, { size, limit });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = shortened(error instanceof Error ? error.message : String(error), 120);
    return whole('not-json', `is not valid JSON (${detail})`, { detail });
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return whole('not-an-object', 'is not a Good Call export');
  const root = parsed as Record<string, unknown>;
  if (root.format !== EXPORT_FORMAT) {
    const format = shortened(JSON.stringify(root.format) ?? 'undefined');
    return whole('other-format', `is not a Good Call export (format ${format})`, { format });
  }
  if (typeof root.version !== 'number' || !Number.isInteger(root.version) || root.version < 1)
    return whole('no-version', 'has no valid export version');
  if (root.version > EXPORT_VERSION) {
    const version = root.version;
    return whole('newer-version', `was exported by a newer version of Good Call (export version ${version}); update this one to read it`, {
      version,
    });
  }
  if (!Array.isArray(root.attempts)) return whole('no-attempts', 'has no "attempts" list');
  const attempts: StoredAttempt[] = [];
  const problems: ImportProblem[] = [];
  root.attempts.forEach((value, i) => {
    const read = readAttempt(value);
    if (read.ok) attempts.push(read.attempt);
    else for (const p of read.problems) problems.push({ file, field: `attempts[${i}].${p.field}`, message: p.message });
  });
  return { attempts, problems };
}
