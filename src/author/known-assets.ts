/**
 * The scene pictures and sounds the game knows, from `assets/manifest.json` when the game ships one,
 * so the preview checks `#bg:` and `#sfx:` ids exactly as `scenarios:check` does. Bundled into the
 * compile worker: nothing is fetched.
 */
import type { KnownAssets } from '../engine/story/check-tags.js';

interface AssetsManifestShape {
  readonly bg?: Readonly<Record<string, unknown>>;
  readonly sfx?: Readonly<Record<string, unknown>>;
}

const manifests = import.meta.glob<AssetsManifestShape>('/assets/manifest.json', { eager: true, import: 'default' });

export function knownAssets(): KnownAssets | undefined {
  const manifest = Object.values(manifests)[0];
  return manifest ? { bg: new Set(Object.keys(manifest.bg ?? {})), sfx: new Set(Object.keys(manifest.sfx ?? {})) } : undefined;
}
