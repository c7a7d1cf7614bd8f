/**
 * Reading the export files an instructor chooses (several files, or a folder): each file on its own,
 * its size checked before a byte is read, so that one bad or oversized file is named and the others
 * still load. Nothing here throws.
 */
import { importAttemptsJson, MAX_IMPORT_BYTES, type ImportProblem, type ImportProblemCode } from '../export/attempts-json.js';
import type { StoredAttempt } from '../storage/attempt-record.js';

/**
 * A problem worded by the dashboard in the instructor's language: one with a whole file, or an
 * attempt in conflict with another record of its id; a bad attempt keeps the validator's message.
 */
export type FileProblemCode = ImportProblemCode | 'unreadable' | 'conflict';

export interface DashboardImportProblem extends Omit<ImportProblem, 'code'> {
  readonly code?: FileProblemCode;
}

/** A file's text, read or made up (the bench, the tests). */
export interface ImportText {
  /** As the instructor knows it: the file name, or its path inside a chosen folder. */
  readonly name: string;
  readonly text: string;
  /** Bytes on disk; the text's length when not given. */
  readonly byteLength?: number;
}

/** Where an imported attempt was read from: its file and its place there (`attempts[3]`). */
export interface AttemptOrigin {
  readonly file: string;
  readonly field: string;
}

export interface ImportBatch {
  /** Every valid attempt found, in file order; the same attempt may appear in several files. */
  readonly attempts: readonly StoredAttempt[];
  /** Where each of `attempts` was read from, in the same order. */
  readonly origins: readonly AttemptOrigin[];
  readonly problems: readonly DashboardImportProblem[];
  /** Files read (or refused), not counting those skipped. */
  readonly files: number;
  /** Files in a chosen folder that are not JSON, left unread. */
  readonly skipped: readonly string[];
}

/**
 * The place of each attempt read from a file: the export reader names bad attempts by their place
 * (`attempts[3].report.score`) and returns the good ones in order, so the good ones hold the rest.
 */
function originsOf(file: string, attempts: readonly StoredAttempt[], problems: readonly ImportProblem[]): AttemptOrigin[] {
  const bad = new Set(
    problems
      .map((p) => /^attempts\[(\d+)\]/.exec(p.field)?.[1])
      .filter((i) => i !== undefined)
      .map(Number),
  );
  const origins: AttemptOrigin[] = [];
  for (let index = 0; origins.length < attempts.length; index++) if (!bad.has(index)) origins.push({ file, field: `attempts[${index}]` });
  return origins;
}

/** Imports texts already in memory: what `npm run bench` times for a class of attempts. */
export function importTexts(files: readonly ImportText[]): ImportBatch {
  const attempts: StoredAttempt[] = [];
  const origins: AttemptOrigin[] = [];
  const problems: DashboardImportProblem[] = [];
  for (const file of files) {
    const result = importAttemptsJson(file.text, file.name, file.byteLength ?? file.text.length);
    attempts.push(...result.attempts);
    origins.push(...originsOf(file.name, result.attempts, result.problems));
    problems.push(...result.problems);
  }
  return { attempts, origins, problems, files: files.length, skipped: [] };
}

/** What the page hands over: a browser `File`, or anything shaped like one. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  /** The path inside a folder chosen with `webkitdirectory`; empty otherwise. */
  readonly webkitRelativePath?: string;
  text(): Promise<string>;
}

export function displayName(file: FileLike): string {
  return file.webkitRelativePath || file.name;
}

function looksLikeJson(file: FileLike): boolean {
  return /\.json$/i.test(file.name);
}

/**
 * Reads chosen files one after another (a class's worth fits in memory; one at a time keeps an old
 * laptop responsive). From a folder only `.json` files are read; a file chosen by name is always
 * tried, so that a wrongly named export still loads.
 */
export async function importFiles(files: Iterable<FileLike>, options: { readonly fromFolder?: boolean } = {}): Promise<ImportBatch> {
  const attempts: StoredAttempt[] = [];
  const origins: AttemptOrigin[] = [];
  const problems: DashboardImportProblem[] = [];
  const skipped: string[] = [];
  let read = 0;
  for (const file of files) {
    const name = displayName(file);
    if (options.fromFolder && !looksLikeJson(file)) {
      skipped.push(name);
      continue;
    }
    read += 1;
    if (file.size > MAX_IMPORT_BYTES) {
      problems.push(...importAttemptsJson('', name, file.size).problems);
      continue;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      problems.push({ file: name, field: '(file)', code: 'unreadable', message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const batch = importTexts([{ name, text, byteLength: file.size }]);
    attempts.push(...batch.attempts);
    origins.push(...batch.origins);
    problems.push(...batch.problems);
  }
  return { attempts, origins, problems, files: read, skipped };
}
