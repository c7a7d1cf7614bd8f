/**
 * Asks the browser to keep this site's storage even when the device runs short of space, so that
 * attempts are not evicted. The browser may decline (Chromium decides by how the site is used;
 * Firefox asks the user): the game works the same either way.
 */
export type Persistence = 'persisted' | 'best-effort' | 'unsupported';

/** The subset of `navigator.storage` used here, so tests can hand in their own. */
export interface PersistentStorage {
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

export async function requestPersistence(storage: PersistentStorage | undefined = globalThis.navigator?.storage): Promise<Persistence> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}
