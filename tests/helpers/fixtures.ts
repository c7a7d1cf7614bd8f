/** Loading fixture scenarios and profiles for tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScenarioBundle } from '../../src/engine/scenario/bundle.js';
import type { Profile } from '../../src/engine/scoring/profile.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, type ScenarioLoad } from '../../src/tooling/load-scenario.js';

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'scenarios');

export function fixtureDir(name: string): string {
  return path.join(FIXTURES, name);
}

export function loadFixture(name: string): ScenarioBundle {
  const load = loadScenarioDir(fixtureDir(name), { assets: null });
  if (!load.bundle) throw new Error(`fixture ${name} does not load:\n${JSON.stringify(load.diagnostics, null, 2)}`);
  return load.bundle;
}

export function profile(id = 'model-policy'): Profile {
  const loaded = loadProfile(id);
  if (!loaded.ok) throw new Error(`profile ${id}: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.profile;
}

/** Writes a scenario folder into a fresh temporary directory and loads it. */
export function writeScenario(files: Readonly<Record<string, string>>, folder = 'tmp-scenario'): { dir: string; load: ScenarioLoad } {
  const root = mkdtempSync(path.join(tmpdir(), 'good-call-'));
  const dir = path.join(root, folder);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { dir, load: loadScenarioDir(dir, { assets: null }) };
}

export function manifestJson(overrides: Record<string, unknown> = {}, id = 'tmp-scenario'): string {
  return JSON.stringify(
    {
      id,
      version: 1,
      kind: 'overdose',
      title: { en: 'A test scenario' },
      summary: { en: 'For a test.' },
      estimatedMinutes: 2,
      locales: ['en'],
      protocols: ['naloxone'],
      parameters: {},
      ...overrides,
    },
    null,
    2,
  );
}
