/**
 * The full checker over every shipped scenario, as `npm run -s scenarios:check` runs it, so that CI
 * catches what only the checker sees: dead ends and frozen loops found by exploring, engine variables
 * of the wrong type, locale parity, unknown asset ids. The golden paths are left to
 * golden-paths.test.ts, which runs each one as its own test.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/engine/diagnostics.js';
import { checkProfiles, checkScenario } from '../../src/tooling/check-scenario.js';
import { shippedScenarioDirs } from '../../src/tooling/load-scenario.js';

const dirs = shippedScenarioDirs();

describe('the scenario checker over what ships', () => {
  it('finds the shipped scenarios', () => {
    expect(dirs.length).toBeGreaterThanOrEqual(4);
  });

  // Each check explores its scenario's paths, which takes tens of seconds on a shared, loaded machine.
  it.each(dirs.map((dir) => [path.basename(dir), dir]))(
    '%s: no errors and no warnings',
    (_id, dir) => {
      expect(checkScenario(dir, { goldenPaths: false }).diagnostics.map(formatDiagnostic)).toEqual([]);
    },
    60_000,
  );

  it('the shipped profiles are valid', () => {
    expect(checkProfiles().map(formatDiagnostic)).toEqual([]);
  });
});
