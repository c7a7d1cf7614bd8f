import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

/** Every JavaScript file a page can load: its entry and everything it imports, now or later. */
function filesOfPage(manifest: Readonly<Record<string, ManifestChunk>>, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    for (const next of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) visit(next);
  };
  visit(entry);
  return [...seen].map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js'));
}

describe('the trainee build', () => {
  let outDir = '';
  let game = '';
  let author = '';
  let all = '';

  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'good-call-build-'));
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--manifest', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: ROOT, stdio: 'pipe' },
    );
    const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    const read = (files: readonly string[]): string => files.map((f) => readFileSync(path.join(outDir, f), 'utf8')).join('\n');
    game = read(filesOfPage(manifest, 'index.html'));
    author = read(filesOfPage(manifest, 'author.html'));
    const assets = path.join(outDir, 'assets');
    all = read(
      readdirSync(assets)
        .filter((f) => f.endsWith('.js'))
        .map((f) => path.join('assets', f)),
    );
  }, 120_000);

  it('builds JavaScript', () => {
    expect(game.length).toBeGreaterThan(1000);
  });

  it('ships no Ink compiler in the game', () => {
    expect(all).toContain('Compilation failed');
    expect(game).not.toContain('InkParser');
    expect(game).not.toContain('Compilation failed');
  });

  it('loads the Ink compiler in the author preview only in its worker, not with the page', () => {
    expect(author).not.toContain('Compilation failed');
    expect(author).toMatch(/compile-worker-[\w-]+\.js/);
  });
});
