/**
 * Sound cues through howler, loaded only once sound is wanted. Silent when the trainee turned sound
 * off on the title screen.
 */
import { TONES, toneDataUri, type ToneName } from './tones.js';

export interface SoundPlayer {
  play(tone: ToneName): void;
  setEnabled(enabled: boolean): void;
}

type HowlerModule = typeof import('howler');

export function createSoundPlayer(enabled: boolean): SoundPlayer {
  let on = enabled;
  let howler: Promise<HowlerModule> | undefined;
  const sounds = new Map<ToneName, InstanceType<HowlerModule['Howl']>>();

  const load = (): Promise<HowlerModule> => (howler ??= import('howler'));

  return {
    play(tone) {
      if (!on) return;
      void load().then(({ Howl }) => {
        let sound = sounds.get(tone);
        if (!sound) {
          sound = new Howl({ src: [toneDataUri(TONES[tone])], format: ['wav'], volume: 0.5 });
          sounds.set(tone, sound);
        }
        sound.play();
      });
    },
    setEnabled(enabled) {
      on = enabled;
    },
  };
}
