/**
 * What a story sounds like as it is told: each line's `#sfx` cues, and the scene's ambience wherever
 * the place changes (at the first line, the scenario's default place unless it names one). Every
 * cue comes back with its caption for the narration log, so nothing is heard that is not also shown.
 */
import type { Line, ScenarioKind } from '../../engine/index.js';
import type { Translate } from '../../i18n/translator.js';
import { defaultPlace, isPlace, type Place } from '../scene-picture.js';
import { cueName, type AudioService, type SoundCue } from './audio-service.js';

export interface Caption {
  /** `sfx:<id>` or `ambience:<place>`, for styling and tests. */
  readonly cue: string;
  readonly text: string;
}

export interface StoryAudio {
  /**
   * The captions of each line, in the lines' order; the cues are played unless `quietly` (lines
   * replayed from an earlier attempt are captioned, not heard all at once).
   */
  tell(lines: readonly Line[], options?: { readonly quietly?: boolean }): Caption[][];
  /** After quiet lines: the ambience of the place the story has reached. */
  resumeAmbience(): void;
}

/** The cues of each line, following the place from one batch of lines to the next. */
export function followStorySounds(kind: ScenarioKind): (lines: readonly Line[]) => SoundCue[][] {
  let place: Place | undefined;
  return (lines) =>
    lines.map((line) => {
      const cues: SoundCue[] = [];
      const here = isPlace(line.bg) ? line.bg : (place ?? defaultPlace(kind));
      if (here !== place) {
        place = here;
        cues.push({ kind: 'ambience', id: here });
      }
      for (const id of line.sfx) cues.push({ kind: 'sfx', id });
      return cues;
    });
}

export function captionOf(cue: SoundCue, t: Translate): Caption {
  const text =
    cue.kind === 'sfx'
      ? t('ui.audio.captions.sound', { sound: t(`ui.audio.sounds.${cue.id}`, { defaultValue: cue.id.replace(/_/g, ' ') }) })
      : t('ui.audio.captions.ambience', { sound: t(`ui.audio.ambience.${cue.id}`) });
  return { cue: cueName(cue), text };
}

export function createStoryAudio(kind: ScenarioKind, audio: AudioService, t: Translate): StoryAudio {
  const hear = followStorySounds(kind);
  let ambience: SoundCue | undefined;
  return {
    tell(lines, options = {}) {
      const cues = hear(lines);
      for (const cue of cues.flat()) {
        if (cue.kind === 'ambience') ambience = cue;
        if (!options.quietly) audio.play(cue);
      }
      return cues.map((lineCues) => lineCues.map((cue) => captionOf(cue, t)));
    },
    resumeAmbience() {
      if (ambience) audio.play(ambience);
    },
  };
}
