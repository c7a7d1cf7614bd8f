/** Reads `assets/manifest.json` for the ids of scene art and sounds that stories may name. */
import { existsSync, readFileSync } from 'node:fs';
import type { KnownAssets } from '../engine/story/check-tags.js';
import { ASSETS_MANIFEST } from './paths.js';

interface AssetsManifestShape {
  readonly bg?: Readonly<Record<string, unknown>>;
  readonly sfx?: Readonly<Record<string, unknown>>;
}

/** The known ids, or `undefined` while the game ships no manifest (then unknown ids are only warnings). */
export function loadKnownAssets(file = ASSETS_MANIFEST): KnownAssets | undefined {
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as AssetsManifestShape;
  return { bg: new Set(Object.keys(manifest.bg ?? {})), sfx: new Set(Object.keys(manifest.sfx ?? {})) };
}
