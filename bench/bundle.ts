/**
 * Bundle figures: the trainee page's gzip size split into app code, Phaser, the inkjs runtime, the
 * sound worker and other assets, beside an empty Phaser 4 game built on the fly: the stock Phaser
 * build (the yardstick) and the same empty game on the game's own trimmed Phaser.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { PHASER_ALIAS, PHASER_FLAGS, vendorChunk } from '../vite.config.js';
import { REPO_ROOT } from '../src/tooling/paths.js';

export interface BundleFigures {
  readonly appKb: number;
  /** Every shipped scenario's compiled story, each language: a trainee loads one when starting it. */
  readonly storiesKb: number;
  readonly largestStoryKb: number;
  /** The game's strings in the language that weighs most: a trainee downloads the one they play in. */
  readonly stringsKb: number;
  /** Every language's strings, each downloaded only when chosen. */
  readonly allStringsKb: number;
  readonly phaserKb: number;
  readonly inkjsKb: number;
  readonly vendorKb: number;
  /** The worker that synthesises every sound on the device: what a trainee downloads for sound. */
  readonly soundsKb: number;
  readonly assetsKb: number;
  readonly totalKb: number;
  /** The empty game on Phaser's stock build: the yardstick. */
  readonly emptyPhaserKb: number;
  readonly ratio: number;
  /** The empty game on the game's trimmed Phaser (src/ui/phaser/phaser-build.ts). */
  readonly emptyTrimmedPhaserKb: number;
  readonly ratioVsTrimmed: number;
  readonly appDir: string;
  readonly emptyDir: string;
}

const WORK = path.join(REPO_ROOT, 'bench', '.work');

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
  readonly assets?: readonly string[];
}

/** The game's strings in one language (src/i18n/parts/<locale>-core.ts): the language, or nothing. */
const stringsLanguage = (file: string): string | undefined => /^([a-z]{2})-core-/.exec(path.basename(file))?.[1];

/**
 * Every file the game page can load (its entry, static and dynamic imports, their CSS and the files
 * they load themselves, such as the sound worker), and which are stories.
 */
function gamePageFiles(outDir: string): { files: Set<string>; stories: Set<string> } {
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>(['index.html']);
  const stories = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    if (key.endsWith('.ink')) stories.add(chunk.file);
    for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) visit(next);
  };
  visit('index.html');
  return { files, stories };
}

/**
 * An empty Phaser 4 game (one scene, WebGL) built with the same Vite settings: on Phaser's stock
 * build, or (`trimmed`) on the game's own build of Phaser, with its aliases and build flags.
 */
async function emptyGameKb(name: string, trimmed: boolean): Promise<number> {
  const source = path.join(WORK, `${name}-src`);
  const outDir = path.join(WORK, name);
  mkdirSync(source, { recursive: true });
  writeFileSync(
    path.join(source, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty Phaser</title></head><body><div id="game"></div><script type="module" src="./main.ts"></script></body></html>',
  );
  writeFileSync(
    path.join(source, 'main.ts'),
    `import * as Phaser from 'phaser';
new Phaser.Game({ type: Phaser.WEBGL, parent: 'game', width: 800, height: 450, scene: { create() { performance.mark('empty:interactive'); } } });
`,
  );
  await build({
    root: source,
    configFile: false,
    base: './',
    logLevel: 'error',
    ...(trimmed ? { resolve: { alias: PHASER_ALIAS }, define: PHASER_FLAGS } : {}),
    build: { outDir, emptyOutDir: true, target: 'es2022', rolldownOptions: { output: { manualChunks: vendorChunk } } },
  });
  return filesUnder(outDir).reduce((sum, file) => sum + gzipKb(file), 0);
}

export async function measureBundle(): Promise<BundleFigures> {
  rmSync(WORK, { recursive: true, force: true });
  const appDir = path.join(WORK, 'app');
  await build({ root: REPO_ROOT, logLevel: 'error', build: { outDir: appDir, emptyOutDir: true, manifest: true } });

  const sizes = { app: 0, phaser: 0, inkjs: 0, vendor: 0, sounds: 0, assets: 0, stories: 0 };
  let largestStory = 0;
  const strings = new Map<string, number>();
  const { files, stories } = gamePageFiles(appDir);
  for (const relative of files) {
    const kb = gzipKb(path.join(appDir, relative));
    const name = path.basename(relative);
    const language = stringsLanguage(relative);
    if (stories.has(relative)) {
      sizes.stories += kb;
      largestStory = Math.max(largestStory, kb);
    } else if (language) strings.set(language, (strings.get(language) ?? 0) + kb);
    else if (name.startsWith('phaser')) sizes.phaser += kb;
    else if (name.startsWith('synth-worker')) sizes.sounds += kb;
    else if (name.startsWith('inkjs')) sizes.inkjs += kb;
    else if (/^(vendor|howler)/.test(name)) sizes.vendor += kb;
    else sizes.app += kb;
  }
  // Sounds are made on the device (the worker above) and the pictures drawn: only images and fonts, if any.
  for (const file of filesUnder(path.join(appDir, 'assets'))) {
    if (/\.(ogg|mp3|wav|svg|png|woff2?)$/.test(file)) sizes.assets += gzipKb(file);
  }
  for (const file of ['favicon.svg', 'manifest.webmanifest']) {
    try {
      sizes.assets += gzipKb(path.join(appDir, file));
    } catch {
      // Not every build has a web app manifest.
    }
  }

  const emptyPhaserKb = await emptyGameKb('empty-phaser', false);
  const emptyTrimmedPhaserKb = await emptyGameKb('empty-trimmed-phaser', true);
  if (strings.size === 0) throw new Error('bench: no <locale>-core chunk in the game page: has src/i18n/load-game-locale.ts changed?');
  const largestStrings = Math.max(...strings.values());
  // What a trainee downloads to play one scenario: the code, the assets, one language and one story.
  const total = sizes.app + sizes.phaser + sizes.inkjs + sizes.vendor + sizes.sounds + sizes.assets + largestStrings + largestStory;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    appKb: round(sizes.app),
    storiesKb: round(sizes.stories),
    largestStoryKb: round(largestStory),
    stringsKb: round(largestStrings),
    allStringsKb: round([...strings.values()].reduce((a, b) => a + b, 0)),
    phaserKb: round(sizes.phaser),
    inkjsKb: round(sizes.inkjs),
    vendorKb: round(sizes.vendor),
    soundsKb: round(sizes.sounds),
    assetsKb: round(sizes.assets),
    totalKb: round(total),
    emptyPhaserKb: round(emptyPhaserKb),
    ratio: Math.round((total / emptyPhaserKb) * 100) / 100,
    emptyTrimmedPhaserKb: round(emptyTrimmedPhaserKb),
    ratioVsTrimmed: Math.round((total / emptyTrimmedPhaserKb) * 100) / 100,
    appDir,
    emptyDir: path.join(WORK, 'empty-phaser'),
  };
}
