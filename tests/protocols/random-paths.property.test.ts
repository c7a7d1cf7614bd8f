import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import enRules from '../../locales/en/rules.json';
import esRules from '../../locales/es/rules.json';
import enUi from '../../locales/en/ui.json';
import esUi from '../../locales/es/ui.json';
import type { ScenarioBundle } from '../../src/engine/scenario/bundle.js';
import { seededRandom } from '../../src/engine/random.js';
import { loadProfile, shippedProfileIds } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../../src/tooling/load-scenario.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

/** A random path is a seed for a stream of picks, played until the story ends. */
// The sandboxes offer every action (86 choices) with one "end": enough picks that a random path reaches it.
const MAX_PICKS = 3000;
const RUNS = 25;

const scenarioDirs: [string, string][] = [
  ...['hub-overdose', 'sandbox-overdose', 'sandbox-overdose-apneic', 'sandbox-patdown', 'variants'].map((id) => path.join(FIXTURES, id)),
  ...shippedScenarioDirs(),
].map((dir) => [path.basename(dir), dir]);

/** A test fixture whose hub only ends once EMS arrives: a path that never calls them plays on. */
const OPEN_ENDED = new Set(['hub-overdose']);

function load(dir: string): ScenarioBundle {
  const loaded = loadScenarioDir(dir, { assets: null });
  if (!loaded.bundle) throw new Error(`${dir} does not load: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.bundle;
}
const profiles = shippedProfileIds().map((id) => {
  const loaded = loadProfile(id);
  if (!loaded.ok) throw new Error(id);
  return loaded.profile;
});

/** `rules.<id>.<verdict>` is in rules.json; `ui.debrief.notInForce.*` (a rule not in force) in ui.json. */
function explained(key: string, rules: unknown, ui: unknown): boolean {
  const [namespace, ...path] = key.split('.');
  const value = path.reduce<unknown>(
    (node, part) => (node as Record<string, unknown> | undefined)?.[part],
    namespace === 'ui' ? ui : rules,
  );
  return typeof value === 'string' && value.length > 0;
}

describe.each(scenarioDirs)('random complete paths through %s', (_id, dir) => {
  it.each(profiles.map((p) => [p.id, p]))(
    'under %s: always reaches an ending, never throws, always reports, keeps the score in range and fails on any critical failure',
    (_profileId, profile) => {
      const scenario = load(dir);
      fc.assert(
        fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (pathSeed, seed) => {
          const session = scoredSession({ scenario, profile, seed });
          const random = seededRandom(pathSeed);
          for (let n = 0; n < MAX_PICKS && !session.next().ended; n++) {
            const { choices, deadEnd } = session.next();
            expect(deadEnd, 'a point with no choice that is not an ending').toBeFalsy();
            session.choose(Math.floor(random() * choices.length));
          }
          if (!OPEN_ENDED.has(path.basename(dir)))
            expect(session.next().ended, `the story did not end within ${MAX_PICKS} picks`).toBe(true);
          const report = session.report();
          expect(report.score).toBeGreaterThanOrEqual(0);
          expect(report.score).toBeLessThanOrEqual(100);
          expect(report.rules.length).toBeGreaterThan(0);
          if (report.criticalFailures.length > 0) expect(report.passed).toBe(false);
          for (const rule of report.rules) {
            if (rule.severity === 'critical' && (rule.verdict === 'violated' || rule.verdict === 'missed'))
              expect(report.passed).toBe(false);
            expect(explained(rule.explanation, enRules, enUi), rule.explanation).toBe(true);
            expect(explained(rule.explanation, esRules, esUi), rule.explanation).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
    },
  );
});
