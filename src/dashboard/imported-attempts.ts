/**
 * The attempts an instructor has imported so far, one per attempt id: the same attempt imported
 * twice (two exports that overlap, the same file chosen again) counts once. Kept in memory only:
 * closing the page forgets them, and nothing is sent anywhere.
 */
import type { FinishedAttempt, StoredAttempt } from '../storage/attempt-record.js';

export type ImportedAttempts = ReadonlyMap<string, StoredAttempt>;

export const NO_ATTEMPTS: ImportedAttempts = new Map();

/** Of two records of one attempt, the one that knows more: finished beats unfinished, then the later save. */
function better(kept: StoredAttempt, incoming: StoredAttempt): StoredAttempt {
  if (kept.status !== incoming.status) return kept.status === 'finished' ? kept : incoming;
  return incoming.savedAt > kept.savedAt ? incoming : kept;
}

export interface Added {
  readonly attempts: ImportedAttempts;
  /** Attempts not seen before. */
  readonly added: number;
  /** Records of attempts already imported (or repeated in this batch). */
  readonly duplicates: number;
}

export function addAttempts(current: ImportedAttempts, incoming: readonly StoredAttempt[]): Added {
  const next = new Map(current);
  let added = 0;
  let duplicates = 0;
  for (const attempt of incoming) {
    const kept = next.get(attempt.id);
    if (kept) {
      duplicates += 1;
      next.set(attempt.id, better(kept, attempt));
    } else {
      added += 1;
      next.set(attempt.id, attempt);
    }
  }
  return { attempts: next, added, duplicates };
}

export function finishedOnly(attempts: Iterable<StoredAttempt>): FinishedAttempt[] {
  return [...attempts].filter((a): a is FinishedAttempt => a.status === 'finished');
}
