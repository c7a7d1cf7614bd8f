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

export interface ImportProblem {
  /** The file, as the instructor named it. */
  readonly file: string;
  /** The field, e.g. `attempts[3].report.score`, or `(file)` for the whole file. */
  readonly field: string;
  readonly message: string;
}

export interface ImportResult {
  readonly attempts: readonly StoredAttempt[];
  readonly problems: readonly ImportProblem[];
}

/** Reads one exported file; never throws. */
export function importAttemptsJson(text: string, file: string, byteLength = text.length): ImportResult {
  const whole = (message: string): ImportResult => ({ attempts: [], problems: [{ file, field: '(file)', message }] });
  if (byteLength > MAX_IMPORT_BYTES) return whole(`is ${Math.round(byteLength / 1024 / 1024)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Export fewer attempts per file.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return whole(`is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return whole('is not a Good Call export');
  const root = parsed as Record<string, unknown>;
  if (root.format !== EXPORT_FORMAT) return whole(`is not a Good Call export (format ${JSON.stringify(root.format)})`);
  if (typeof root.version !== 'number' || root.version > EXPORT_VERSION) {
    return whole(`was exported by a newer version of Good Call (export version ${String(root.version)}); update this one to read it`);
  }
  if (!Array.isArray(root.attempts)) return whole('has no "attempts" list');
  const attempts: StoredAttempt[] = [];
  const problems: ImportProblem[] = [];
  root.attempts.forEach((value, i) => {
    const read = readAttempt(value);
    if (read.ok) attempts.push(read.attempt);
    else for (const p of read.problems) problems.push({ file, field: `attempts[${i}].${p.field}`, message: p.message });
  });
  return { attempts, problems };
}
