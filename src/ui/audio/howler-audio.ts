/**
 * The AudioService that plays: howler over Web Audio, loaded with the first sound that is wanted, so
 * a trainee who turned sound off never downloads it. Each sound's files are fetched on first use.
 */
import { cueName, type AudioPreferences, type AudioService, type SoundCue } from './audio-service.js';
import { soundSource, type SoundSource } from './sound-library.js';

import type * as HowlerTypes from 'howler';

// howler itself loads on first use (a dynamic import): only its types are imported above.
type HowlerModule = typeof HowlerTypes;
type Howl = HowlerTypes.Howl;

/** Ambience sits well under the story's cues. */
const AMBIENCE_LEVEL = 0.35;
const AMBIENCE_FADE_MS = 700;

interface WantedAmbience {
  readonly cue: SoundCue;
  playing?: { readonly howl: Howl; readonly id: number };
}

export function createHowlerAudio(
  initial: AudioPreferences,
  sourceOf: (cue: SoundCue) => SoundSource | undefined = soundSource,
): AudioService {
  let preferences = initial;
  let howler: Promise<HowlerModule> | undefined;
  let loaded: HowlerModule | undefined;
  const howls = new Map<string, Howl>();
  let ambience: WantedAmbience | null = null;
  // Bumped by stop(): a file that finishes loading after the encounter was left plays nothing.
  let generation = 0;

  const audible = (): boolean => !preferences.muted && preferences.volume > 0;

  const applyPreferences = (module: HowlerModule): void => {
    module.Howler.volume(preferences.volume);
    module.Howler.mute(preferences.muted);
  };

  const load = (): Promise<HowlerModule> =>
    (howler ??= import('howler').then((module) => {
      loaded = module;
      applyPreferences(module);
      return module;
    }));

  const howlFor = (module: HowlerModule, cue: SoundCue): Howl | undefined => {
    const name = cueName(cue);
    const known = howls.get(name);
    if (known) return known;
    const source = sourceOf(cue);
    if (!source) return undefined;
    const howl = new module.Howl({ src: [...source.urls], loop: source.loop, volume: source.loop ? AMBIENCE_LEVEL : 1 });
    howls.set(name, howl);
    return howl;
  };

  const startAmbience = (): void => {
    const wanted = ambience;
    if (!wanted || wanted.playing || !audible()) return;
    const started = generation;
    void load().then((module) => {
      if (started !== generation || ambience !== wanted || wanted.playing || !audible()) return;
      const howl = howlFor(module, wanted.cue);
      if (!howl) return;
      const id = howl.play();
      howl.fade(0, AMBIENCE_LEVEL, AMBIENCE_FADE_MS, id);
      wanted.playing = { howl, id };
    });
  };

  const silenceAmbience = (): void => {
    const playing = ambience?.playing;
    if (!playing || !ambience) return;
    ambience.playing = undefined;
    const { howl, id } = playing;
    howl.once('fade', () => howl.stop(id), id);
    howl.fade(howl.volume(id) as number, 0, AMBIENCE_FADE_MS, id);
  };

  return {
    play(cue) {
      if (cue.kind === 'ambience') {
        if (ambience && cueName(ambience.cue) === cueName(cue)) return;
        silenceAmbience();
        ambience = { cue };
        startAmbience();
        return;
      }
      if (!audible()) return;
      const started = generation;
      void load().then((module) => {
        if (started === generation && audible()) howlFor(module, cue)?.play();
      });
    },
    stop() {
      generation++;
      ambience = null;
      loaded?.Howler.stop();
    },
    setPreferences(next) {
      preferences = next;
      if (loaded) applyPreferences(loaded);
      if (audible()) startAmbience();
      else silenceAmbience();
    },
  };
}
