/**
 * The game's own build of Phaser (src/ui/phaser/phaser-build.ts) has every game-object factory and
 * scene plugin the pictures call, and no renderer but WebGL: whatever a picture uses that the build
 * leaves out would fail only when that picture is drawn.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASER_FLAGS } from '../../vite.config.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const PHASER_SRC = path.join(ROOT, 'node_modules', 'phaser', 'src');
const PICTURES = path.join(ROOT, 'src', 'ui', 'phaser');
const BUILD = path.join(PICTURES, 'phaser-build.ts');

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, extension) : full.endsWith(extension) ? [full] : [];
  });
}

/** Phaser's modules that the build imports, by file. */
function builtModules(): string[] {
  const source = readFileSync(BUILD, 'utf8');
  return [...source.matchAll(/from 'phaser\/src\/([^']+)'|import 'phaser\/src\/([^']+)'/g)].map((m) =>
    path.join(PHASER_SRC, (m[1] ?? m[2])!),
  );
}

const matches = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => m[1]!);

/** The scene property each of Phaser's scene plugins is reached by (`tweens`, `cameras`, `scene`). */
function scenePropertyOf(): Map<string, string> {
  const injection = readFileSync(path.join(PHASER_SRC, 'scene', 'InjectionMap.js'), 'utf8');
  const properties = new Map(
    matches(injection, /^\s*(\w+: '\w+')/gm).map((pair) => pair.split(': ').map((s) => s.replace(/'/g, '')) as [string, string]),
  );
  return properties;
}

describe("the game's build of Phaser", () => {
  const built = builtModules();
  const builtSource = built.map((file) => readFileSync(file, 'utf8')).join('\n');
  const pictures = filesUnder(PICTURES, '.ts')
    .filter((file) => file !== BUILD)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');

  it('imports only modules that exist in the installed Phaser', () => {
    expect(built.length).toBeGreaterThan(5);
    for (const file of built) expect(statSync(file).isFile(), file).toBe(true);
  });

  it('registers every factory a picture calls (this.add.<name>)', () => {
    const registered = new Set(matches(builtSource, /GameObjectFactory\.register\('(\w+)'/g));
    const called = new Set(matches(pictures, /\badd\.(\w+)\(/g));
    expect(called.size).toBeGreaterThan(2);
    expect([...called].filter((name) => !registered.has(name))).toEqual([]);
  });

  it('loads every scene plugin a picture reaches (this.tweens, this.cameras, ...)', () => {
    const propertyOf = scenePropertyOf();
    const allPlugins = filesUnder(PHASER_SRC, '.js')
      .map((file) => readFileSync(file, 'utf8'))
      .flatMap((text) => matches(text, /PluginCache\.register\('\w+', \w+, '(\w+)'\)/g));
    const scenePluginProperties = new Set(allPlugins.map((mapping) => propertyOf.get(mapping) ?? mapping));
    const loaded = new Set(matches(builtSource, /PluginCache\.register\('\w+', \w+, '(\w+)'\)/g).map((m) => propertyOf.get(m) ?? m));
    const reached = new Set(matches(pictures, /\b(?:this|scene)\.(\w+)\./g).filter((name) => scenePluginProperties.has(name)));
    expect(reached).toContain('tweens');
    expect([...reached].filter((name) => !loaded.has(name))).toEqual([]);
  });

  it('is built for WebGL alone, without the sound manager or debugging aids', () => {
    expect(PHASER_FLAGS).toMatchObject({
      'typeof WEBGL_RENDERER': 'true',
      'typeof CANVAS_RENDERER': 'false',
      'typeof FEATURE_SOUND': 'false',
      'typeof WEBGL_DEBUG': 'false',
    });
    // Every flag Phaser's sources test is set, so none is left to the browser (where it would be undefined).
    const tested = new Set(
      filesUnder(PHASER_SRC, '.js').flatMap((file) => matches(readFileSync(file, 'utf8'), /typeof ([A-Z][A-Z0-9_]+)\b/g)),
    );
    const flags = [...tested].filter((name) => /^(WEBGL_|CANVAS_|FEATURE_|PLUGIN_)/.test(name));
    expect(flags.filter((name) => PHASER_FLAGS[`typeof ${name}`] === undefined)).toEqual([]);
  });
});
