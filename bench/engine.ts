/**
 * Engine throughput in Node: random complete playthroughs per second per scenario (one session
 * moved back to the start between runs, as a trainer's tool would), and the path explorer's time.
 */
import { seededRandom } from '../src/engine/random.js';
import { explore } from '../src/tooling/explore/explore.js';
import { loadProfile } from '../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../src/tooling/load-scenario.js';
import { round } from './stats.js';
import { scoredSession } from '../src/protocols/scored-session.js';

export interface EngineFigures {
  readonly playthroughs: Record<string, { perSecond: number; picksEach: number }>;
  readonly explorer: Record<string, { states: number; seconds: number; statesPerSecond: number; stoppedBy: string; endings: number }>;
}

const PLAYTHROUGH_SECONDS = 3;

export function measureEngine(exploreBudget: number): EngineFigures {
  const modelPolicy = loadProfile('model-policy');
  if (!modelPolicy.ok) throw new Error('model-policy profile missing');
  const playthroughs: EngineFigures['playthroughs'] = {};
  const explorer: EngineFigures['explorer'] = {};
  for (const dir of shippedScenarioDirs()) {
    const load = loadScenarioDir(dir, { assets: null });
    if (!load.bundle) continue;
    const id = load.bundle.manifest.id;
    const random = seededRandom(1);
    const session = scoredSession({ scenario: load.bundle, profile: modelPolicy.profile, seed: 1 });
    const start = session.snapshot();
    let runs = 0;
    let picks = 0;
    const began = performance.now();
    while (performance.now() - began < PLAYTHROUGH_SECONDS * 1000) {
      session.load(start);
      for (let k = 0; k < 300; k++) {
        const step = session.next();
        if (step.ended) break;
        session.choose(Math.floor(random() * step.choices.length));
        picks++;
      }
      session.report();
      runs++;
    }
    const seconds = (performance.now() - began) / 1000;
    playthroughs[id] = { perSecond: round(runs / seconds), picksEach: round(picks / runs) };

    const source = load.sources[load.bundle.manifest.locales[0] ?? 'en']?.text;
    const x = explore(load.bundle, {
      profile: modelPolicy.profile,
      budget: exploreBudget,
      ...(source !== undefined ? { source } : {}),
      now: () => performance.now(),
    });
    explorer[id] = {
      states: x.states,
      seconds: x.seconds,
      statesPerSecond: round(x.states / Math.max(x.seconds, 0.001)),
      stoppedBy: x.stoppedBy,
      endings: x.endings.length,
    };
  }
  return { playthroughs, explorer };
}
