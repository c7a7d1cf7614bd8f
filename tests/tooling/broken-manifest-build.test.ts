/**
 * A scenario.json with a JSON syntax error, beside good scenarios: the build still succeeds, names the
 * file, line and column, and the game's catalogue lists the good scenarios (which load and play) and
 * the broken one as unavailable with that reason; so does the dev server. Built with the game's own catalogue and Ink plugin
 * from a scenarios folder of its own.
 */
import { scoredSession } from '../../src/protocols/scored-session.js';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, createLogger, createServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueEntry, loadScenario as LoadScenario } from '../../src/game/catalogue.js';

import { inkScenarios } from '../../src/tooling/vite-plugin-ink.js';
import { fixtureDir, profile } from '../helpers/fixtures.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BROKEN = '{\n  "id": "broken-manifest",\n  "version": 1,,\n  "kind": "overdose"\n}\n';

let work = '';
let catalogue: { listScenarios(): CatalogueEntry[]; loadScenario: typeof LoadScenario };
const warnings: string[] = [];

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'good-call-broken-manifest-'));
  const scenarios = path.join(work, 'scenarios');
  for (const good of ['hub-overdose', 'variants']) cpSync(fixtureDir(good), path.join(scenarios, good), { recursive: true });
  mkdirSync(path.join(scenarios, 'broken-manifest'), { recursive: true });
  writeFileSync(path.join(scenarios, 'broken-manifest', 'scenario.json'), BROKEN);
  cpSync(fixtureDir('hub-overdose') + '/en.ink', path.join(scenarios, 'broken-manifest', 'en.ink'));
  cpSync(path.join(ROOT, 'scenarios', 'profiles'), path.join(scenarios, 'profiles'), { recursive: true });
  writeFileSync(
    path.join(work, 'entry.ts'),
    `export { listScenarios, loadScenario } from ${JSON.stringify(path.join(ROOT, 'src/game/catalogue.ts'))};\n`,
  );

  const logger = createLogger('warn', { allowClearScreen: false });
  logger.warn = (message) => warnings.push(message);
  await build({
    root: work,
    configFile: false,
    logLevel: 'warn',
    customLogger: logger,
    plugins: [inkScenarios()],
    build: {
      ssr: 'entry.ts',
      outDir: path.join(work, 'dist'),
      emptyOutDir: true,
      rolldownOptions: { output: { entryFileNames: 'entry.mjs' } },
    },
  });
  catalogue = (await import(pathToFileURL(path.join(work, 'dist', 'entry.mjs')).href)) as typeof catalogue;
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('a scenario.json that is not JSON, beside good scenarios', () => {
  it('does not stop the build, which names its file, line and column', () => {
    expect(warnings.join('\n')).toMatch(
      /scenarios[/\\]broken-manifest[/\\]scenario\.json:3:16: error: not valid JSON: expected a property name in double quotes, found ','/,
    );
  });

  it('is listed as unavailable with that reason, and the good scenarios are listed', () => {
    const entries = catalogue.listScenarios();
    expect(entries.map((e) => [e.id, e.ok])).toEqual([
      ['broken-manifest', false],
      ['hub-overdose', true],
      ['variants', true],
    ]);
    const broken = entries[0]!;
    expect(broken.ok ? [] : broken.problems).toEqual([
      expect.stringMatching(/broken-manifest[/\\]scenario\.json:3:16: error: not valid JSON/),
    ]);
  });

  it('is listed the same way by the dev server', async () => {
    const server = await createServer({
      root: work,
      configFile: false,
      logLevel: 'silent',
      plugins: [inkScenarios()],
      server: { middlewareMode: true, ws: false },
    });
    try {
      const served = (await server.ssrLoadModule('/entry.ts')) as typeof catalogue;
      const entries = served.listScenarios();
      expect(entries.map((e) => [e.id, e.ok])).toEqual([
        ['broken-manifest', false],
        ['hub-overdose', true],
        ['variants', true],
      ]);
      expect(entries[0]?.ok ? [] : entries[0]?.problems).toEqual([expect.stringMatching(/scenario\.json:3:16: error: not valid JSON/)]);
    } finally {
      await server.close();
    }
  });

  it('leaves the good scenarios to load and play', async () => {
    const entry = catalogue.listScenarios().find((e) => e.id === 'hub-overdose');
    if (!entry?.ok) throw new Error('hub-overdose is not listed as playable');
    const { bundle, failed } = await catalogue.loadScenario(entry.manifest);
    expect(failed).toEqual([]);
    const session = scoredSession({ scenario: bundle, profile: profile() });
    expect(session.next().choices.length).toBeGreaterThan(0);
    expect(session.choose(0).lines.length).toBeGreaterThan(0);
  });
});
