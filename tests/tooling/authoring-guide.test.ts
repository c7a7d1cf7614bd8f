import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnownAssets } from '../../src/tooling/assets-manifest.js';
import { fillGeneratedBlocks, generatedBlocks } from '../../src/tooling/authoring-reference.js';
import { play, runCli } from '../helpers/cli.js';

const GUIDE = path.resolve(import.meta.dirname, '..', '..', 'docs', 'authoring.md');
const guide = readFileSync(GUIDE, 'utf8');

/** The files of the worked example: fenced blocks whose info string names a file. */
function workedExampleFiles(): Record<string, string> {
  const section = guide.slice(guide.indexOf('## 10. A worked example'));
  const files: Record<string, string> = {};
  for (const match of section.matchAll(/```(?:json|ink) ([\w.]+)\n([\s\S]*?)```/g)) files[match[1]!] = match[2]!;
  return files;
}

describe('docs/authoring.md', () => {
  it('has its reference tables generated from the registries (run npm run -s docs)', () => {
    expect(guide).toBe(fillGeneratedBlocks(guide, generatedBlocks(loadKnownAssets())));
    expect(guide).toContain('| `naloxone_nasal` | 20 | one intranasal dose of naloxone |');
    expect(guide).toContain('| `breathing` | string: "normal", "slow", "none" |');
  });

  it('gives a worked example that, written out in a folder outside the repository, checks clean and plays', () => {
    const files = workedExampleFiles();
    expect(Object.keys(files).sort()).toEqual(['en.ink', 'paths.json', 'scenario.json']);
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'good-call-guide-')), 'overdose-motel-room');
    mkdirSync(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);

    const check = runCli('src/cli/check.ts', [dir]);
    expect(check.stdout).not.toMatch(/error/);
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/1 scenario checked, 2 golden paths run: 0 errors/);

    const played = play([
      '--scenario',
      dir,
      '--picks',
      'act:scene_size_up,act:call_ems,act:naloxone_nasal,act:monitor*,act:explain_what_happened',
      '--json',
    ]);
    expect(played.code).toBe(0);
    expect(JSON.parse(played.stdout)).toMatchObject({ scenario: 'overdose-motel-room', outcome: { patient: 'revived' } });
  });
});
