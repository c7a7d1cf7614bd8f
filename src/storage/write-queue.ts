/**
 * Writes done one at a time in the order asked, so a later save of an attempt never lands before
 * an earlier one. While a write of a key waits its turn, a newer item for the same key replaces it:
 * saving after every pick never piles up writes on a slow disk.
 */
export interface WriteQueue<T> {
  /** Resolves once the item (or a newer one for its key) is written; rejects with the write's error. */
  enqueue(item: T): Promise<void>;
  /** Resolves once every write asked for so far has settled. */
  idle(): Promise<void>;
}

interface Waiting<T> {
  item: T;
  readonly done: Promise<void>;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

export function createWriteQueue<T>(keyOf: (item: T) => string, write: (item: T) => Promise<void>): WriteQueue<T> {
  const waiting = new Map<string, Waiting<T>>();
  let running: Promise<void> | undefined;

  const drain = async (): Promise<void> => {
    for (let next = waiting.entries().next(); !next.done; next = waiting.entries().next()) {
      const [key, entry] = next.value;
      waiting.delete(key);
      try {
        await write(entry.item);
        entry.resolve();
      } catch (error) {
        entry.reject(error);
      }
    }
    running = undefined;
  };

  return {
    enqueue(item) {
      const key = keyOf(item);
      const queued = waiting.get(key);
      if (queued) {
        queued.item = item;
        return queued.done;
      }
      let resolve!: () => void;
      let reject!: (error: unknown) => void;
      const done = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      waiting.set(key, { item, done, resolve, reject });
      running ??= drain();
      return done;
    },
    idle: async () => {
      while (running) await running;
    },
  };
}
