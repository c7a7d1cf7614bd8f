/**
 * Sounds the scene makes that no story line tags. In assess mode the clock alone can bring EMS to
 * the door between picks: the picture shows the ambulance's lights, so the trainee also hears (and
 * reads) its siren. A story that tags the siren itself where EMS arrives is not doubled.
 */
import type { Line, ObservableState } from '../../engine/index.js';
import type { Translate } from '../../i18n/translator.js';
import type { AudioService, SoundCue } from './audio-service.js';
import { captionOf, type Caption } from './story-sounds.js';

/** The parts of the scene that make a sound when they change. */
export type HeardState = Pick<ObservableState, 'emsOnScene' | 'elapsedSeconds'>;

const SIREN: SoundCue = { kind: 'sfx', id: 'siren' };

/** The cues the change from `before` to `after` makes, given the lines the story told with it. */
export function sceneCues(before: HeardState, after: HeardState, told: readonly Line[] = []): SoundCue[] {
  if (!after.emsOnScene || before.emsOnScene) return [];
  if (told.some((line) => line.sfx.includes(SIREN.id))) return [];
  return [SIREN];
}

/** A batch for the narration log: one line with no text, carrying the captions of the scene's sounds. */
export interface SceneSoundBatch {
  readonly lines: readonly Line[];
  readonly captions: readonly (readonly Caption[])[];
}

export interface SceneSounds {
  /**
   * Plays what the scene sounds like now that it is `state` (the lines the story told with the
   * change, if it came with a pick), and returns the captions to add to the narration, or
   * `undefined` when the scene made no sound.
   */
  hear(state: HeardState, told?: readonly Line[]): SceneSoundBatch | undefined;
}

export function followSceneSounds(start: HeardState, audio: AudioService, t: Translate): SceneSounds {
  let before = start;
  return {
    hear(state, told) {
      const cues = sceneCues(before, state, told);
      before = state;
      if (cues.length === 0) return undefined;
      for (const cue of cues) audio.play(cue);
      const line: Line = { text: '', sfx: [], events: [], at: state.elapsedSeconds };
      return { lines: [line], captions: [cues.map((cue) => captionOf(cue, t))] };
    },
  };
}
