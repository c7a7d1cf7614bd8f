/**
 * The scenarios the browser tests play, discovered when the tests run: every shipped scenario that
 * loads, plus the fixture the e2e build adds. The expected report of a run is computed in Node by the
 * same engine, from the same scenario, profile, seed and picks.
 */
import path from 'node:path';
import { type ScenarioBundle, type ScoreReport } from '../../../src/engine/index.js';
import { loadProfile } from '../../../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../../../src/tooling/load-scenario.js';
import { scoredSession } from '../../../src/protocols/scored-session.js';

export interface PlayableScenario {
  readonly id: string;
  readonly bundle: ScenarioBundle;
  readonly shipped: boolean;
}

const FIXTURE = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'scenarios', 'hub-overdose');

export function playableScenarios(): PlayableScenario[] {
  const shipped = shippedScenarioDirs()
    .map((dir) => loadScenarioDir(dir))
    .filter((load) => load.bundle !== undefined)
    .map((load) => ({ id: path.basename(load.dir), bundle: load.bundle!, shipped: true }));
  const fixture = loadScenarioDir(FIXTURE, { assets: null });
  if (!fixture.bundle) throw new Error(`the fixture ${FIXTURE} does not load`);
  return [...shipped, { id: 'hub-overdose', bundle: fixture.bundle, shipped: false }];
}

/** Shipped scenario folders that do not load, with the first problem the loader reports. */
export function unplayableScenarios(): { id: string; problem: string }[] {
  return shippedScenarioDirs()
    .map((dir) => loadScenarioDir(dir))
    .filter((load) => load.bundle === undefined)
    .map((load) => ({ id: path.basename(load.dir), problem: load.diagnostics.find((d) => d.severity === 'error')?.message ?? '' }));
}

export interface ReplayedRun {
  readonly bundle: ScenarioBundle;
  readonly profileId: string;
  readonly locale: string;
  readonly seed: number;
  readonly picks: readonly number[];
}

export function expectedReport(run: ReplayedRun): ScoreReport {
  const profile = loadProfile(run.profileId);
  if (!profile.ok) throw new Error(`profile ${run.profileId} does not load`);
  const session = scoredSession({ scenario: run.bundle, profile: profile.profile, locale: run.locale, mode: 'learn', seed: run.seed });
  for (const index of run.picks) session.choose(index);
  return session.report();
}
