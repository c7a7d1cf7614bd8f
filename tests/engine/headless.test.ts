import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('the engine is headless', () => {
  const files = [...sourceFiles(path.join(ROOT, 'src/engine')), ...sourceFiles(path.join(ROOT, 'src/protocols'))];

  it('has sources to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [path.relative(ROOT, f), f]))(
    '%s imports neither Phaser nor howler and never touches the DOM',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      expect(text).not.toMatch(/from ['"](phaser|howler)['"]/);
      expect(text).not.toMatch(/import\(['"](phaser|howler)['"]\)/);
      expect(text).not.toMatch(/\b(window|document)\.[A-Za-z_]/);
    },
  );
});
