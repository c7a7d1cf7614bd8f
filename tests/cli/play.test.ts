import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { play } from '../helpers/cli.js';
import { fixtureDir, manifestJson, writeScenario } from '../helpers/fixtures.js';

function scenarioOutsideRepo(files?: Record<string, string>): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'good-call-play-')), 'hub-overdose');
  if (files) {
    cpSync(fixtureDir('hub-overdose'), dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  } else {
    cpSync(fixtureDir('hub-overdose'), dir, { recursive: true });
  }
  return dir;
}

describe('npm run play', () => {
  it('plays a scenario folder outside the repository and prints one JSON report', () => {
    const dir = scenarioOutsideRepo();
    const result = play(['--scenario', dir, '--picks', 'act:call_ems,act:naloxone_nasal,act:wait*,act:explain_what_happened', '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      scenario: 'hub-overdose',
      profile: 'model-policy',
      seed: 1,
      mode: 'learn',
      ended: false,
      picksUsed: expect.any(Number),
    });
    expect(
      report.log
        .filter((e: { kind: string }) => e.kind === 'action')
        .map((e: { id: string }) => e.id)
        .slice(0, 2),
    ).toEqual(['call_ems', 'naloxone_nasal']);
    expect(report.outcome.patient).toBe('revived');
  });

  it('prints the story and the choices with their actions without --json', () => {
    const result = play(['--scenario', fixtureDir('hub-overdose'), '--picks', '1']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('DISPATCH: A man is not breathing, caller says.');
    expect(result.stdout).toContain('1. Give him a dose of naloxone  [#act:naloxone_nasal target=patient]');
  });

  it('exits 2 naming the pick and the choices when a pick matches nothing', () => {
    const result = play(['--scenario', fixtureDir('hub-overdose'), '--picks', '1,act:arrest', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/pick 2 "act:arrest": it matches none of the choices offered/);
    expect(result.stderr).toMatch(/Call EMS {2}\[#act:call_ems\]/);
  });

  it('exits 2 with the manifest field for a malformed manifest', () => {
    const dir = scenarioOutsideRepo({ 'scenario.json': manifestJson({ version: 0 }, 'hub-overdose') });
    const result = play(['--scenario', dir, '--picks', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/scenario\.json:3: error: version: must be a whole number from 1/);
  });

  it('exits 2 with file and line for an unknown action and a broken divert', () => {
    const dir = scenarioOutsideRepo({ 'en.ink': 'Hi.\n* [A #act:nap] -> END\n* [B #act:wait] -> gone\n' });
    const result = play(['--scenario', dir, '--picks', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/en\.ink:2: error: unknown action "nap"/);
    expect(result.stderr).toMatch(/en\.ink:3: error: Divert target not found: '-> gone'/);
  });

  it('exits 2 for an unknown profile, and accepts a profile by path', () => {
    const unknown = play(['--scenario', fixtureDir('hub-overdose'), '--profile', 'nowhere-county', '--picks', '1']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown profile "nowhere-county" \(known: .*model-policy/);
    const byPath = play([
      '--scenario',
      fixtureDir('hub-overdose'),
      '--profile',
      path.resolve('scenarios/profiles/limited-immunity.json'),
      '--picks',
      '1',
      '--json',
    ]);
    expect(byPath.code).toBe(0);
    expect(JSON.parse(byPath.stdout).profile).toBe('limited-immunity');
  });

  it('exits 2 with the usage when --picks is missing', () => {
    const result = play(['--scenario', fixtureDir('hub-overdose'), '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^--picks is required/);
    expect(result.stderr).toContain('usage: npm run -s play -- --scenario <dir or id> --picks <list>');
  });

  it('plays in English unless --locale says otherwise', () => {
    const english = play(['--scenario', fixtureDir('hub-overdose'), '--picks', '1', '--json']);
    expect(JSON.parse(english.stdout).locale).toBe('en');
    const { dir } = writeScenario({
      'scenario.json': manifestJson({ title: { es: 'Una prueba' }, summary: { es: 'Para una prueba.' }, locales: ['es'] }),
      'es.ink': 'Hola. #event:on_scene\n* [Llamar a los paramédicos #act:call_ems] -> END\n',
    });
    const noEnglish = play(['--scenario', dir, '--picks', '1', '--json']);
    expect(noEnglish.code).toBe(2);
    expect(noEnglish.stderr).toMatch(/--locale en: the scenario has es/);
    const spanish = play(['--scenario', dir, '--locale', 'es', '--picks', '1', '--json']);
    expect(spanish.code).toBe(0);
    expect(JSON.parse(spanish.stdout)).toMatchObject({ locale: 'es', ended: true, picksUsed: 1 });
  });
});

const RUNAWAY = path.resolve(import.meta.dirname, '..', 'fixtures', 'runaway');

describe('npm run play refuses what would hang or crash it, with a located error and exit 2', () => {
  it.each([
    ['loop', /loop[/\\]en\.ink:7: error: "loop" diverts back to itself with no choice/],
    ['recursion', /recursion[/\\]en\.ink:8: error: function "g" always calls itself before returning/],
    ['self-tunnel', /self-tunnel[/\\]en\.ink:7: error: tunnel "t" always enters itself before returning/],
    [
      'loop-behind-condition',
      /loop-behind-condition[/\\]en\.ink:8: error: the story runs on in "loop" without offering a choice or reaching an ending, repeating "round"/,
    ],
    [
      'recursion-behind-condition',
      /recursion-behind-condition[/\\]en\.ink:10: error: function "g" calls itself \("g\(\)"\) without end, 201 calls deep/,
    ],
    [
      'self-tunnel-behind-condition',
      /self-tunnel-behind-condition[/\\]en\.ink:8: error: tunnel "t" enters itself \("-> t ->"\) without end/,
    ],
  ])('%s', (name, message) => {
    const result = play(['--scenario', path.join(RUNAWAY, name), '--picks', '1', '--json']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('an EXTERNAL function, at the line that calls it', () => {
    const dir = scenarioOutsideRepo({ 'en.ink': 'EXTERNAL beep()\nHi. #event:on_scene\n~ beep()\n* [Call EMS #act:call_ems] -> END\n' });
    const result = play(['--scenario', dir, '--picks', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/en\.ink:3: error: "beep" is an EXTERNAL function/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('an engine variable of the wrong type, as the checker does', () => {
    const dir = scenarioOutsideRepo({ 'en.ink': 'VAR breathing = 0\nHi. #event:on_scene\n* [Call EMS #act:call_ems] -> END\n' });
    const result = play(['--scenario', dir, '--picks', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/en\.ink:1: error: breathing is a string written by the engine/);
  });

  it('an empty story', () => {
    const result = play(['--scenario', scenarioOutsideRepo({ 'en.ink': '' }), '--picks', '']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/en\.ink: error: the story is empty/);
  });

  it.each([['1e308'], [String(2 ** 53 + 1)], ['0.5']])('a manifest version of %s', (version) => {
    const manifest = manifestJson({}, 'hub-overdose').replace('"version": 1', `"version": ${version}`);
    const result = play(['--scenario', scenarioOutsideRepo({ 'scenario.json': manifest }), '--picks', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/scenario\.json:3: error: version: must be a whole number from 1 to 1,000,000/);
  });

  it('a seed its generator cannot hold', () => {
    const result = play(['--scenario', fixtureDir('hub-overdose'), '--seed', '1e308', '--picks', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--seed 1e308: must be a whole number from 0 to 4294967295/);
  });
});

interface ReportedRule {
  readonly id: string;
  readonly family: string;
  readonly severity: 'critical' | 'major' | 'minor';
  readonly verdict: string;
  readonly values?: Record<string, number>;
}

/** docs/protocols.md: weights critical 3, major 2, minor 1; score = 100 x met / applicable, one decimal. */
function scoreByProtocols(rules: readonly ReportedRule[]): number {
  const weight = { critical: 3, major: 2, minor: 1 } as const;
  const applicable = rules.filter((r) => r.verdict !== 'not_applicable');
  const total = applicable.reduce((sum, r) => sum + weight[r.severity], 0);
  const met = applicable.filter((r) => r.verdict === 'met').reduce((sum, r) => sum + weight[r.severity], 0);
  return Math.round((1000 * met) / total) / 10;
}

describe('npm run play --json on the golden paths of overdose-apartment', () => {
  const golden = JSON.parse(readFileSync(path.resolve('scenarios/overdose-apartment/paths.json'), 'utf8')) as {
    paths: { name: string; profile: string; seed: number; picks: string }[];
  };
  const playGolden = (name: string) => {
    const goldenPath = golden.paths.find((p) => p.name === name);
    if (!goldenPath) throw new Error(`no golden path "${name}"`);
    const result = play([
      '--scenario',
      'overdose-apartment',
      '--profile',
      goldenPath.profile,
      '--seed',
      String(goldenPath.seed),
      '--picks',
      goldenPath.picks,
      '--json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      rules: ReportedRule[];
      score: number;
      passed: boolean;
      criticalFailures: string[];
      majorViolations: string[][];
      failedConditions: string[];
      ended: boolean;
      picksUsed: number;
    };
    return { report, verdict: (id: string) => report.rules.find((r) => r.id === id) };
  };

  it('reports the real verdicts and the score for the exemplary response', () => {
    const { report, verdict } = playGolden('exemplary, one dose');
    expect(report).toMatchObject({ passed: true, criticalFailures: [], ended: true, picksUsed: expect.any(Number) });
    // EMS requested and naloxone given inside the default 90 s and 120 s windows of model-policy.
    expect(verdict('OD-EMS-FIRST')).toMatchObject({ family: 'naloxone', severity: 'critical', verdict: 'met', values: { limit: 90 } });
    expect(verdict('OD-EMS-FIRST')!.values!.delay).toBeLessThanOrEqual(90);
    expect(verdict('OD-NALOXONE-PROMPT')).toMatchObject({ severity: 'critical', verdict: 'met', values: { limit: 120 } });
    expect(verdict('GS-NO-ARREST')).toMatchObject({ family: 'good-samaritan', verdict: 'met' });
    expect(verdict('NA-NO-WARRANT-CHECK')).toMatchObject({ family: 'no-arrest-at-overdose', verdict: 'met' });
    // Pat-down rules do not apply at an overdose; one dose that works leaves nothing to re-dose.
    expect(verdict('SH-ASK-FIRST')?.verdict).toBe('not_applicable');
    expect(verdict('OD-REDOSE')?.verdict).toBe('not_applicable');
    expect(report.rules.filter((r) => r.verdict === 'missed' || r.verdict === 'violated')).toEqual([]);
    expect(report.score).toBe(100);
  });

  it('scores a flawed response by the weights of docs/protocols.md', () => {
    const { report, verdict } = playGolden('no handoff, no kit, a coerced referral');
    expect(verdict('OD-HANDOFF')).toMatchObject({ severity: 'minor', verdict: 'missed' });
    expect(verdict('OD-LEAVE-KIT')).toMatchObject({ severity: 'minor', verdict: 'missed' });
    expect(verdict('REF-VOLUNTARY')).toMatchObject({ family: 'voluntary-referral', severity: 'major', verdict: 'violated' });
    expect(report.score).toBeLessThan(100);
    expect(report.score).toBe(scoreByProtocols(report.rules));
    // docs/protocols.md revision 2: the pass mark, no critical failure, and fewer than two violated major rules.
    expect(report.majorViolations).toEqual([['REF-VOLUNTARY']]);
    expect(report.passed).toBe(report.score >= 80 && report.criticalFailures.length === 0 && report.majorViolations.length < 2);
  });

  it('groups violated major rules by the act that broke them, and fails on two or more groups', () => {
    // The takedown on waking breaks OD-WITHDRAWAL-CARE (and LC-FORCE, critical); the stacked second
    // spray breaks OD-REDOSE; the threat after the refusal breaks OD-REFUSAL and GS-NO-THREAT, one act.
    const { report } = playGolden('cuffs and threats in withdrawal');
    expect(report.majorViolations).toEqual([['OD-REDOSE'], ['OD-WITHDRAWAL-CARE'], ['OD-REFUSAL', 'GS-NO-THREAT']]);
    expect(report.criticalFailures).toEqual(['LC-FORCE']);
    expect(report.failedConditions.slice(0, 2)).toEqual(['critical', 'majorViolations']);
    expect(report.passed).toBe(false);
  });
});
