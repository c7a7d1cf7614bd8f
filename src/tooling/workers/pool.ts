/**
 * One task run over many inputs on every core: each input goes to a worker thread, at most one per
 * core, and the results come back in the inputs' order, whichever finished first. A task is a
 * TypeScript module exporting `run(input)`; worker-entry.mjs loads it in each worker.
 *
 * Where worker threads cannot start (an environment without them, a loader that fails), the inputs
 * are run here, one after another: slower, the same results. A task that throws fails only its own
 * input, as `{ ok: false }` with the error's text, so that one broken scenario never stops the others.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';

/** A task module (`export function run(input: I): O | Promise<O>`), typed by what it takes and gives. */
export interface Task<I, O> {
  readonly module: URL;
  /** Never set: carries the input and output types. */
  readonly types?: (input: I) => O;
}

export function defineTask<I, O>(module: URL): Task<I, O> {
  return { module };
}

export type TaskResult<O> = { readonly ok: true; readonly value: O } | { readonly ok: false; readonly error: string };

export interface PoolOptions {
  /** Worker threads at most (default: the cores this machine offers). 1 or fewer runs every input here. */
  readonly threads?: number;
  /** The script each worker starts from (default worker-entry.mjs); tests name one that cannot start. */
  readonly entry?: URL;
}

export interface PoolRun<O> {
  readonly results: readonly TaskResult<O>[];
  /** How many worker threads ran the inputs (0: they ran in this thread). */
  readonly threads: number;
}

type WorkerMessage = { readonly ready: true } | { readonly index: number; readonly result: TaskResult<unknown> };

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

function failure(error: unknown): TaskResult<never> {
  return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

async function runHere<I, O>(task: Task<I, O>, inputs: readonly I[], indexes: readonly number[], results: TaskResult<O>[]): Promise<void> {
  const module = (await import(task.module.href)) as { run: (input: I) => O | Promise<O> };
  for (const index of indexes) {
    try {
      results[index] = { ok: true, value: await module.run(inputs[index]!) };
    } catch (error) {
      results[index] = failure(error);
    }
  }
}

export function defaultThreads(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export async function runOnEveryCore<I, O>(task: Task<I, O>, inputs: readonly I[], options: PoolOptions = {}): Promise<PoolRun<O>> {
  const results: TaskResult<O>[] = new Array(inputs.length);
  const threads = Math.min(options.threads ?? defaultThreads(), inputs.length);
  if (threads <= 1) {
    await runHere(
      task,
      inputs,
      inputs.map((_, i) => i),
      results,
    );
    return { results, threads: 0 };
  }

  let next = 0;
  let started = 0;
  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      let worker: Worker;
      try {
        // No inherited flags: the entry registers the TypeScript loader itself, under tsx or vitest alike.
        worker = new Worker(options.entry ?? ENTRY, { workerData: { module: task.module.href }, execArgv: [] });
      } catch {
        resolve();
        return;
      }
      let ready = false;
      let current: number | undefined;
      const handOut = (): void => {
        current = next < inputs.length ? next++ : undefined;
        if (current === undefined) void worker.terminate();
        else worker.postMessage({ index: current, input: inputs[current] });
      };
      worker.on('message', (message: WorkerMessage) => {
        if ('ready' in message) {
          ready = true;
          started++;
        } else results[message.index] = message.result as TaskResult<O>;
        handOut();
      });
      // Before it was ready, nothing was handed to it; after, the input it held fails with it.
      worker.on('error', (error) => {
        if (ready && current !== undefined) results[current] = failure(error);
        current = undefined;
      });
      worker.on('exit', () => resolve());
    });

  await Promise.all(Array.from({ length: threads }, runWorker));
  // Whatever no worker took (none could start, or those that could not took none) runs here.
  const unrun = inputs.map((_, i) => i).filter((i) => results[i] === undefined);
  if (unrun.length > 0) await runHere(task, inputs, unrun, results);
  return { results, threads: started };
}
