/**
 * An AudioService that plays nothing and remembers everything: unit tests use it directly, and an
 * e2e build uses it when the page is opened with `?audio=fake` (src/main.ts), so browser tests can
 * check which cues a path played.
 */
import { cueName, isAmbience, type AudioPreferences, type AudioService, type SoundCue } from './audio-service.js';

export interface RecordedCue {
  /** `sfx:<id>` or `ambience:<place>`. */
  readonly name: string;
  /** Whether the trainee would have heard it: sound on and the volume above zero. */
  readonly audible: boolean;
}

export interface FakeAudio extends AudioService {
  readonly cues: readonly RecordedCue[];
  /** The ambience looping now, if any. */
  readonly ambience: string | null;
  readonly preferences: AudioPreferences;
  /** How many times everything was stopped. */
  readonly stops: number;
}

export function createFakeAudio(initial: AudioPreferences = { muted: false, volume: 1 }): FakeAudio {
  const cues: RecordedCue[] = [];
  let ambience: string | null = null;
  let preferences = initial;
  let stops = 0;
  return {
    get cues() {
      return cues;
    },
    get ambience() {
      return ambience;
    },
    get preferences() {
      return preferences;
    },
    get stops() {
      return stops;
    },
    play(cue: SoundCue) {
      cues.push({ name: cueName(cue), audible: !preferences.muted && preferences.volume > 0 });
      if (isAmbience(cue)) ambience = cueName(cue);
    },
    stop() {
      ambience = null;
      stops++;
    },
    setPreferences(next) {
      preferences = next;
    },
  };
}
