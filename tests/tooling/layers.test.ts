/**
 * The layers of src/ as the build enforces them (src/tooling/layers.ts): this repository breaks none,
 * and a fixture tree with a bad import (directly or through another file), a browser global in the
 * engine or a package a layer may not use is caught at its file and line.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLayers, formatLayerProblems, LAYERS } from '../../src/tooling/layers.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

const trees: string[] = [];
afterAll(() => trees.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A source tree of `files` (paths under src/) in a fresh temporary folder. */
function tree(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'good-call-layers-'));
  trees.push(root);
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, 'src', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return root;
}

describe('the layers of this repository', () => {
  it('are kept: no import crosses a layer the wrong way, the headless layers use no browser global', () => {
    expect(formatLayerProblems(checkLayers(ROOT))).toBe('');
  });

  it('form a ladder: no layer can reach itself through the ones it uses', () => {
    const reaches = (from: string, seen = new Set<string>()): Set<string> => {
      for (const used of LAYERS[from]?.uses ?? []) if (!seen.has(used)) reaches(used, seen.add(used));
      return seen;
    };
    for (const name of Object.keys(LAYERS)) expect(reaches(name).has(name), name).toBe(false);
    for (const layer of Object.values(LAYERS)) for (const used of layer.uses) expect(LAYERS[used]).toBeDefined();
  });

  it('keep the engine free of the rubric, and the pages free of each other (the game hosts the classroom’s projector)', () => {
    expect(LAYERS.engine?.uses).toEqual([]);
    expect(LAYERS.protocols?.uses).toEqual(['engine']);
    const pages = ['ui', 'author', 'dashboard', 'classroom'];
    for (const page of pages)
      for (const other of pages)
        if (page !== other && !(page === 'ui' && other === 'classroom')) expect(LAYERS[page]?.uses).not.toContain(other);
    for (const headless of ['engine', 'protocols', 'play']) expect(LAYERS[headless]?.headless).toBe(true);
  });
});

describe('a tree that breaks them', () => {
  it('fails an engine file that imports the game’s screens through another engine file, and that file too', () => {
    const root = tree({
      'engine/session.ts': "import { later } from './helper.js';\nexport const now = later;\n",
      'engine/helper.ts': "import { draw } from '../ui/screen.js';\nexport const later = draw;\n",
      'ui/screen.ts': 'export const draw = 1;\n',
    });
    const problems = checkLayers(root);
    expect(problems).toEqual([
      {
        file: 'src/engine/helper.ts',
        line: 1,
        message: expect.stringMatching(/^reaches src\/ui \(src\/ui\/screen\.ts\); src\/engine may use nothing of ours$/),
      },
      {
        file: 'src/engine/session.ts',
        line: 1,
        message: expect.stringMatching(/^reaches src\/ui \(src\/ui\/screen\.ts\) through src\/engine\/helper\.ts;/),
      },
    ]);
  });

  it('fails a chain through another layer, even when each file only imports the layer next to it', () => {
    const root = tree({
      'protocols/rule.ts': "import type { Page } from '../kit/page.js';\nexport type Rule = Page;\n",
      'kit/page.ts': 'export type Page = string;\n',
      'engine/score.ts': "import type { Rule } from '../protocols/rule.js';\nexport type Score = Rule;\n",
    });
    const problems = checkLayers(root).map((p) => `${p.file}: ${p.message.split(';')[0]}`);
    expect(problems).toEqual([
      'src/engine/score.ts: reaches src/protocols (src/protocols/rule.ts)',
      'src/protocols/rule.ts: reaches src/kit (src/kit/page.ts)',
    ]);
  });

  it('fails an engine file that uses window, document or localStorage, at the line it does', () => {
    const root = tree({
      'engine/clock.ts': [
        'export function now(): number {',
        '  return window.performance.now();',
        '}',
        "export const saved = (): string | null => localStorage.getItem('x');",
        "export const title = (): string => globalThis['document'].title;",
        'export function draw(node: HTMLElement): void {}',
      ].join('\n'),
    });
    expect(checkLayers(root).map((p) => [p.line, p.message.match(/`(\w+)`/)?.[1]])).toEqual([
      [2, 'window'],
      [4, 'localStorage'],
      [5, 'document'],
      [6, 'HTMLElement'],
    ]);
  });

  it('lets a headless file name its own things like the browser’s, as properties and local variables', () => {
    const root = tree({
      'engine/story.ts': [
        'interface Raw { location: string; document: number }',
        'export function where(raw: Raw): string {',
        '  const { location } = raw;',
        '  return `${location}:${raw.document}`;',
        '}',
      ].join('\n'),
    });
    expect(checkLayers(root)).toEqual([]);
  });

  it('fails a page that imports another page, a headless layer importing Node or Phaser, and a folder that is no layer', () => {
    const root = tree({
      'author/panel.ts': "import { draw } from '../ui/screen.js';\nexport const panel = draw;\n",
      'ui/screen.ts': 'export const draw = 1;\n',
      'play/clock.ts': "import { readFileSync } from 'node:fs';\nimport Phaser from 'phaser';\nexport const x = [readFileSync, Phaser];\n",
      'extras/thing.ts': 'export const thing = 1;\n',
    });
    expect(checkLayers(root).map((p) => `${p.file}:${p.line}: ${p.message.split(';')[0]}`)).toEqual([
      'src/author/panel.ts:1: reaches src/ui (src/ui/screen.ts)',
      'src/extras/thing.ts:1: is in src/extras, which is not a declared layer (src/tooling/layers.ts)',
      'src/play/clock.ts:1: imports node:fs: this layer is headless',
      'src/play/clock.ts:2: imports the package phaser',
    ]);
  });
});
