import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PatientOutcome, ProtocolFamily, ScenarioKind } from '../../src/engine/index.js';
import type { ScoreReport } from '../../src/engine/scoring/report.js';
import { scanInkSource, stripComments } from '../../src/engine/story/scan-ink-source.js';
import { RUBRIC } from '../../src/protocols/index.js';
import { readGoldenPaths, runGoldenPath } from '../../src/tooling/golden-paths.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../../src/tooling/load-scenario.js';

/**
 * What the issues ask of every shipped scenario (issue 4: overdose scenes; issue 5: pat-downs;
 * issue 14: Spanish), held as data so that a scenario that drifts below them fails here.
 */
interface Requirements {
  readonly minGoldenPaths: number;
  /** Distinct knots and stitches that offer at least one choice. */
  readonly minChoicePoints: number;
  /** Distinct knots and stitches that end the story. */
  readonly minEndings: number;
  /** Patient outcomes each scenario's golden paths must reach between them. */
  readonly patientOutcomes: readonly PatientOutcome[];
  /**
   * The same, for a scenario with a sedative on board (xylazine): naloxone never wakes the patient,
   * so nobody is revived on scene and a patient who lives is handed to EMS unconscious.
   */
  readonly sedatedPatientOutcomes: readonly PatientOutcome[];
  /** Every rule of these families must come out met, and violated or missed, somewhere in the golden paths of this kind. */
  readonly families: readonly ProtocolFamily[];
}

const REQUIREMENTS: Readonly<Record<ScenarioKind, Requirements>> = {
  overdose: {
    minGoldenPaths: 8,
    minChoicePoints: 12,
    minEndings: 3,
    patientOutcomes: ['revived', 'revived_with_injury', 'died', 'resedated'],
    sedatedPatientOutcomes: ['in_ems_care', 'died', 'resedated'],
    families: ['naloxone', 'good-samaritan', 'no-arrest-at-overdose'],
  },
  patdown: {
    minGoldenPaths: 8,
    minChoicePoints: 10,
    minEndings: 3,
    patientOutcomes: [],
    sedatedPatientOutcomes: [],
    families: ['sharps-safety', 'voluntary-referral', 'lawful-contact'],
  },
};
const LOCALES = ['en', 'es'];

interface ShippedScenario {
  readonly id: string;
  readonly dir: string;
  readonly kind: ScenarioKind;
  readonly sedativeOnBoard: boolean;
  readonly locales: readonly string[];
  readonly compiledLocales: readonly string[];
  readonly goldenPaths: number;
  readonly reports: readonly ScoreReport[];
}

function shipped(dir: string): ShippedScenario {
  const load = loadScenarioDir(dir, { assets: null });
  if (!load.bundle) throw new Error(`${dir} does not load: ${JSON.stringify(load.diagnostics)}`);
  const bundle = load.bundle;
  const golden = readGoldenPaths(dir)?.paths ?? [];
  const reports = golden.map((goldenPath) => {
    const profile = loadProfile(goldenPath.profile);
    if (!profile.ok) throw new Error(`${goldenPath.name}: profile ${goldenPath.profile} does not load`);
    const run = runGoldenPath(bundle, goldenPath, profile.profile);
    if (!run.report) throw new Error(`${goldenPath.name}: ${run.failures.join('; ')}`);
    return run.report;
  });
  return {
    id: bundle.manifest.id,
    dir,
    kind: bundle.manifest.kind,
    sedativeOnBoard: bundle.manifest.parameters.sedativeOnBoard === true,
    locales: bundle.manifest.locales,
    compiledLocales: Object.keys(bundle.stories),
    goldenPaths: golden.length,
    reports,
  };
}

const SCENARIOS = shippedScenarioDirs().map(shipped);

function passageName(knot: string, stitch: string): string {
  return stitch ? `${knot}.${stitch}` : knot;
}

/** Knots and stitches of an Ink source that offer at least one choice. */
function choicePoints(source: string): Set<string> {
  const points = new Set<string>();
  let knot = '';
  let stitch = '';
  for (const item of scanInkSource(source).outline) {
    if (item.kind === 'knot' || item.kind === 'function') [knot, stitch] = [item.name, ''];
    else if (item.kind === 'stitch') stitch = item.name;
    else if (item.kind === 'choice') points.add(passageName(knot, stitch));
  }
  return points;
}

/** Knots and stitches of an Ink source that divert to END. */
function endings(source: string): Set<string> {
  const found = new Set<string>();
  let knot = '';
  let stitch = '';
  for (const line of stripComments(source).split(/\r?\n/)) {
    const knotHeader = /^\s*={2,}\s*(?:function\s+)?(\w+)/.exec(line);
    const stitchHeader = /^\s*=\s*(\w+)/.exec(line);
    if (knotHeader) [knot, stitch] = [knotHeader[1] ?? '', ''];
    else if (stitchHeader) stitch = stitchHeader[1] ?? '';
    if (/->\s*END\b/.test(line)) found.add(passageName(knot, stitch));
  }
  return found;
}

function inkSource(scenario: ShippedScenario, locale: string): string {
  return readFileSync(path.join(scenario.dir, `${locale}.ink`), 'utf8');
}

it('ships scenarios of both kinds', () => {
  expect(new Set(SCENARIOS.map((s) => s.kind))).toEqual(new Set(['overdose', 'patdown']));
});

describe.each(SCENARIOS.map((s) => [s.id, s] as const))('scenario %s', (_id, scenario) => {
  const wanted = REQUIREMENTS[scenario.kind];

  it('ships in English and Spanish, each compiled', () => {
    for (const locale of LOCALES) {
      expect(scenario.locales).toContain(locale);
      expect(scenario.compiledLocales).toContain(locale);
      expect(existsSync(path.join(scenario.dir, `${locale}.ink`))).toBe(true);
    }
  });

  it(`has at least ${wanted.minGoldenPaths} golden paths`, () => {
    expect(scenario.goldenPaths).toBeGreaterThanOrEqual(wanted.minGoldenPaths);
  });

  it(`offers choices in at least ${wanted.minChoicePoints} distinct knots or stitches (choice points), in every locale`, () => {
    for (const locale of LOCALES) expect(choicePoints(inkSource(scenario, locale)).size, locale).toBeGreaterThanOrEqual(wanted.minChoicePoints);
  });

  it(`ends in at least ${wanted.minEndings} distinct knots or stitches (endings), in every locale`, () => {
    for (const locale of LOCALES) expect(endings(inkSource(scenario, locale)).size, locale).toBeGreaterThanOrEqual(wanted.minEndings);
  });

  const outcomes = scenario.sedativeOnBoard ? wanted.sedatedPatientOutcomes : wanted.patientOutcomes;
  if (outcomes.length > 0) {
    it(`reaches the patient outcomes ${outcomes.join(', ')} across its golden paths`, () => {
      const reached = new Set(scenario.reports.map((r) => r.outcome.patient));
      for (const outcome of outcomes) expect(reached, `no golden path ends ${outcome}`).toContain(outcome);
    });
  }
});

describe.each(Object.entries(REQUIREMENTS))('between the %s scenarios\' golden paths', (kind, wanted) => {
  const reports = SCENARIOS.filter((s) => s.kind === kind).flatMap((s) => s.reports);
  const rules = RUBRIC.rules.filter((rule) => wanted.families.includes(rule.family));

  it(`every rule of ${wanted.families.join(', ')} comes out met somewhere and violated or missed somewhere`, () => {
    expect(rules.length).toBeGreaterThan(0);
    const unmet: string[] = [];
    const neverBroken: string[] = [];
    for (const rule of rules) {
      const verdicts = new Set(reports.map((r) => r.rules.find((result) => result.id === rule.id)?.verdict));
      if (!verdicts.has('met')) unmet.push(rule.id);
      if (!verdicts.has('violated') && !verdicts.has('missed')) neverBroken.push(rule.id);
    }
    expect({ neverMet: unmet, neverViolatedOrMissed: neverBroken }).toEqual({ neverMet: [], neverViolatedOrMissed: [] });
  });
});
