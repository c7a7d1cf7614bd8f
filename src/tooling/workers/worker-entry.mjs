// A worker thread of the pool (pool.ts). It starts without the TypeScript loader its parent runs
// under (tsx for the command-line tools, vitest's own for the tests), so it registers tsx, then
// loads the task module and runs each input it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const task = await import(workerData.module);

parentPort.on('message', async ({ index, input }) => {
  let result;
  try {
    result = { ok: true, value: await task.run(input) };
  } catch (error) {
    result = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort.postMessage({ index, result });
});
parentPort.postMessage({ ready: true });
