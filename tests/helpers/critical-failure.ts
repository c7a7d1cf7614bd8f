/**
 * A path through a shipped scenario that Good Call fails for a critical rule while scoring high: the
 * attempt an LMS with a passing score of its own would wrongly record as passed. Found, not written
 * down: one of the scenario's golden paths with one pick changed or added, the first such change that keeps the
 * score high enough, so the path follows the rubric and the scenario as they are today.
 */
import { scoredSession } from '../../src/protocols/scored-session.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ScoreReport, Session } from '../../src/engine/index.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { matchPick, parsePicks } from '../../src/tooling/picks.js';

export interface FailedRun {
  /** 0-based choice indexes, in order. */
  readonly picks: readonly number[];
  /** The choices offered before each pick, trimmed. */
  readonly choicesAt: readonly (readonly string[])[];
  readonly report: ScoreReport;
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

const found = new Map<string, FailedRun>();

/** The first such path found that scores `minScore` or more. */
export function criticallyFailedRun(scenarioId: string, minScore: number): FailedRun {
  const key = `${scenarioId}:${minScore}`;
  const known = found.get(key);
  if (known) return known;
  const remember = (run: FailedRun): FailedRun => (found.set(key, run), run);
  const bundle = loadScenarioDir(resolveScenarioDir(scenarioId)).bundle;
  const profile = loadProfile('model-policy');
  if (!bundle || !profile.ok) throw new Error(`${scenarioId} or the model-policy profile does not load`);
  const golden = JSON.parse(readFileSync(path.join(ROOT, 'scenarios', scenarioId, 'paths.json'), 'utf8')) as { paths: { picks: string }[] };
  const start = (): Session => scoredSession({ scenario: bundle, profile: profile.profile, seed: 1 });

  const play = (items: ReturnType<typeof parsePicks>, changeAt: number, to: number, insert: boolean): FailedRun | undefined => {
    const session = start();
    const choicesAt: string[][] = [];
    const pick = (index: number): void => {
      choicesAt.push(session.next().choices.map((c) => c.text.trim()));
      session.choose(index);
    };
    let step = 0;
    for (const item of items) {
      const now = session.next();
      if (now.ended) break;
      if (step === changeAt) {
        if (to >= now.choices.length) return undefined;
        pick(to);
        step++;
        if (!insert) continue;
      }
      const index = matchPick(item, session.next().choices);
      if (index === undefined) continue;
      if (step < changeAt && index === to) return undefined;
      pick(index);
      step++;
    }
    for (let extra = 0; extra < 40 && !session.next().ended; extra++) pick(0);
    if (!session.next().ended) return undefined;
    return { picks: session.picks().map((p) => p.index), choicesAt, report: session.report() };
  };

  let best: FailedRun | undefined;
  for (const { picks } of golden.paths) {
    const items = parsePicks(picks);
    for (let changeAt = 0; changeAt < items.length; changeAt++) {
      for (let to = 0; to < 16; to++) {
        for (const insert of [false, true]) {
          const run = play(items, changeAt, to, insert);
          if (!run || run.report.passed || run.report.criticalFailures.length === 0) continue;
          if (run.report.score >= minScore) return remember(run);
          if (!best || run.report.score > best.report.score) best = run;
        }
      }
    }
  }
  if (!best || best.report.score < minScore)
    throw new Error(`no critically failed path of ${scenarioId} scores ${minScore} or more (best: ${best?.report.score ?? 'none'})`);
  return best;
}
