/**
 * Where each sound's files are, read from assets/manifest.json (the list the scenario checker also
 * reads) and resolved to the URLs the build gave them. Files are served from the game's own origin.
 */
import manifest from '../../../assets/manifest.json';
import type { SoundCue } from './audio-service.js';

export interface SoundSource {
  /** The same sound in each format, best first: howler plays the first the browser can. */
  readonly urls: readonly string[];
  readonly loop: boolean;
}

interface ManifestSound {
  readonly files: readonly string[];
}

// Keyed by path from the project root; `?url` makes each a file of the build, never inlined.
const fileUrls = import.meta.glob<string>('/assets/sounds/*.{ogg,mp3}', { eager: true, query: '?url', import: 'default' });

function urlsOf(sound: ManifestSound): string[] {
  return sound.files.map((file) => fileUrls[`/assets/${file}`]).filter((url): url is string => url !== undefined);
}

const sfx: ReadonlyMap<string, ManifestSound> = new Map(Object.entries(manifest.sfx));
const ambience: ReadonlyMap<string, ManifestSound> = new Map(Object.entries(manifest.bg).map(([place, bg]) => [place, bg.ambience]));

/** The files of a cue, or `undefined` for an id the manifest does not list (the checker reports those). */
export function soundSource(cue: SoundCue): SoundSource | undefined {
  const sound = cue.kind === 'sfx' ? sfx.get(cue.id) : ambience.get(cue.id);
  if (!sound) return undefined;
  const urls = urlsOf(sound);
  return urls.length > 0 ? { urls, loop: cue.kind === 'ambience' } : undefined;
}
