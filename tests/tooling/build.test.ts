import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

describe('the trainee build', () => {
  let js = '';

  beforeAll(() => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'good-call-build-'));
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], { cwd: ROOT, stdio: 'pipe' });
    const assets = path.join(outDir, 'assets');
    js = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(assets, f), 'utf8'))
      .join('\n');
  }, 120_000);

  it('builds JavaScript', () => {
    expect(js.length).toBeGreaterThan(1000);
  });

  it('ships no Ink compiler', () => {
    expect(js).not.toContain('InkParser');
    expect(js).not.toContain('Compilation failed');
  });
});
