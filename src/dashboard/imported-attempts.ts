/**
 * The attempts an instructor has imported so far, one per attempt id: the same attempt imported
 * twice (two exports that overlap, the same file chosen again) counts once, and an unfinished
 * attempt exported again later, further on or finished, is replaced by the later record. Two
 * records of one id that disagree otherwise are a conflict: neither is counted, both are kept aside
 * and named with their files, since the class's figures cannot tell which is true. Kept in memory
 * only: closing the page forgets them, and nothing is sent anywhere.
 */
import type { FinishedAttempt, StoredAttempt } from '../storage/attempt-record.js';
import type { AttemptOrigin, DashboardImportProblem } from './import-files.js';

export type ImportedAttempts = ReadonlyMap<string, StoredAttempt>;

/** A record and where it was read from. */
export interface ImportedRecord {
  readonly attempt: StoredAttempt;
  readonly origin: AttemptOrigin;
}

export interface ImportedClass {
  /** The attempts counted, by id. */
  readonly attempts: ImportedAttempts;
  /** Where each counted attempt was read from. */
  readonly origins: ReadonlyMap<string, AttemptOrigin>;
  /** Ids whose records disagree, with every differing record: none of them is counted. */
  readonly conflicts: ReadonlyMap<string, readonly ImportedRecord[]>;
}

export const NO_ATTEMPTS: ImportedClass = { attempts: new Map(), origins: new Map(), conflicts: new Map() };

/** JSON with every object's keys in order: two records are the same when this is. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The facts fixed when an attempt starts: two records of one attempt always share them. */
function identity(a: StoredAttempt): string {
  return canonical([a.traineeCode, a.scenario, a.profileId, a.locale, a.mode, a.seed, a.startedAt, a.replayOf ?? null]);
}

/** `later` is `earlier` played on (or finished): the same start, and every pick of `earlier` kept. */
function playsOn(earlier: StoredAttempt, later: StoredAttempt): boolean {
  if (earlier.status !== 'in-progress' || identity(earlier) !== identity(later)) return false;
  if (later.status === 'in-progress' && later.savedAt < earlier.savedAt) return false;
  if (later.picks.length < earlier.picks.length) return false;
  return earlier.picks.every((pick, i) => canonical(pick) === canonical(later.picks[i]));
}

export interface Added {
  readonly imported: ImportedClass;
  /** The attempts counted after the import (`imported.attempts`). */
  readonly attempts: ImportedAttempts;
  /** Attempts not seen before. */
  readonly added: number;
  /** Records of attempts already imported (or repeated in this batch), identical or a later save. */
  readonly duplicates: number;
  /** Attempts found in conflict by this import. */
  readonly conflicts: number;
  /** One per record of an attempt in conflict, named by its file and field. */
  readonly problems: readonly DashboardImportProblem[];
}

function conflictProblems(id: string, records: readonly ImportedRecord[]): DashboardImportProblem[] {
  return records.map(({ origin }) => {
    const others = [...new Set(records.filter((r) => r.origin !== origin).map((r) => r.origin.file))].join(', ');
    return {
      file: origin.file,
      field: `${origin.field}.id`,
      code: 'conflict',
      message: `attempt ${id} is also in ${others} with different content: neither is counted`,
      values: { id, others },
    };
  });
}

/**
 * Adds the attempts of an import. `origins` says where each came from (parallel to `incoming`);
 * without it they are named by their place in `incoming`.
 */
export function addAttempts(current: ImportedClass, incoming: readonly StoredAttempt[], origins: readonly AttemptOrigin[] = []): Added {
  const attempts = new Map(current.attempts);
  const from = new Map(current.origins);
  const conflicts = new Map(current.conflicts);
  const newlyInConflict = new Set<string>();
  let added = 0;
  let duplicates = 0;
  incoming.forEach((attempt, i) => {
    const origin = origins[i] ?? { file: '(import)', field: `attempts[${i}]` };
    const record = { attempt, origin };
    const setAside = conflicts.get(attempt.id);
    if (setAside) {
      if (setAside.some((r) => canonical(r.attempt) === canonical(attempt))) duplicates += 1;
      else {
        conflicts.set(attempt.id, [...setAside, record]);
        newlyInConflict.add(attempt.id);
      }
      return;
    }
    const kept = attempts.get(attempt.id);
    if (!kept) {
      added += 1;
      attempts.set(attempt.id, attempt);
      from.set(attempt.id, origin);
      return;
    }
    if (canonical(kept) === canonical(attempt) || playsOn(attempt, kept)) {
      duplicates += 1;
      return;
    }
    if (playsOn(kept, attempt)) {
      duplicates += 1;
      attempts.set(attempt.id, attempt);
      from.set(attempt.id, origin);
      return;
    }
    conflicts.set(attempt.id, [{ attempt: kept, origin: from.get(attempt.id) ?? origin }, record]);
    attempts.delete(attempt.id);
    from.delete(attempt.id);
    newlyInConflict.add(attempt.id);
  });
  const problems = [...newlyInConflict].flatMap((id) => conflictProblems(id, conflicts.get(id) ?? []));
  const imported = { attempts, origins: from, conflicts };
  return { imported, attempts, added, duplicates, conflicts: newlyInConflict.size, problems };
}

export function finishedOnly(attempts: Iterable<StoredAttempt>): FinishedAttempt[] {
  return [...attempts].filter((a): a is FinishedAttempt => a.status === 'finished');
}
