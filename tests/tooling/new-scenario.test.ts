import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

describe('npm run scenarios:new', () => {
  it.each(['overdose', 'patdown'])('scaffolds a %s scenario that passes the checker, golden paths included', (kind) => {
    const parent = mkdtempSync(path.join(tmpdir(), 'good-call-new-'));
    const created = runCli('src/cli/new-scenario.ts', [`my-${kind}`, '--kind', kind, '--dir', parent]);
    expect(created.code).toBe(0);
    const dir = path.join(parent, `my-${kind}`);
    expect(JSON.parse(readFileSync(path.join(dir, 'scenario.json'), 'utf8'))).toMatchObject({ id: `my-${kind}`, kind, version: 1 });
    expect(readFileSync(path.join(dir, 'en.ink'), 'utf8')).toMatch(/^\/\/ A Good Call scenario/);
    const check = runCli('src/cli/check.ts', [dir]);
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/2 golden paths run: 0 errors/);
  });

  it('refuses a bad id, a missing kind and an existing folder', () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'good-call-new-'));
    expect(runCli('src/cli/new-scenario.ts', ['My Scenario', '--kind', 'overdose', '--dir', parent]).code).toBe(2);
    expect(runCli('src/cli/new-scenario.ts', ['ok-id', '--dir', parent]).stderr).toMatch(/--kind must be overdose or patdown/);
    expect(runCli('src/cli/new-scenario.ts', ['twice', '--kind', 'patdown', '--dir', parent]).code).toBe(0);
    const again = runCli('src/cli/new-scenario.ts', ['twice', '--kind', 'patdown', '--dir', parent]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(existsSync(path.join(parent, 'My Scenario'))).toBe(false);
  });
});
