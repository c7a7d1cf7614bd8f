/**
 * Engine figures in Node. Throughput: random complete playthroughs per CPU-second, beside raw inkjs
 * on the same recorded paths (the same compiled story replaying exactly the `Continue`, choice and
 * variable-write calls the engine made on those paths, with no engine around it), since the engine
 * can never be faster than the story runtime it drives. The explorer: every shipped scenario
 * explored at once, one per core, with each one's time, rate and whether it saw everything.
 */
import { Story } from 'inkjs';
import { seededRandom } from '../src/engine/random.js';
import type { ScenarioBundle } from '../src/engine/scenario/bundle.js';
import { type Session, type SessionSnapshot } from '../src/engine/session.js';
import { explore } from '../src/tooling/explore/explore.js';
import { exploreScenarios } from '../src/tooling/explore/explore-scenarios.js';
import type { Profile } from '../src/engine/scoring/profile.js';
import { loadProfile } from '../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../src/tooling/load-scenario.js';
import { round } from './stats.js';
import { scoredSession } from '../src/protocols/scored-session.js';

export interface Throughput {
  readonly paths: number;
  readonly picksEach: number;
  /** Engine playthroughs (from the start to the report) per CPU-second. */
  readonly enginePerCpuSecond: number;
  /** The same paths' inkjs calls replayed on a bare story, per CPU-second. */
  readonly rawInkPerCpuSecond: number;
  /** Engine over raw inkjs: 1 would be an engine that costs nothing. */
  readonly ratio: number;
}

export interface ExplorerFigures {
  readonly states: number;
  /** Wall seconds in its worker thread, every scenario explored at once. */
  readonly seconds: number;
  /** CPU-seconds for the same exploration alone in this thread: what it costs whatever else runs. */
  readonly cpuSecondsAlone: number;
  readonly statesPerSecond: number;
  readonly stoppedBy: string;
  readonly endings: number;
}

export interface EngineFigures {
  readonly playthroughs: Record<string, Throughput>;
  readonly explorer: Record<string, ExplorerFigures>;
  /** Wall seconds for every shipped scenario explored, sharing the cores. */
  readonly explorerWallSeconds: number;
  readonly explorerThreads: number;
}

/** Recorded paths per scenario, and the CPU-seconds each side is timed for (in alternating rounds). */
const PATHS = 20;
const PICK_LIMIT = 300;
const SECONDS_EACH = 3;
const ROUNDS = 6;

type InkCall = readonly ['continue'] | readonly ['choose', number] | readonly ['write', string, unknown];

interface RecordedPath {
  readonly picks: readonly number[];
  readonly calls: readonly InkCall[];
  /** The story's state at the end, to prove the replay is the same path. */
  readonly endState: string;
}

type Patchable = Record<string, (...args: unknown[]) => unknown>;

/** Records every `Continue`, `ChooseChoiceIndex` and variable write made on any inkjs story while `run` runs. */
function recordingInkCalls(bundle: ScenarioBundle, run: () => void): InkCall[] {
  const calls: InkCall[] = [];
  const story = Story.prototype as unknown as Patchable;
  const variables = Object.getPrototypeOf(new Story(Object.values(bundle.stories)[0]!.json).variablesState) as Patchable;
  const original = { continue: story.Continue!, choose: story.ChooseChoiceIndex!, write: variables.$! };
  story.Continue = function (this: unknown, ...args: unknown[]) {
    calls.push(['continue']);
    return original.continue.apply(this, args);
  };
  story.ChooseChoiceIndex = function (this: unknown, ...args: unknown[]) {
    calls.push(['choose', args[0] as number]);
    return original.choose.apply(this, args);
  };
  variables.$ = function (this: unknown, ...args: unknown[]) {
    if (args.length > 1 && args[1] !== undefined) calls.push(['write', args[0] as string, args[1]]);
    return original.write.apply(this, args);
  };
  try {
    run();
  } finally {
    story.Continue = original.continue;
    story.ChooseChoiceIndex = original.choose;
    variables.$ = original.write;
  }
  return calls;
}

function playPicks(session: Session, start: SessionSnapshot, picks: readonly number[]): void {
  session.load(start);
  for (const pick of picks) session.choose(pick);
  session.report();
}

function recordPaths(bundle: ScenarioBundle, session: Session, start: SessionSnapshot): RecordedPath[] {
  return Array.from({ length: PATHS }, (_, k) => {
    const random = seededRandom(k + 1);
    const picks: number[] = [];
    session.load(start);
    for (let step = session.next(); !step.ended && picks.length < PICK_LIMIT;) {
      const pick = Math.floor(random() * step.choices.length);
      picks.push(pick);
      step = session.choose(pick);
    }
    const calls = recordingInkCalls(bundle, () => playPicks(session, start, picks));
    return { picks, calls, endState: session.snapshot().ink };
  });
}

function replayRaw(story: Story, startInk: string, calls: readonly InkCall[]): void {
  story.state.LoadJson(startInk);
  for (const call of calls) {
    if (call[0] === 'continue') story.Continue();
    else if (call[0] === 'choose') story.ChooseChoiceIndex(call[1]);
    else story.variablesState.$(call[1], call[2] as string | number | boolean);
  }
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Runs `once` over and over for about `seconds` of CPU time; returns [runs, CPU-seconds]. */
function timed(seconds: number, once: () => number): [number, number] {
  const began = cpuSeconds();
  let runs = 0;
  while (cpuSeconds() - began < seconds) runs += once();
  return [runs, cpuSeconds() - began];
}

export function throughput(bundle: ScenarioBundle, profile: Profile): Throughput {
  const session = scoredSession({ scenario: bundle, profile, seed: 1 });
  const start = session.snapshot();
  const paths = recordPaths(bundle, session, start);
  const story = new Story(bundle.stories[session.locale]!.json);
  for (const path of paths) {
    replayRaw(story, start.ink, path.calls);
    if (story.state.ToJson() !== path.endState) throw new Error(`${bundle.manifest.id}: the raw replay of a recorded path ended elsewhere`);
  }
  // Alternating rounds, so that a busy machine weighs on both sides alike.
  const engine = { runs: 0, seconds: 0 };
  const raw = { runs: 0, seconds: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const [e, es] = timed(SECONDS_EACH / ROUNDS, () => {
      for (const path of paths) playPicks(session, start, path.picks);
      return paths.length;
    });
    const [r, rs] = timed(SECONDS_EACH / ROUNDS, () => {
      for (const path of paths) replayRaw(story, start.ink, path.calls);
      return paths.length;
    });
    engine.runs += e;
    engine.seconds += es;
    raw.runs += r;
    raw.seconds += rs;
  }
  const enginePerCpuSecond = engine.runs / engine.seconds;
  const rawInkPerCpuSecond = raw.runs / raw.seconds;
  return {
    paths: paths.length,
    picksEach: round(paths.reduce((n, p) => n + p.picks.length, 0) / paths.length),
    enginePerCpuSecond: round(enginePerCpuSecond),
    rawInkPerCpuSecond: round(rawInkPerCpuSecond),
    ratio: round(enginePerCpuSecond / rawInkPerCpuSecond, 2),
  };
}

export async function measureEngine(exploreBudget: number): Promise<EngineFigures> {
  const modelPolicy = loadProfile('model-policy');
  if (!modelPolicy.ok) throw new Error('model-policy profile missing');
  const dirs = shippedScenarioDirs();
  const playthroughs: EngineFigures['playthroughs'] = {};
  const cpuAlone: Record<string, number> = {};
  for (const dir of dirs) {
    const load = loadScenarioDir(dir, { assets: null });
    if (!load.bundle) continue;
    const id = load.bundle.manifest.id;
    playthroughs[id] = throughput(load.bundle, modelPolicy.profile);
    const source = load.sources[load.bundle.manifest.locales[0] ?? 'en']?.text;
    const began = cpuSeconds();
    explore(load.bundle, { profile: modelPolicy.profile, budget: exploreBudget, ...(source !== undefined ? { source } : {}) });
    cpuAlone[id] = round(cpuSeconds() - began);
  }

  const began = performance.now();
  const { outcomes, threads } = await exploreScenarios(
    dirs.map((dir) => ({ dir, profile: modelPolicy.profile, budget: exploreBudget, knownAssets: false, timed: true })),
  );
  const explorerWallSeconds = round((performance.now() - began) / 1000);
  const explorer: EngineFigures['explorer'] = {};
  for (const outcome of outcomes) {
    if (!('exploration' in outcome)) throw new Error(`${outcome.dir} could not be explored: ${JSON.stringify(outcome.diagnostics)}`);
    const x = outcome.exploration;
    explorer[x.scenario] = {
      states: x.states,
      seconds: x.seconds,
      cpuSecondsAlone: cpuAlone[x.scenario] ?? Number.NaN,
      statesPerSecond: round(x.states / Math.max(x.seconds, 0.001)),
      stoppedBy: x.stoppedBy,
      endings: x.endings.length,
    };
  }
  return { playthroughs, explorer, explorerWallSeconds, explorerThreads: threads };
}
