/**
 * What identifies a sound as the page plays it (16-bit mono WAV): its length, its loudness and a
 * checksum of its samples. `npm run -s sounds` prints it, and tests/ui/synth.test.ts holds the
 * figures of every recipe, so a change to a recipe or to the synthesis shows up at once.
 */
import { createHash } from 'node:crypto';

export interface SoundFingerprint {
  readonly samples: number;
  readonly sampleRate: number;
  readonly seconds: number;
  /** Loudest sample, 0 to 1. */
  readonly peak: number;
  /** Root mean square of the samples, 0 to 1, to three significant figures' worth of rounding. */
  readonly rms: number;
  /** The first 16 hex digits of the SHA-256 of the samples. */
  readonly checksum: string;
}

const HEADER = 44;

export function soundFingerprint(wav: Uint8Array): SoundFingerprint {
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  const text = (offset: number, length: number): string => String.fromCharCode(...wav.subarray(offset, offset + length));
  if (text(0, 4) !== 'RIFF' || text(8, 4) !== 'WAVE' || view.getUint16(22, true) !== 1 || view.getUint16(34, true) !== 16)
    throw new Error('not a 16-bit mono WAV');
  const sampleRate = view.getUint32(24, true);
  const samples = view.getUint32(40, true) / 2;
  let peak = 0;
  let squares = 0;
  for (let i = 0; i < samples; i++) {
    const value = view.getInt16(HEADER + i * 2, true) / 32_767;
    peak = Math.max(peak, Math.abs(value));
    squares += value * value;
  }
  return {
    samples,
    sampleRate,
    seconds: samples / sampleRate,
    peak: Math.round(peak * 1e4) / 1e4,
    rms: Math.round(Math.sqrt(squares / Math.max(1, samples)) * 1e6) / 1e6,
    checksum: createHash('sha256')
      .update(wav.subarray(HEADER, HEADER + samples * 2))
      .digest('hex')
      .slice(0, 16),
  };
}
