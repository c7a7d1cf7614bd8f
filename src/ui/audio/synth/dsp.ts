/**
 * The few pieces of signal processing the game's sounds are built from: seeded noise, oscillators,
 * envelopes, biquad filters and mixing, on mono float samples. Deterministic: the same seed makes
 * the same sound on every device, so what `npm run -s sounds` writes out is what a trainee hears.
 */

export const SAMPLE_RATE = 22_050;

/** Mono samples in [-1, 1]. */
export type Signal = Float32Array;

export function samples(seconds: number): number {
  return Math.round(seconds * SAMPLE_RATE);
}

export function silence(seconds: number): Signal {
  return new Float32Array(samples(seconds));
}

/** mulberry32: small, fast, and good enough for noise that must be the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function whiteNoise(seconds: number, random: () => number): Signal {
  const out = silence(seconds);
  for (let i = 0; i < out.length; i++) out[i] = random() * 2 - 1;
  return out;
}

/** Noise with most of its energy low down (integrated white noise, kept from drifting). */
export function brownNoise(seconds: number, random: () => number): Signal {
  const out = silence(seconds);
  let level = 0;
  for (let i = 0; i < out.length; i++) {
    level = level * 0.995 + (random() * 2 - 1) * 0.1;
    out[i] = level;
  }
  return out;
}

/** A sine (or a sum of harmonics) whose frequency may change with time `t` in seconds. */
export function tone(seconds: number, frequency: number | ((t: number) => number), harmonics: readonly number[] = [1]): Signal {
  const out = silence(seconds);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    const f = typeof frequency === 'number' ? frequency : frequency(i / SAMPLE_RATE);
    phase += (2 * Math.PI * f) / SAMPLE_RATE;
    let value = 0;
    harmonics.forEach((amplitude, n) => {
      value += amplitude * Math.sin(phase * (n + 1));
    });
    out[i] = value;
  }
  return out;
}

/** A buzzy glottal-like source: a sawtooth at a frequency that may change with time. */
export function sawtooth(seconds: number, frequency: (t: number) => number): Signal {
  const out = silence(seconds);
  let phase = 0;
  for (let i = 0; i < out.length; i++) {
    phase = (phase + frequency(i / SAMPLE_RATE) / SAMPLE_RATE) % 1;
    out[i] = 2 * phase - 1;
  }
  return out;
}

/** Multiplies each sample by `gain(t)`, `t` in seconds from the start. */
export function shape(signal: Signal, gain: (t: number) => number): Signal {
  const out = new Float32Array(signal.length);
  for (let i = 0; i < signal.length; i++) out[i] = (signal[i] ?? 0) * gain(i / SAMPLE_RATE);
  return out;
}

/** A percussive envelope: a short linear attack, then an exponential decay at `decayPerSecond`. */
export function hit(attackSeconds: number, decayPerSecond: number): (t: number) => number {
  return (t) => (t < attackSeconds ? t / attackSeconds : Math.exp(-(t - attackSeconds) * decayPerSecond));
}

/** Rises and falls like half a sine over `seconds`: a breath, a car going by. */
export function swell(seconds: number): (t: number) => number {
  return (t) => (t < 0 || t > seconds ? 0 : Math.sin((Math.PI * t) / seconds));
}

/** A biquad filter (RBJ cookbook) whose centre can move while it runs. */
export class Biquad {
  private b0 = 1;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;

  static bandpass(frequency: number, q: number): Biquad {
    return new Biquad().setBandpass(frequency, q);
  }

  static lowpass(frequency: number, q = Math.SQRT1_2): Biquad {
    return new Biquad().setLowpass(frequency, q);
  }

  static highpass(frequency: number, q = Math.SQRT1_2): Biquad {
    return new Biquad().setHighpass(frequency, q);
  }

  setBandpass(frequency: number, q: number): this {
    const { cos, alpha } = this.angles(frequency, q);
    return this.set(alpha, 0, -alpha, 1 + alpha, -2 * cos, 1 - alpha);
  }

  setLowpass(frequency: number, q: number): this {
    const { cos, alpha } = this.angles(frequency, q);
    return this.set((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
  }

  setHighpass(frequency: number, q: number): this {
    const { cos, alpha } = this.angles(frequency, q);
    return this.set((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
  }

  process(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }

  run(signal: Signal): Signal {
    const out = new Float32Array(signal.length);
    for (let i = 0; i < signal.length; i++) out[i] = this.process(signal[i] ?? 0);
    return out;
  }

  private angles(frequency: number, q: number): { cos: number; alpha: number } {
    const w = (2 * Math.PI * Math.min(frequency, SAMPLE_RATE * 0.45)) / SAMPLE_RATE;
    return { cos: Math.cos(w), alpha: Math.sin(w) / (2 * q) };
  }

  private set(b0: number, b1: number, b2: number, a0: number, a1: number, a2: number): this {
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = a1 / a0;
    this.a2 = a2 / a0;
    return this;
  }
}

export const lowpass = (signal: Signal, frequency: number, q?: number): Signal => Biquad.lowpass(frequency, q).run(signal);
export const highpass = (signal: Signal, frequency: number, q?: number): Signal => Biquad.highpass(frequency, q).run(signal);
export const bandpass = (signal: Signal, frequency: number, q: number): Signal => Biquad.bandpass(frequency, q).run(signal);

/** Adds `source` into `target` from `atSeconds`, scaled by `gain`; whatever runs past the end is cut. */
export function mixInto(target: Signal, source: Signal, atSeconds = 0, gain = 1): Signal {
  const start = samples(atSeconds);
  for (let i = 0; i < source.length && start + i < target.length; i++) {
    if (start + i >= 0) target[start + i] = (target[start + i] ?? 0) + (source[i] ?? 0) * gain;
  }
  return target;
}

/** Gentle saturation: the sound of a small loudspeaker pushed hard (a radio). */
export function saturate(signal: Signal, drive: number): Signal {
  const out = new Float32Array(signal.length);
  for (let i = 0; i < signal.length; i++) out[i] = Math.tanh((signal[i] ?? 0) * drive) / Math.tanh(drive);
  return out;
}

export function peak(signal: Signal): number {
  let max = 0;
  for (const value of signal) max = Math.max(max, Math.abs(value));
  return max;
}

/** Scales the signal so its loudest sample is `target`. */
export function normalize(signal: Signal, target: number): Signal {
  const max = peak(signal);
  if (max === 0) return signal;
  const out = new Float32Array(signal.length);
  for (let i = 0; i < signal.length; i++) out[i] = ((signal[i] ?? 0) / max) * target;
  return out;
}

/** Short fades at both ends, so a one-shot never starts or stops with a click. */
export function fadeEnds(signal: Signal, seconds = 0.01): Signal {
  const n = Math.min(samples(seconds), Math.floor(signal.length / 2));
  const out = Float32Array.from(signal);
  for (let i = 0; i < n; i++) {
    out[i] = (out[i] ?? 0) * (i / n);
    out[out.length - 1 - i] = (out[out.length - 1 - i] ?? 0) * (i / n);
  }
  return out;
}

/**
 * Makes a seamless loop of `loopSeconds` from a signal that runs `fadeSeconds` longer: the extra
 * tail is cross-faded into the head, so the last sample leads straight into the first.
 */
export function seamlessLoop(signal: Signal, loopSeconds: number, fadeSeconds: number): Signal {
  const length = samples(loopSeconds);
  const fade = samples(fadeSeconds);
  if (signal.length < length + fade) throw new RangeError(`a loop of ${loopSeconds} s needs ${loopSeconds + fadeSeconds} s of sound`);
  const out = signal.slice(0, length);
  for (let i = 0; i < fade; i++) {
    const w = i / fade;
    out[i] = (signal[i] ?? 0) * w + (signal[length + i] ?? 0) * (1 - w);
  }
  return out;
}

/** 16-bit mono PCM WAV bytes: what the browser decodes and plays, and what `npm run -s sounds` writes. */
export function wavBytes(signal: Signal): Uint8Array {
  const bytes = new Uint8Array(44 + signal.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string): void => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + signal.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, SAMPLE_RATE, true);
  view.setUint32(28, SAMPLE_RATE * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, signal.length * 2, true);
  signal.forEach((s, i) => view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32_767), true));
  return bytes;
}
