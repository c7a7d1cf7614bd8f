/**
 * The explorer and the checker on every core: scenarios explored (and checked) in worker threads
 * give exactly what exploring (and checking) each alone in this thread gives, for the same budget;
 * where workers cannot start, the same work runs here; a folder that cannot be explored is reported
 * against itself without stopping the others. Random completions read the story's position live,
 * and that reading agrees with a snapshot's.
 */
import { scoredSession } from '../../src/protocols/scored-session.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { checkScenario, checkScenarios } from '../../src/tooling/check-scenario.js';
import { explore, type Exploration } from '../../src/tooling/explore/explore.js';
import { exploreScenarios } from '../../src/tooling/explore/explore-scenarios.js';
import type { ExploreJob } from '../../src/tooling/explore/explore-task.js';
import { livePosition } from '../../src/tooling/explore/live-position.js';
import { currentKnot, readInk, visitCounts } from '../../src/tooling/explore/state-key.js';
import { loadScenarioDir } from '../../src/tooling/load-scenario.js';
import { defineTask, runOnEveryCore } from '../../src/tooling/workers/pool.js';
import { fixtureDir, loadFixture, profile } from '../helpers/fixtures.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
/** Scenarios the explorer finds much in: a budget it stops at, a dead end, a frozen loop, an inject. */
const DIRS = [fixtureDir('hub-overdose'), fixtureDir('dead-end'), fixtureDir('frozen-loop'), path.join(FIXTURES, 'explore-inject')];
const BUDGET = 60;
const COMPLETIONS = 30;

function exploreHere(dir: string): Exploration {
  const load = loadScenarioDir(dir, { assets: null });
  if (!load.bundle) throw new Error(`${dir} does not load`);
  return explore(load.bundle, {
    profile: profile(),
    budget: BUDGET,
    completions: COMPLETIONS,
    locale: load.bundle.manifest.locales[0] ?? 'en',
    source: readFileSync(path.join(dir, 'en.ink'), 'utf8'),
  });
}

const jobs: ExploreJob[] = DIRS.map((dir) => ({ dir, profile: profile(), budget: BUDGET, completions: COMPLETIONS, knownAssets: false }));

// Worker threads load TypeScript afresh: on a busy machine that alone takes seconds.
describe('scenarios explored in worker threads', { timeout: 60_000 }, () => {
  it('gives, scenario by scenario, exactly what exploring each alone in this thread gives', async () => {
    const { outcomes, threads } = await exploreScenarios(jobs, { threads: 2 });
    expect(threads).toBe(2);
    expect(outcomes.map((o) => o.dir)).toEqual(DIRS);
    const explored = outcomes.map((o) => ('exploration' in o ? o.exploration : o.diagnostics));
    expect(explored).toEqual(DIRS.map(exploreHere));
    // The budget stopped one and the others were explored to the end: both kinds are in the comparison.
    expect(explored.map((x) => ('stoppedBy' in x ? x.stoppedBy : 'failed'))).toEqual(['budget', 'exhausted', 'exhausted', 'exhausted']);
  });

  it('runs them in this thread, with the same results, when asked for one thread or when workers cannot start', async () => {
    const here = await exploreScenarios(jobs.slice(0, 2), { threads: 1 });
    expect(here.threads).toBe(0);
    const broken = await exploreScenarios(jobs.slice(0, 2), { threads: 2, entry: new URL('./no-such-worker.mjs', import.meta.url) });
    expect(broken.threads).toBe(0);
    const wanted = DIRS.slice(0, 2).map(exploreHere);
    for (const run of [here, broken]) expect(run.outcomes.map((o) => ('exploration' in o ? o.exploration : undefined))).toEqual(wanted);
  });

  it('reports a folder that does not load against itself, and explores the others', async () => {
    const missing = path.join(FIXTURES, 'no-such-scenario');
    const { outcomes } = await exploreScenarios([{ ...jobs[1]!, dir: missing }, jobs[2]!], { threads: 2 });
    expect(outcomes[0]).toEqual({
      dir: missing,
      diagnostics: [expect.objectContaining({ severity: 'error', message: 'no such scenario folder' })],
    });
    expect('exploration' in outcomes[1]! && outcomes[1].exploration.frozenLoops).toHaveLength(1);
  });

  it('turns a task that throws into a failure of its own input only', async () => {
    const task = defineTask<string, number>(new URL('../../src/tooling/workers/pool.ts', import.meta.url));
    // pool.ts has no `run`: every input fails, each with the error, and none is lost.
    const { results } = await runOnEveryCore(task, ['a', 'b', 'c'], { threads: 2 });
    expect(results).toHaveLength(3);
    expect(results.every((r) => !r.ok && /run is not a function/.test(r.error))).toBe(true);
  });
});

describe('scenarios checked in worker threads', { timeout: 60_000 }, () => {
  it('gives exactly the diagnostics and golden-path counts of checking each alone', async () => {
    const dirs = [fixtureDir('dead-end'), fixtureDir('frozen-loop'), path.join(FIXTURES, 'no-such-scenario')];
    const parallel = await checkScenarios(dirs, { threads: 2, exploreBudget: 50 });
    expect(parallel).toEqual(dirs.map((dir) => checkScenario(dir, { exploreBudget: 50 })));
    expect(parallel[1]!.diagnostics.some((d) => /frozen loop/.test(d.message))).toBe(true);
    expect(parallel[0]!.diagnostics.some((d) => /dead end/.test(d.message))).toBe(true);
  });
});

describe('the position of a random completion', () => {
  it('is read from the live story, and agrees with a snapshot at every pick', () => {
    const session = scoredSession({ scenario: loadFixture('hub-overdose'), profile: profile(), seed: 3 });
    const position = livePosition(session);
    expect(position).toBeDefined();
    for (let pick = 0; pick < 12 && !session.next().ended; pick++) {
      session.choose(pick % session.next().choices.length);
      const ink = readInk(session.snapshot());
      expect(position!()).toEqual({ knot: currentKnot(ink), visits: visitCounts(ink) });
      expect(Object.keys(position!().visits)).toEqual(Object.keys(visitCounts(ink)));
    }
  });
});
