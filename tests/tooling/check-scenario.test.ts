import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/engine/diagnostics.js';
import { checkScenario } from '../../src/tooling/check-scenario.js';
import { runCli } from '../helpers/cli.js';
import { manifestJson, writeScenario } from '../helpers/fixtures.js';

const CLEAN = [
  'VAR breathing = "slow"',
  'You arrive. #event:on_scene',
  '{breathing == "slow": He snores.}',
  '* [Give naloxone #act:naloxone_nasal target=patient] The spray hisses.',
  '  -> END',
  '* [Wait #act:wait] -> END',
  '',
].join('\n');
const BILINGUAL = manifestJson({ locales: ['en', 'es'], title: { en: 'A', es: 'A' }, summary: { en: 'B', es: 'B' } });
const CLEAN_ES = CLEAN.replace('He snores.', 'Ronca.')
  .replace('Give naloxone', 'Dele naloxona')
  .replace('The spray hisses.', 'El atomizador sisea.')
  .replace('[Wait', '[Esperar');

function check(files: Record<string, string>): string[] {
  const { dir } = writeScenario({ 'scenario.json': manifestJson(), ...files });
  return checkScenario(dir, { assets: null })
    .diagnostics.filter((d) => d.severity === 'error')
    .map(formatDiagnostic);
}

describe('the scenario checker finds each kind of mistake with its line', () => {
  it('passes a clean scenario', () => {
    expect(check({ 'en.ink': CLEAN })).toEqual([]);
  });

  it('a compile error', () => {
    expect(check({ 'en.ink': CLEAN.replace('-> END', '-> the_end') })).toEqual([
      expect.stringMatching(/en\.ink:5: error: Divert target not found: '-> the_end'/),
    ]);
  });

  it('an unknown action', () => {
    expect(check({ 'en.ink': CLEAN.replace('#act:wait', '#act:wait_for_backup') })).toEqual([
      expect.stringMatching(/en\.ink:6: error: unknown action "wait_for_backup"/),
    ]);
  });

  it('a malformed tag', () => {
    expect(check({ 'en.ink': CLEAN.replace('#event:on_scene', '#event on_scene') })).toEqual([
      expect.stringMatching(/en\.ink:2: error: unknown tag "#event on_scene"/),
    ]);
  });

  it('a key or value outside the lists', () => {
    const found = check({ 'en.ink': CLEAN.replace('target=patient', 'target=roommate').replace('#act:wait', '#act:wait reason=bored') });
    expect(found).toEqual([
      expect.stringMatching(/en\.ink:4: error: target=roommate is not one of patient, caller, bystander, person, self/),
      expect.stringMatching(/en\.ink:6: error: key reason= is not allowed on wait/),
    ]);
  });

  it('an undeclared engine variable, with how to declare it', () => {
    expect(check({ 'en.ink': CLEAN.replace('VAR breathing = "slow"\n', '') })).toEqual([
      expect.stringMatching(
        /en\.ink:2: error: Unresolved variable: breathing: the engine writes breathing .* add VAR breathing = "normal" at the top/,
      ),
    ]);
  });

  it('a mistyped engine variable', () => {
    const found = check({
      'en.ink': CLEAN.replace(
        'VAR breathing = "slow"',
        'VAR breathing = 0\nVAR responsive = "no"\nCONST mode = "learn"\nVAR withdrawal = "bad"',
      ),
    });
    expect(found).toEqual([
      expect.stringMatching(/en\.ink:1: error: breathing is a string written by the engine/),
      expect.stringMatching(/en\.ink:2: error: responsive is a boolean written by the engine .* VAR responsive = false/),
      expect.stringMatching(/en\.ink:3: error: mode is written by the engine: declare it with VAR, not CONST/),
      expect.stringMatching(/en\.ink:4: error: withdrawal is one of "none", "mild", "severe", not "bad"/),
    ]);
  });

  it('a break of locale parity', () => {
    const es = CLEAN_ES.replace('#act:naloxone_nasal target=patient', '#act:naloxone_im target=patient');
    const { dir } = writeScenario({ 'scenario.json': BILINGUAL, 'en.ink': CLEAN, 'es.ink': es });
    const found = checkScenario(dir, { assets: null }).diagnostics.map(formatDiagnostic);
    expect(found).toEqual([
      expect.stringMatching(
        /es\.ink:4: error: locale parity with .*en\.ink: in \(top of the story\): expected tag #act:naloxone_nasal target=patient \(.*en\.ink:4\), found tag #act:naloxone_im target=patient/,
      ),
      expect.stringMatching(/paths\.json: warning: no golden paths/),
    ]);
  });

  it('locale parity holds for a faithful translation, and catches a missing knot and a missing choice', () => {
    const { dir } = writeScenario({ 'scenario.json': BILINGUAL, 'en.ink': CLEAN, 'es.ink': CLEAN_ES });
    expect(checkScenario(dir, { assets: null }).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const en = `${CLEAN}=== later ===\n* [Leave #act:leave_scene] -> END\n`;
    const es = `${CLEAN_ES.replace('* [Esperar #act:wait] -> END\n', '')}`;
    const broken = writeScenario({ 'scenario.json': BILINGUAL, 'en.ink': en, 'es.ink': es });
    const found = checkScenario(broken.dir, { assets: null })
      .diagnostics.filter((d) => d.severity === 'error')
      .map(formatDiagnostic);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/es\.ink:1: error: .*knot later .* is missing/),
        expect.stringMatching(/es\.ink:\d+: error: .*expected choice at depth 1/),
      ]),
    );
  });

  it('a golden path that fails, at the line of its name', () => {
    const paths = JSON.stringify(
      {
        paths: [
          {
            name: 'waits',
            profile: 'model-policy',
            picks: 'act:wait',
            expect: { passed: true, verdicts: { 'OD-NALOXONE-PROMPT': 'met' } },
          },
        ],
      },
      null,
      2,
    );
    const found = check({ 'en.ink': CLEAN, 'paths.json': paths });
    expect(found).toEqual([
      expect.stringMatching(/paths\.json:4: error: golden path "waits" \(model-policy, seed 1\): expected a pass, got a fail/),
      expect.stringMatching(/paths\.json:4: error: golden path "waits" .*OD-NALOXONE-PROMPT: expected met, got missed/),
    ]);
  });

  it('a golden path naming a rule that does not exist', () => {
    const paths = JSON.stringify(
      { paths: [{ name: 'typo', profile: 'model-policy', picks: '1', expect: { verdicts: { 'OD-NALOXONE': 'met' } } }] },
      null,
      2,
    );
    expect(check({ 'en.ink': CLEAN, 'paths.json': paths })).toEqual([
      expect.stringMatching(/paths\.json:4: error: paths\[0\]\.expect\.verdicts\.OD-NALOXONE: is not a rule of the rubric/),
    ]);
  });

  it('a golden path with a misspelt or mistyped expectation, which would otherwise check nothing', () => {
    const expectations = [
      { pass: true },
      { passed: 'yes', minScore: 180 },
      { outcome: { arrest: 0, patient: 1 } },
      { criticalFailures: 'NA-NO-ARREST' },
      { criticalFailures: ['NA-NO-ARRESTS'] },
    ];
    const paths = JSON.stringify(
      {
        paths: [
          ...expectations.map((expect, i) => ({ name: `path ${i}`, profile: 'model-policy', picks: '1', expect })),
          { name: 'local', local: 'es', profile: 'model-policy', picks: '1', expect: { passed: true } },
        ],
      },
      null,
      2,
    );
    const found = check({ 'en.ink': CLEAN, 'paths.json': paths });
    const lineOf = (name: string): number => paths.split('\n').findIndex((line) => line.includes(`"name": "${name}"`)) + 1;
    const at = (name: string, message: string): unknown =>
      expect.stringMatching(new RegExp(`paths\\.json:${lineOf(name)}: error: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(found).toEqual([
      at('path 0', 'paths[0].expect.pass: is not an expectation (passed, ended, minScore, maxScore, verdicts, outcome, criticalFailures)'),
      at('path 1', 'paths[1].expect.passed: must be true or false'),
      at('path 1', 'paths[1].expect.minScore: must be a score from 0 to 100'),
      at('path 2', 'paths[2].expect.outcome.arrest: is not an outcome field (patient, officerInjuries, arrests,'),
      at('path 2', 'paths[2].expect.outcome.patient: must be text'),
      at('path 3', 'paths[3].expect.criticalFailures: must be a list of rule ids'),
      at('path 4', 'paths[4].expect.criticalFailures[0]: is not a rule of the rubric'),
      at('local', 'paths[5].local: is not a field of a golden path (name, description, profile, seed, locale, mode, picks, expect)'),
    ]);
  });

  it('several mistakes in one file, all in one run', () => {
    const ink = [
      'VAR breathing = false',
      'You arrive. #event:arrival',
      '* [Naloxone #act:naloxone] -> END',
      '* [Wait #act:wait #time:soon] -> END',
      '* [Arrest #act:arrest reason=drunk target=caller] -> END',
      'A line. #sfx:',
    ].join('\n');
    const found = check({ 'en.ink': ink });
    expect(found).toEqual([
      expect.stringMatching(/en\.ink:1: error: breathing is a string/),
      expect.stringMatching(/en\.ink:2: error: unknown event "arrival"/),
      expect.stringMatching(/en\.ink:3: error: unknown action "naloxone"/),
      expect.stringMatching(/en\.ink:4: error: malformed tag "#time:soon"/),
      expect.stringMatching(/en\.ink:5: error: reason=drunk is not one of/),
      expect.stringMatching(/en\.ink:6: error: empty tag "#sfx:"/),
    ]);
  });

  it('a golden path that runs into a loop the compiler cannot see, at the path and at the loop', () => {
    const ink =
      'VAR forever = true\nYou arrive. #event:on_scene\n* [Go in #act:scene_size_up] -> loop\n\n=== loop ===\nround\n{forever: -> loop}\n-> END\n';
    const paths = JSON.stringify(
      { paths: [{ name: 'straight in', profile: 'model-policy', seed: 1, picks: '1', expect: { ended: true } }] },
      null,
      2,
    );
    const { dir } = writeScenario({ 'scenario.json': manifestJson(), 'en.ink': ink, 'paths.json': paths });
    const found = checkScenario(dir, { assets: null })
      .diagnostics.filter((d) => d.severity === 'error')
      .map(formatDiagnostic);
    expect(found).toEqual([
      expect.stringMatching(
        /en\.ink:7: error: the story runs on in "loop" without offering a choice or reaching an ending, repeating "round"/,
      ),
      expect.stringMatching(/paths\.json:\d+: error: golden path "straight in" .*en\.ink:7: error: the story runs on in "loop"/),
    ]);
  });

  it('a dead end and a frozen loop, found by exploring', () => {
    const deadEnd = [
      'You arrive. #event:on_scene',
      '-> hub',
      '=== hub ===',
      '* [Check #act:check_breathing] -> hub',
      '* [Call #act:call_ems] -> hub',
    ].join('\n');
    const found = check({ 'en.ink': deadEnd });
    expect(found.length).toBeGreaterThan(0);
    for (const message of found) expect(message).toMatch(/en\.ink:[45]: error: dead end: after ".*" in hub/);
    const frozen = [
      'You arrive. #event:on_scene',
      '-> hub',
      '=== hub ===',
      '+ [Look again] -> hub',
      '* [Leave #act:leave_scene] -> END',
    ].join('\n');
    expect(check({ 'en.ink': frozen })).toEqual([expect.stringMatching(/en\.ink:4: error: frozen loop in hub/)]);
  });

  it('an unknown action and a bad target on the same tag, both', () => {
    expect(check({ 'en.ink': CLEAN.replace('#act:wait', '#act:wait_for_backup target=roommate') })).toEqual([
      expect.stringMatching(/en\.ink:6: error: unknown action "wait_for_backup"/),
      expect.stringMatching(/en\.ink:6: error: target=roommate is not one of patient, caller/),
    ]);
    expect(check({ 'en.ink': CLEAN.replace('#act:wait', '#act:wait_for_backup target=caller') })).toEqual([
      expect.stringMatching(/en\.ink:6: error: unknown action "wait_for_backup"/),
    ]);
  });

  it("an unknown #sfx or #bg id, checked against the game's own assets/manifest.json", () => {
    const ink = CLEAN.replace('You arrive. #event:on_scene', 'You arrive. #event:on_scene #bg:moon_base').replace(
      'The spray hisses.',
      'The spray hisses. #sfx:door_slam',
    );
    const { dir } = writeScenario({ 'scenario.json': manifestJson(), 'en.ink': ink });
    const found = checkScenario(dir)
      .diagnostics.filter((d) => d.severity === 'error')
      .map(formatDiagnostic);
    expect(found).toEqual([
      expect.stringMatching(/en\.ink:2: error: unknown #bg id "moon_base": not listed in assets\/manifest\.json \(known: .*apartment/),
      expect.stringMatching(
        /en\.ink:4: error: unknown #sfx id "door_slam": not listed in assets\/manifest\.json \(known: .*naloxone_spray/,
      ),
    ]);
    const known = writeScenario({
      'scenario.json': manifestJson(),
      'en.ink': ink.replace('moon_base', 'apartment').replace('door_slam', 'naloxone_spray'),
    });
    expect(checkScenario(known.dir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it("a scenario.json that is not JSON still lets the stories' mistakes through", () => {
    const { dir } = writeScenario({
      'scenario.json': manifestJson().replace('"version": 1,', '"version": 1'),
      'en.ink': CLEAN.replace('#act:wait', '#act:nap'),
      'es.ink': CLEAN_ES.replace('-> END', '-> the_end'),
    });
    const found = checkScenario(dir, { assets: null })
      .diagnostics.filter((d) => d.severity === 'error')
      .map(formatDiagnostic);
    // Locale parity also runs on the files found, so the two stories' differences are reported too.
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/en\.ink:6: error: unknown action "nap"/),
        expect.stringMatching(/es\.ink:5: error: Divert target not found: '-> the_end'/),
        expect.stringMatching(/es\.ink:6: error: locale parity with .*en\.ink: .*expected tag #act:nap/),
        expect.stringMatching(/scenario\.json:4:3: error: not valid JSON: expected ',' or '}' after a property's value, found '"'/),
      ]),
    );
  });

  it('golden paths still run after an error that leaves the stories compiled', () => {
    const failing = JSON.stringify(
      { paths: [{ name: 'waits', profile: 'model-policy', picks: 'act:wait', expect: { passed: true } }] },
      null,
      2,
    );
    const renamed = writeScenario({ 'scenario.json': manifestJson({}, 'copied-scenario'), 'en.ink': CLEAN, 'paths.json': failing });
    const afterRename = checkScenario(renamed.dir, { assets: null });
    expect(afterRename.goldenPaths).toBe(1);
    expect(afterRename.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([
      expect.stringMatching(/paths\.json:4: error: golden path "waits" .*expected a pass, got a fail/),
      expect.stringMatching(/scenario\.json:2: error: id: is "copied-scenario" but the folder is "tmp-scenario"/),
    ]);

    const es = CLEAN_ES.replace('#act:naloxone_nasal target=patient', '#act:naloxone_im target=patient');
    const outOfStep = writeScenario({ 'scenario.json': BILINGUAL, 'en.ink': CLEAN, 'es.ink': es, 'paths.json': failing });
    const afterParity = checkScenario(outOfStep.dir, { assets: null })
      .diagnostics.filter((d) => d.severity === 'error')
      .map(formatDiagnostic);
    expect(afterParity).toEqual([
      expect.stringMatching(/es\.ink:4: error: locale parity/),
      expect.stringMatching(/paths\.json:4: error: golden path "waits"/),
    ]);
  });

  it('golden paths do not run on stories that failed to compile', () => {
    const failing = JSON.stringify(
      { paths: [{ name: 'waits', profile: 'model-policy', picks: 'act:wait', expect: { passed: true } }] },
      null,
      2,
    );
    const result = checkScenario(
      writeScenario({ 'scenario.json': manifestJson(), 'en.ink': CLEAN.replace('#act:wait', '#act:nap'), 'paths.json': failing }).dir,
      { assets: null },
    );
    expect(result.goldenPaths).toBe(0);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([
      expect.stringMatching(/en\.ink:6: error: unknown action "nap"/),
    ]);
  });

  it('a manifest mistake alongside story mistakes', () => {
    const { dir } = writeScenario({
      'scenario.json': manifestJson({ estimatedMinutes: 'ten' }),
      'en.ink': CLEAN.replace('#act:wait', '#act:nap'),
    });
    const found = checkScenario(dir, { assets: null }).diagnostics.map(formatDiagnostic);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/scenario\.json:\d+: error: estimatedMinutes: must be a number/),
        expect.stringMatching(/en\.ink:6: error: unknown action "nap"/),
      ]),
    );
  });
});

describe('npm run scenarios:check', () => {
  it('exits 1, and never hangs, for stories that would run on for ever: each at its file and line', () => {
    const runaway = path.resolve(import.meta.dirname, '..', 'fixtures', 'runaway');
    const names = [
      'loop',
      'recursion',
      'self-tunnel',
      'loop-behind-condition',
      'recursion-behind-condition',
      'self-tunnel-behind-condition',
    ];
    const result = runCli(
      'src/cli/check.ts',
      names.map((name) => path.join(runaway, name)),
    );
    expect(result.code).toBe(1);
    const errors = result.stdout.split('\n').filter((line) => line.includes(': error: '));
    expect(errors).toEqual([
      expect.stringMatching(/loop[/\\]en\.ink:7: error: "loop" diverts back to itself with no choice and no ending/),
      expect.stringMatching(/recursion[/\\]en\.ink:8: error: function "g" always calls itself before returning/),
      expect.stringMatching(/self-tunnel[/\\]en\.ink:7: error: tunnel "t" always enters itself before returning/),
      expect.stringMatching(
        /loop-behind-condition[/\\]en\.ink:8: error: the story runs on in "loop" without offering a choice or reaching an ending/,
      ),
      expect.stringMatching(/recursion-behind-condition[/\\]en\.ink:10: error: function "g" calls itself \("g\(\)"\) without end/),
      expect.stringMatching(/self-tunnel-behind-condition[/\\]en\.ink:8: error: tunnel "t" enters itself \("-> t ->"\) without end/),
    ]);
    expect(result.stderr).toMatch(/6 scenarios checked, 0 golden paths run: 6 errors/);
  });

  it('exits 1 and prints path:line: error: message for a broken scenario', () => {
    const { dir } = writeScenario({ 'scenario.json': manifestJson(), 'en.ink': CLEAN.replace('#act:wait', '#act:nap') });
    const result = runCli('src/cli/check.ts', [dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/en\.ink:6: error: unknown action "nap"/);
    expect(result.stderr).toMatch(/1 scenario checked, 0 golden paths run: 1 error/);
  });

  it('exits 0 for a clean scenario', () => {
    const { dir } = writeScenario({ 'scenario.json': manifestJson(), 'en.ink': CLEAN });
    const result = runCli('src/cli/check.ts', [dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/error/);
  });
});
