/**
 * How each of the game's sounds is made: story cues (`#sfx:` ids) and one ambience loop per scene
 * (`#bg:` ids). Everything is synthesised here from noise and oscillators: no recording, no sample
 * from anywhere else. Each recipe has its own seed so that changing one never changes another.
 */
import {
  Biquad,
  bandpass,
  brownNoise,
  fadeEnds,
  highpass,
  hit,
  lowpass,
  mixInto,
  normalize,
  saturate,
  sawtooth,
  SAMPLE_RATE,
  seamlessLoop,
  seededRandom,
  shape,
  silence,
  swell,
  tone,
  whiteNoise,
  type Signal,
} from './dsp.js';

export interface Recipe {
  /** The sound's name, as assets/manifest.json gives it for each cue and ambience. */
  readonly name: string;
  /** Loops play seamlessly and quietly under the story; one-shots play once per cue. */
  readonly loop: boolean;
  readonly make: () => Signal;
}

/** Loud enough to hear over the ambience, with headroom for the encoder. */
const CUE_PEAK = 0.85;
/** Ambience sits under everything else; the player lowers it further. */
const AMBIENCE_PEAK = 0.5;
const LOOP_SECONDS = 8;
const LOOP_FADE = 0.5;

function cue(make: () => Signal): () => Signal {
  return () => normalize(fadeEnds(make()), CUE_PEAK);
}

function ambience(make: (seconds: number) => Signal): () => Signal {
  return () => normalize(seamlessLoop(make(LOOP_SECONDS + LOOP_FADE), LOOP_SECONDS, LOOP_FADE), AMBIENCE_PEAK);
}

/** A click: a few milliseconds of filtered noise. */
function click(random: () => number, frequency: number, decay = 400): Signal {
  return shape(bandpass(whiteNoise(0.05, random), frequency, 1.5), hit(0.001, decay));
}

/** A struck resonant body: decaying partials at the given frequencies. */
function ring(seconds: number, partials: readonly [frequency: number, amplitude: number][], decay: number): Signal {
  const out = silence(seconds);
  for (const [frequency, amplitude] of partials)
    mixInto(out, shape(tone(seconds, frequency), hit(0.002, decay * (1 + frequency / 2000))), 0, amplitude);
  return out;
}

const carDoor = cue(() => {
  const random = seededRandom(11);
  const out = silence(0.9);
  mixInto(out, click(random, 2500, 300), 0, 0.5);
  mixInto(
    out,
    shape(
      tone(0.6, (t) => 75 - t * 20),
      hit(0.004, 14),
    ),
    0.02,
    1,
  );
  mixInto(out, shape(bandpass(whiteNoise(0.4, random), 180, 1.5), hit(0.002, 22)), 0.02, 1.6);
  mixInto(
    out,
    ring(
      0.7,
      [
        [420, 0.25],
        [910, 0.15],
        [1530, 0.08],
      ],
      9,
    ),
    0.02,
    1,
  );
  mixInto(out, click(random, 3200, 500), 0.09, 0.35);
  return out;
});

const footsteps = cue(() => {
  const random = seededRandom(12);
  const out = silence(2.1);
  [0.08, 0.58, 1.1, 1.6].forEach((at, n) => {
    const weight = 0.85 + random() * 0.3;
    mixInto(out, shape(tone(0.2, 95 - n * 3), hit(0.003, 35)), at, weight);
    mixInto(out, shape(lowpass(whiteNoise(0.12, random), 500), hit(0.002, 40)), at, weight * 0.9);
    mixInto(out, shape(bandpass(whiteNoise(0.12, random), 1700, 0.9), hit(0.01, 30)), at + 0.07, weight * 0.35);
  });
  return out;
});

const doorKnock = cue(() => {
  const random = seededRandom(13);
  const out = silence(1.2);
  [0.04, 0.3, 0.56].forEach((at, n) => {
    const weight = n === 2 ? 1.1 : 1;
    mixInto(out, click(random, 1900, 600), at, 0.4 * weight);
    mixInto(out, shape(bandpass(whiteNoise(0.3, random), 230, 6), hit(0.001, 28)), at, 3 * weight);
    mixInto(out, shape(tone(0.25, 150), hit(0.002, 40)), at, 0.7 * weight);
  });
  return out;
});

const phoneCamera = cue(() => {
  const random = seededRandom(14);
  const out = silence(0.32);
  mixInto(out, click(random, 3400, 250), 0.01, 1);
  mixInto(out, ring(0.1, [[2900, 0.2]], 60), 0.01, 1);
  mixInto(out, click(random, 2600, 300), 0.1, 0.8);
  return out;
});

const sharpsContainer = cue(() => {
  const random = seededRandom(15);
  const out = silence(0.9);
  mixInto(out, click(random, 2400, 300), 0.02, 1);
  mixInto(
    out,
    ring(
      0.3,
      [
        [1800, 0.3],
        [2700, 0.2],
        [4100, 0.1],
      ],
      35,
    ),
    0.02,
    1,
  );
  [0.16, 0.23, 0.31].forEach((at, n) => mixInto(out, ring(0.12, [[3300 + n * 350, 0.25]], 55), at, 0.8 - n * 0.2));
  mixInto(out, click(random, 2000, 350), 0.5, 0.7);
  return out;
});

const naloxoneSpray = cue(() => {
  const random = seededRandom(16);
  const out = silence(0.7);
  mixInto(out, click(random, 1800, 350), 0, 0.6);
  const hiss = bandpass(highpass(whiteNoise(0.45, random), 2800), 6000, 0.8);
  mixInto(
    out,
    shape(hiss, (t) => Math.min(1, t / 0.01) * (t < 0.3 ? 1 : Math.exp(-(t - 0.3) * 25))),
    0.03,
    1.2,
  );
  return out;
});

const cough = cue(() => {
  const random = seededRandom(17);
  const out = silence(1.5);
  const one = (strength: number): Signal => {
    const burst = whiteNoise(0.35, random);
    const body = bandpass(burst, 520, 1.2);
    const upper = bandpass(burst, 1500, 2);
    const voiced = lowpass(
      sawtooth(0.35, (t) => 190 - t * 120),
      900,
    );
    const sound = silence(0.35);
    mixInto(sound, body, 0, 1.4);
    mixInto(sound, upper, 0, 0.6);
    mixInto(sound, voiced, 0, 0.25);
    return shape(sound, (t) => hit(0.006, 11)(t) * strength);
  };
  mixInto(out, one(1), 0.02);
  mixInto(out, shape(highpass(whiteNoise(0.25, random), 1200), swell(0.25)), 0.42, 0.05);
  mixInto(out, one(0.8), 0.7);
  mixInto(out, one(0.55), 1.05);
  return out;
});

/** One slow, loud snore: the soft palate fluttering on the way in, a quiet breath out, then a pause. */
const snoring = cue(() => {
  const random = seededRandom(18);
  const out = silence(3.6);
  const inhale = 1.5;
  const flutter = (t: number): number => (0.35 + 0.65 * Math.max(0, Math.sin(2 * Math.PI * 31 * t)) ** 3) * swell(inhale)(t) ** 0.7;
  const rattle = shape(lowpass(bandpass(whiteNoise(inhale, random), 330, 1.3), 1400), flutter);
  const tonal = shape(
    lowpass(
      sawtooth(inhale, (t) => 93 + 6 * Math.sin(t * 3)),
      700,
    ),
    flutter,
  );
  mixInto(out, rattle, 0.1, 2.2);
  mixInto(out, tonal, 0.1, 0.35);
  mixInto(out, shape(bandpass(whiteNoise(1.3, random), 800, 0.7), swell(1.3)), 1.9, 0.18);
  return out;
});

/** Agonal breathing: two gasps, far apart and irregular, with a wet catch in the throat. */
const agonalBreathing = cue(() => {
  const random = seededRandom(19);
  const out = silence(3.4);
  const gasp = (seconds: number, strength: number): Signal => {
    const catchInThroat = (t: number): number => 0.55 + 0.45 * Math.sin(2 * Math.PI * (17 + random() * 3) * t);
    const air = bandpass(whiteNoise(seconds, random), 950, 0.8);
    const voice = lowpass(
      sawtooth(seconds, (t) => 115 - t * 60),
      600,
    );
    const sound = silence(seconds);
    mixInto(sound, air, 0, 1.3);
    mixInto(sound, voice, 0, 0.3);
    return shape(sound, (t) => Math.min(1, t / 0.03) * Math.exp(-t * 6) * catchInThroat(t) * strength);
  };
  mixInto(out, gasp(0.45, 1), 0.1);
  mixInto(out, gasp(0.35, 0.7), 2.3);
  return out;
});

/** An ambulance's wail on its way in: rising and falling, a little muffled by distance. */
const siren = cue(() => {
  const out = silence(3.6);
  const wail = tone(3.6, (t) => 1050 + 380 * Math.sin(2 * Math.PI * 0.32 * t - Math.PI / 2), [1, 0.35, 0.18, 0.08]);
  mixInto(
    out,
    shape(lowpass(wail, 2600), (t) => Math.min(1, t / 0.8) * Math.min(1, (3.6 - t) / 0.7)),
    0,
    1,
  );
  return out;
});

/** Radio traffic: squelch, a burst of speech-like babble through a small speaker, a beep, squelch. */
const radioDispatch = cue(() => {
  const random = seededRandom(20);
  const total = 2.7;
  const out = silence(total);
  const squelch = (seconds: number): Signal =>
    shape(bandpass(whiteNoise(seconds, random), 1600, 0.7), (t) => Math.min(1, t / 0.005) * Math.min(1, (seconds - t) / 0.02));
  mixInto(out, squelch(0.08), 0, 0.7);
  mixInto(out, babble(2.0, random), 0.12, 1);
  mixInto(
    out,
    shape(tone(0.09, 1250), (t) => Math.min(1, t / 0.005, (0.09 - t) / 0.005)),
    2.2,
    0.18,
  );
  mixInto(out, squelch(0.14), 2.35, 0.9);
  mixInto(out, highpass(whiteNoise(total, random), 1200), 0, 0.02);
  return saturate(lowpass(highpass(out, 350), 2900), 2.2);
});

/** Vowel formants (F1, F2, F3 in hertz): enough to make a voice without words in any language. */
const VOWELS: readonly [number, number, number][] = [
  [730, 1090, 2440],
  [270, 2290, 3010],
  [300, 870, 2240],
  [530, 1840, 2480],
  [570, 840, 2410],
  [660, 1720, 2410],
];

/** Speech-like babble: syllables of a buzzing voice through moving formant filters, with breaks. */
function babble(seconds: number, random: () => number): Signal {
  interface Syllable {
    readonly start: number;
    readonly end: number;
    readonly vowel: readonly [number, number, number];
  }
  const syllables: Syllable[] = [];
  let t = 0.02;
  while (t < seconds - 0.15) {
    const length = 0.09 + random() * 0.12;
    syllables.push({ start: t, end: t + length, vowel: VOWELS[Math.floor(random() * VOWELS.length)] ?? VOWELS[0]! });
    t += length + (random() < 0.15 ? 0.18 : 0.025 + random() * 0.05);
  }
  const pitch = (time: number): number => 135 + 18 * Math.sin(time * 2.1) - 20 * (time / seconds);
  const source = sawtooth(seconds, pitch);
  const hiss = whiteNoise(seconds, random);
  const filters = [Biquad.bandpass(700, 5), Biquad.bandpass(1200, 8), Biquad.bandpass(2400, 10)];
  const gains = [1, 0.55, 0.25];
  const out = silence(seconds);
  const block = 32;
  let current = syllables[0]?.vowel ?? VOWELS[0]!;
  for (let i = 0; i < out.length; i++) {
    const time = i / SAMPLE_RATE;
    const syllable = syllables.find((s) => time >= s.start && time < s.end);
    if (i % block === 0) {
      const target = syllable?.vowel ?? current;
      current = [0, 1, 2].map((k) => current[k]! + (target[k]! - current[k]!) * 0.12) as unknown as [number, number, number];
      filters.forEach((filter, k) => filter.setBandpass(current[k]!, [5, 8, 10][k]!));
    }
    const envelope = syllable ? Math.min(1, (time - syllable.start) / 0.015, (syllable.end - time) / 0.03) : 0;
    // Between syllables, now and then, the hiss of a consonant.
    const consonant = !syllable && i % 2048 < 600 ? 0.12 : 0;
    const excitation = (source[i] ?? 0) * envelope + (hiss[i] ?? 0) * (consonant + envelope * 0.05);
    out[i] = filters.reduce((sum, filter, k) => sum + filter.process(excitation) * gains[k]!, 0);
  }
  return out;
}

/** Inside the patrol car: the engine idling, the cabin's rumble and the fan of the car's computer. */
const patrolCarAmbience = ambience((seconds) => {
  const random = seededRandom(31);
  const out = silence(seconds);
  const idle = tone(seconds, 27, [0.5, 0.8, 0.6, 0.4, 0.25, 0.15]);
  mixInto(
    out,
    lowpass(
      shape(idle, (t) => 0.85 + 0.15 * Math.sin(2 * Math.PI * 0.5 * t)),
      320,
    ),
    0,
    0.5,
  );
  mixInto(out, lowpass(brownNoise(seconds, random), 250), 0, 1.2);
  mixInto(out, highpass(whiteNoise(seconds, random), 2500), 0, 0.015);
  return out;
});

/** A small apartment: a fridge's hum, traffic far away, and a wall clock ticking each second. */
const apartmentAmbience = ambience((seconds) => {
  const random = seededRandom(32);
  const out = silence(seconds);
  mixInto(out, tone(seconds, 60, [0.2, 0.5, 0.25, 0.1]), 0, 0.12);
  mixInto(
    out,
    shape(lowpass(brownNoise(seconds, random), 350), (t) => 0.6 + 0.4 * Math.sin(2 * Math.PI * (t / LOOP_SECONDS))),
    0,
    0.9,
  );
  for (let s = 0.75; s < seconds; s += 1) mixInto(out, click(random, s % 2 < 1 ? 3100 : 2800, 900), s, 0.25);
  return out;
});

/** A public restroom: the extractor fan, the tiled room's echo, and a dripping tap. */
const restroomAmbience = ambience((seconds) => {
  const random = seededRandom(33);
  const out = silence(seconds);
  mixInto(out, bandpass(whiteNoise(seconds, random), 420, 0.5), 0, 0.18);
  mixInto(out, tone(seconds, 120, [0.6, 0.3]), 0, 0.05);
  const drip = shape(
    tone(0.25, (t) => 900 + Math.min(1, t / 0.03) * 700),
    hit(0.001, 30),
  );
  for (const at of [1.2, 4.9, 6.4]) {
    // The tiles give the drip a few echoes.
    [0, 0.045, 0.11, 0.19].forEach((delay, n) => mixInto(out, drip, at + delay, 0.35 * 0.5 ** n));
  }
  return out;
});

/** A park in the late afternoon: wind in the trees, leaves, and a few birds. */
const parkBenchAmbience = ambience((seconds) => {
  const random = seededRandom(34);
  const out = silence(seconds);
  const gusts = (t: number): number => 0.55 + 0.3 * Math.sin(2 * Math.PI * 0.125 * t) + 0.15 * Math.sin(2 * Math.PI * 0.375 * t + 1);
  mixInto(out, shape(lowpass(whiteNoise(seconds, random), 380), gusts), 0, 0.5);
  mixInto(
    out,
    shape(highpass(whiteNoise(seconds, random), 3000), (t) => 0.02 + 0.04 * gusts(t) ** 3),
    0,
    1,
  );
  const chirp = shape(
    tone(0.07, (t) => 3100 + t * 24_000),
    swell(0.07),
  );
  for (const at of [1.7, 1.82, 4.9, 5.02, 5.14, 6.6]) mixInto(out, chirp, at, 0.22);
  return out;
});

/** The roadside at a traffic stop: the stopped car idling, tyre noise, and one car going past. */
const trafficStopAmbience = ambience((seconds) => {
  const random = seededRandom(35);
  const out = silence(seconds);
  mixInto(out, lowpass(tone(seconds, 24, [0.4, 0.7, 0.5, 0.3, 0.2]), 280), 0, 0.25);
  mixInto(out, lowpass(brownNoise(seconds, random), 300), 0, 0.8);
  const by = 3;
  const passing = new Biquad();
  const noise = whiteNoise(by, random);
  const car = new Float32Array(noise.length);
  for (let i = 0; i < noise.length; i++) {
    const t = i / SAMPLE_RATE;
    if (i % 64 === 0) passing.setLowpass(500 + 900 * swell(by)(t), 0.8);
    car[i] = passing.process(noise[i] ?? 0) * swell(by)(t) ** 2;
  }
  mixInto(out, car, 2.5, 0.9);
  return out;
});

export const RECIPES: readonly Recipe[] = [
  { name: 'car-door', loop: false, make: carDoor },
  { name: 'footsteps', loop: false, make: footsteps },
  { name: 'door-knock', loop: false, make: doorKnock },
  { name: 'phone-camera', loop: false, make: phoneCamera },
  { name: 'sharps-container', loop: false, make: sharpsContainer },
  { name: 'naloxone-spray', loop: false, make: naloxoneSpray },
  { name: 'cough', loop: false, make: cough },
  { name: 'snoring', loop: false, make: snoring },
  { name: 'agonal-breathing', loop: false, make: agonalBreathing },
  { name: 'siren', loop: false, make: siren },
  { name: 'radio-dispatch', loop: false, make: radioDispatch },
  { name: 'ambience-patrol-car', loop: true, make: patrolCarAmbience },
  { name: 'ambience-apartment', loop: true, make: apartmentAmbience },
  { name: 'ambience-restroom', loop: true, make: restroomAmbience },
  { name: 'ambience-park-bench', loop: true, make: parkBenchAmbience },
  { name: 'ambience-traffic-stop', loop: true, make: trafficStopAmbience },
];

/** The length of a recipe's sound. */
export function durationSeconds(signal: Signal): number {
  return signal.length / SAMPLE_RATE;
}

export function recipeNamed(name: string): Recipe | undefined {
  return RECIPES.find((recipe) => recipe.name === name);
}
