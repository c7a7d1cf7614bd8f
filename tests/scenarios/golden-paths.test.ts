import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGoldenPaths, runGoldenPath } from '../../src/tooling/golden-paths.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../../src/tooling/load-scenario.js';

const dirs = shippedScenarioDirs();

describe.each(dirs.map((dir) => [path.basename(dir), dir]))('scenario %s', (_id, dir) => {
  const load = loadScenarioDir(dir);
  const golden = readGoldenPaths(dir);

  it('loads without errors', () => {
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('has a well-formed paths.json', () => {
    expect(golden?.diagnostics ?? ['missing paths.json']).toEqual([]);
  });

  for (const goldenPath of golden?.paths ?? []) {
    it(`golden path "${goldenPath.name}" (${goldenPath.profile})`, () => {
      const profile = loadProfile(goldenPath.profile);
      if (!profile.ok) throw new Error(JSON.stringify(profile.diagnostics));
      if (!load.bundle) throw new Error('the scenario does not load');
      const run = runGoldenPath(load.bundle, goldenPath, profile.profile);
      expect(run.failures).toEqual([]);
    });
  }
});
