/**
 * The AudioService that plays: howler over Web Audio, loaded with the first sound that is wanted, so
 * a trainee who turned sound off never loads it. Each sound is synthesised on first use (the sound
 * maker) and howler plays it from then on.
 */
import { cueName, type AudioPreferences, type AudioService, type SoundCue } from './audio-service.js';
import { createSoundMaker, type SoundMaker } from './sound-maker.js';
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

/** Browser tests (e2e builds) read whether each sound reached howler and decoded. */
function recordLoad(howl: Howl, name: string): void {
  const w = window as unknown as { goodCallSoundLoads?: { cue: string; loaded: boolean; error?: string }[] };
  const loads = (w.goodCallSoundLoads ??= []);
  howl.once('load', () => loads.push({ cue: name, loaded: true }));
  howl.once('loaderror', (_id, error) => loads.push({ cue: name, loaded: false, error: String(error) }));
}

export function createHowlerAudio(
  initial: AudioPreferences,
  sourceOf: (cue: SoundCue) => SoundSource | undefined = soundSource,
  maker: SoundMaker = createSoundMaker(),
): AudioService {
  let preferences = initial;
  let howler: Promise<HowlerModule> | undefined;
  let loaded: HowlerModule | undefined;
  const howls = new Map<string, Promise<Howl | undefined>>();
  let ambience: WantedAmbience | null = null;
  // Bumped by stop(): a sound that is ready only after the encounter was left plays nothing.
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

  /** The cue's Howl, once howler is loaded and the sound made; `undefined` for a sound that cannot be made. */
  const howlFor = (cue: SoundCue): Promise<Howl | undefined> => {
    const name = cueName(cue);
    let known = howls.get(name);
    if (!known) {
      const source = sourceOf(cue);
      known = source
        ? Promise.all([load(), maker.url(source.sound)]).then(
            ([module, url]) => {
              const howl = new module.Howl({ src: [url], format: ['wav'], loop: source.loop, volume: source.loop ? AMBIENCE_LEVEL : 1 });
              if (import.meta.env.MODE === 'e2e') recordLoad(howl, name);
              return howl;
            },
            // The caption is shown whether or not the sound could be made.
            () => undefined,
          )
        : Promise.resolve(undefined);
      howls.set(name, known);
    }
    return known;
  };

  const startAmbience = (): void => {
    const wanted = ambience;
    if (!wanted || wanted.playing || !audible()) return;
    const started = generation;
    void howlFor(wanted.cue).then((howl) => {
      if (started !== generation || ambience !== wanted || wanted.playing || !audible()) return;
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
      void howlFor(cue).then((howl) => {
        if (started === generation && audible()) howl?.play();
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
