/**
 * What the game asks of sound: play a story's cue, loop the scene's ambience, stop, and follow the
 * trainee's mute and volume. The howler implementation plays real files; the fake records the cues
 * for tests. Captions are not its business: the narration log shows one for every cue, heard or not.
 */
import type { Place } from '../scene-picture.js';

export type SoundCue =
  /** A story's `#sfx:` id, played once. */
  | { readonly kind: 'sfx'; readonly id: string }
  /** The sound of the scene a story names with `#bg:` (or the default one), looped under the story. */
  | { readonly kind: 'ambience'; readonly id: Place };

export interface AudioPreferences {
  readonly muted: boolean;
  /** 0 (silent) to 1 (full). */
  readonly volume: number;
}

export interface AudioService {
  /** A one-shot cue plays once; an ambience replaces the one before it and loops. */
  play(cue: SoundCue): void;
  /** Stops the ambience and anything still sounding: the encounter is over or was left. */
  stop(): void;
  setPreferences(preferences: AudioPreferences): void;
}

/** Whether a cue is a loop: the scene's ambience. */
export function isAmbience(cue: SoundCue): cue is Extract<SoundCue, { kind: 'ambience' }> {
  return cue.kind === 'ambience';
}

/** A cue as one word for logs and test hooks: `sfx:snoring`, `ambience:apartment`. */
export function cueName(cue: SoundCue): string {
  return `${cue.kind}:${cue.id}`;
}
