/**
 * Several scenario folders explored at once, one per core (workers/pool.ts), each exactly as
 * `explore` would explore it alone: the coverage command, the bench and anything else that explores
 * more than one scenario go through here.
 */
import { displayPath } from '../paths.js';
import { defineTask, runOnEveryCore, type PoolOptions } from '../workers/pool.js';
import type { ExploreJob, ExploreOutcome } from './explore-task.js';

const EXPLORE = defineTask<ExploreJob, ExploreOutcome>(new URL('./explore-task.ts', import.meta.url));

export interface ExploredScenarios {
  /** One outcome per job, in the jobs' order. */
  readonly outcomes: readonly ExploreOutcome[];
  /** Worker threads used (0: all in this thread). */
  readonly threads: number;
}

export async function exploreScenarios(jobs: readonly ExploreJob[], options: PoolOptions = {}): Promise<ExploredScenarios> {
  const { results, threads } = await runOnEveryCore(EXPLORE, jobs, options);
  const outcomes = results.map((result, i): ExploreOutcome =>
    result.ok
      ? result.value
      : {
          dir: jobs[i]!.dir,
          diagnostics: [{ file: displayPath(jobs[i]!.dir), severity: 'error', message: `the explorer stopped: ${result.error}` }],
        },
  );
  return { outcomes, threads };
}
