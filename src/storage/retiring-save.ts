/**
 * The save of an attempt carried over to its scenario's new version: the carried-over attempt is a
 * new record, and the one it continues is retired once the new one is kept.
 */
import type { StoredAttempt } from './attempt-record.js';

/**
 * Saves the carried-over attempt's records with `save`; once one of them is on the device, the attempt it
 * continues is discarded, so the title no longer offers both. Until then (nothing saved yet, or the
 * device refusing) the old record stays, and nothing the trainee did is lost.
 */
export function retiringOnFirstSave(
  save: (attempt: StoredAttempt) => Promise<void>,
  discard: (id: string) => Promise<void>,
  continuedId: string,
): (attempt: StoredAttempt) => Promise<void> {
  let retired = false;
  return async (attempt) => {
    await save(attempt);
    if (retired) return;
    retired = true;
    // A refusal leaves the old record offered on the title, where it can be discarded by hand.
    void discard(continuedId).catch(() => undefined);
  };
}
