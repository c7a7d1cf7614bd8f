/** The attempts a page's device holds in IndexedDB, read and written as the game's store keeps them. */
import type { Page } from 'playwright-core';
import type { StoredAttempt } from '../../../src/storage/attempt-record.js';

/** Every attempt saved on the device, finished or not, read as the history screen would. */
export function storedAttempts(page: Page): Promise<StoredAttempt[]> {
  return page.evaluate(
    () =>
      new Promise<StoredAttempt[]>((resolve, reject) => {
        const open = indexedDB.open('good-call');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('attempts').objectStore('attempts').getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as StoredAttempt[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** Puts `records` on the device as if they had been played there (the page reads them on its next load). */
export async function putAttempts(page: Page, records: readonly StoredAttempt[]): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('good-call');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('attempts', 'readwrite');
          for (const record of records) tx.objectStore('attempts').put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    JSON.parse(JSON.stringify(records)) as StoredAttempt[],
  );
}
