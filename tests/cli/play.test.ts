import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { play } from '../helpers/cli.js';
import { fixtureDir, manifestJson } from '../helpers/fixtures.js';

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
    expect(report).toMatchObject({ scenario: 'hub-overdose', profile: 'model-policy', seed: 1, mode: 'learn', ended: false, picksUsed: expect.any(Number) });
    expect(report.log.filter((e: { kind: string }) => e.kind === 'action').map((e: { id: string }) => e.id).slice(0, 2)).toEqual(['call_ems', 'naloxone_nasal']);
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
    expect(result.stderr).toMatch(/Call EMS  \[#act:call_ems\]/);
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
    const byPath = play(['--scenario', fixtureDir('hub-overdose'), '--profile', path.resolve('scenarios/profiles/limited-immunity.json'), '--picks', '1', '--json']);
    expect(byPath.code).toBe(0);
    expect(JSON.parse(byPath.stdout).profile).toBe('limited-immunity');
  });
});
