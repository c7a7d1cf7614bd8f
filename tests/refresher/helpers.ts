/** Attempts for the refresher tests, played by the engine in Node from the shipped scenarios' golden paths. */
import path from 'node:path';
import type { ScenarioManifest } from '../../src/engine/index.js';
import type { Profile } from '../../src/engine/scoring/profile.js';
import { scoredSession } from '../../src/protocols/scored-session.js';
import type { FinishedAttempt } from '../../src/storage/attempt-record.js';
import { finishedAttemptOf } from '../../src/storage/attempt-recorder.js';
import { readGoldenPaths } from '../../src/tooling/golden-paths.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../../src/tooling/load-scenario.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';

function profile(id: string): Profile {
  const loaded = loadProfile(id);
  if (!loaded.ok) throw new Error(`profile ${id} does not load`);
  return loaded.profile;
}

function dirOf(scenarioId: string): string {
  const dir = shippedScenarioDirs().find((d) => path.basename(d) === scenarioId);
  if (!dir) throw new Error(`no shipped scenario ${scenarioId}`);
  return dir;
}

export function shippedManifests(): ScenarioManifest[] {
  return shippedScenarioDirs().flatMap((dir) => {
    const manifest = loadScenarioDir(dir).bundle?.manifest;
    return manifest ? [manifest] : [];
  });
}

export interface Played {
  readonly scenarioId: string;
  /** The golden path's name in the scenario's paths.json. */
  readonly path: string;
  readonly traineeCode: string;
  /** ISO date-time the encounter ended. */
  readonly finishedAt: string;
  /** Plays the golden path's picks on this seed instead of its own. */
  readonly seed?: number;
  readonly id?: string;
}

let count = 0;

export function played(p: Played): FinishedAttempt {
  const dir = dirOf(p.scenarioId);
  const bundle = loadScenarioDir(dir).bundle;
  const golden = readGoldenPaths(dir)?.paths.find((g) => g.name === p.path);
  if (!bundle || !golden) throw new Error(`no golden path "${p.path}" in ${p.scenarioId}`);
  const session = scoredSession({
    scenario: bundle,
    profile: profile(golden.profile ?? 'model-policy'),
    seed: p.seed ?? golden.seed ?? 1,
    ...(golden.locale ? { locale: golden.locale } : {}),
  });
  playPicks(session, parsePicks(golden.picks));
  const started = new Date(Date.parse(p.finishedAt) - 10 * 60_000).toISOString();
  count += 1;
  const facts = {
    id: p.id ?? `attempt-refresher-${String(count).padStart(3, '0')}`,
    traineeCode: p.traineeCode,
    timeFactor: 0,
    startedAt: started,
  };
  return finishedAttemptOf(session, facts, p.finishedAt);
}
