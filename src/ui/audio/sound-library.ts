/**
 * Which sound each cue plays, read from assets/manifest.json (the list the scenario checker also
 * reads): the name of the recipe the page synthesises it from, and whether it loops.
 */
import manifest from '../../../assets/manifest.json';
import type { SoundCue } from './audio-service.js';

export interface SoundSource {
  /** The sound's recipe (src/ui/audio/synth/recipes.ts). */
  readonly sound: string;
  readonly loop: boolean;
}

interface ManifestSound {
  readonly sound: string;
}

const sfx: ReadonlyMap<string, ManifestSound> = new Map(Object.entries(manifest.sfx));
const ambience: ReadonlyMap<string, ManifestSound> = new Map(Object.entries(manifest.bg).map(([place, bg]) => [place, bg.ambience]));

/** The sound of a cue, or `undefined` for an id the manifest does not list (the checker reports those). */
export function soundSource(cue: SoundCue): SoundSource | undefined {
  const sound = cue.kind === 'sfx' ? sfx.get(cue.id) : ambience.get(cue.id);
  return sound ? { sound: sound.sound, loop: cue.kind === 'ambience' } : undefined;
}
