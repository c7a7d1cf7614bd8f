/**
 * Golden paths played in every locale: a translation whose logic drifts is caught by its report,
 * located at the line of the path's name in paths.json. The picks are resolved in the path's own
 * locale (the fixture's `text:` picks are English) and replayed by index.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/engine/diagnostics.js';
import { checkGoldenPathsAcrossLocales, readGoldenPaths, runGoldenPath } from '../../src/tooling/golden-paths.js';
import { manifestJson, profile, writeScenario } from '../helpers/fixtures.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures');
const read = (file: string): string => readFileSync(path.join(FIXTURES, file), 'utf8');
const SCENARIO = Object.fromEntries(['scenario.json', 'en.ink', 'es.ink', 'paths.json'].map((f) => [f, read(`parity-scenario/${f}`)]));

function acrossLocales(files: Readonly<Record<string, string>>): string[] {
  const { dir, load } = writeScenario({ ...SCENARIO, ...files }, 'parity-scenario');
  const golden = readGoldenPaths(dir);
  if (!load.bundle || !golden) throw new Error(`the fixture does not load: ${JSON.stringify(load.diagnostics)}`);
  return checkGoldenPathsAcrossLocales(load.bundle, golden).map(formatDiagnostic);
}

describe('golden paths in every locale', () => {
  it('agree for a faithful translation, text: picks included', () => {
    expect(acrossLocales({})).toEqual([]);
  });

  it('report a path whose Spanish report differs, at the line of its name, saying how', () => {
    const found = acrossLocales({ 'es.ink': read('parity-translations/threshold.es.ink') });
    expect(found).toEqual([
      expect.stringMatching(
        /paths\.json:4: error: golden path "reassures, then gives naloxone" gives a different report in es than in en: score [\d.]+ instead of [\d.]+; .*OD-NALOXONE-PROMPT missed instead of met.*log entry \d+: action wait at \d+ s instead of action naloxone_nasal target=patient/,
      ),
    ]);
  });

  it('report a path that cannot be replayed, because a translated choice is not offered', () => {
    const found = acrossLocales({ 'es.ink': read('parity-translations/choice-condition.es.ink') });
    expect(found).toEqual([
      expect.stringMatching(
        /paths\.json:10: error: golden path "looks around, then waits" cannot be replayed in es as in en: pick 1 is choice 2, but only 1 choice is offered/,
      ),
    ]);
  });

  it("take a path's own locale as the reference", () => {
    const paths = JSON.parse(SCENARIO['paths.json']!) as { paths: Record<string, unknown>[] };
    const spanishPicks = { ...paths.paths[1], name: 'mira, espera', locale: 'es', picks: 'text:Mire primero,1' };
    const files = {
      'paths.json': JSON.stringify({ paths: [spanishPicks] }, null, 2),
      'es.ink': read('parity-translations/missing-tilde.es.ink'),
    };
    expect(acrossLocales(files)).toEqual([
      expect.stringMatching(/paths\.json:4: error: golden path "mira, espera" gives a different report in en than in es: /),
    ]);
  });

  it('leave alone a scenario with one locale, and a path whose profile does not load', () => {
    const english = manifestJson({ locales: ['en'] }, 'parity-scenario');
    expect(acrossLocales({ 'scenario.json': english, 'es.ink': read('parity-translations/threshold.es.ink') })).toEqual([]);
    const unknownProfile = SCENARIO['paths.json']!.replaceAll('model-policy', 'no-such-profile');
    expect(acrossLocales({ 'paths.json': unknownProfile, 'es.ink': read('parity-translations/threshold.es.ink') })).toEqual([]);
  });

  it('reuse the runs the checker already made as the reference', () => {
    const { dir, load } = writeScenario(SCENARIO, 'parity-scenario');
    const golden = readGoldenPaths(dir);
    if (!load.bundle || !golden) throw new Error('the fixture does not load');
    const runs = golden.paths.map((p) => runGoldenPath(load.bundle!, p, profile(p.profile)));
    expect(runs.every((r) => r.picks !== undefined && r.picks.length === 2)).toBe(true);
    expect(checkGoldenPathsAcrossLocales(load.bundle, golden, { runs })).toEqual([]);
    const doctored = runs.map((r, i) => (i === 0 && r.report ? { ...r, report: { ...r.report, score: 12.5 } } : r));
    expect(checkGoldenPathsAcrossLocales(load.bundle, golden, { runs: doctored }).map(formatDiagnostic)).toEqual([
      expect.stringMatching(/paths\.json:4: error: .* in es than in en: score [\d.]+ instead of 12\.5$/),
    ]);
  });
});
