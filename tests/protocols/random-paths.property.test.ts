import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import enRules from '../../locales/en/rules.json';
import esRules from '../../locales/es/rules.json';
import type { ScenarioBundle } from '../../src/engine/scenario/bundle.js';
import { createSession } from '../../src/engine/session.js';
import { loadProfile, shippedProfileIds } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../../src/tooling/load-scenario.js';
import { FIXTURES } from '../helpers/fixtures.js';

/** A random path is a list of fractions: each picks the choice at that fraction of the choices offered. */
const MAX_PICKS = 120;
const RUNS = 25;

const scenarioDirs: [string, string][] = [
  ...['hub-overdose', 'sandbox-overdose', 'sandbox-overdose-apneic', 'sandbox-patdown', 'variants'].map((id) => path.join(FIXTURES, id)),
  ...shippedScenarioDirs(),
].map((dir) => [path.basename(dir), dir]);

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

function explained(key: string, resources: unknown): boolean {
  const value = key.split('.').slice(1).reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);
  return typeof value === 'string' && value.length > 0;
}

describe.each(scenarioDirs)('random complete paths through %s', (_id, dir) => {
  it.each(profiles.map((p) => [p.id, p]))('under %s: never throws, always reports, keeps the score in range and fails on any critical failure', (_profileId, profile) => {
    const scenario = load(dir);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: MAX_PICKS }), fc.integer({ min: 1, max: 1000 }), (fractions, seed) => {
        const session = createSession({ scenario, profile, seed });
        for (const fraction of fractions) {
          const { choices, ended } = session.next();
          if (ended) break;
          session.choose(Math.floor(fraction * choices.length));
        }
        const report = session.report();
        expect(report.score).toBeGreaterThanOrEqual(0);
        expect(report.score).toBeLessThanOrEqual(100);
        expect(report.rules.length).toBeGreaterThan(0);
        if (report.criticalFailures.length > 0) expect(report.passed).toBe(false);
        for (const rule of report.rules) {
          if (rule.severity === 'critical' && (rule.verdict === 'violated' || rule.verdict === 'missed')) expect(report.passed).toBe(false);
          expect(explained(rule.explanation, enRules), rule.explanation).toBe(true);
          expect(explained(rule.explanation, esRules), rule.explanation).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
