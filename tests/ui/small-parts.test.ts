import { describe, expect, it } from 'vitest';
import { randomSeed, randomTraineeCode } from '../../src/ui/settings.js';
import { TONES, toneDataUri, toneSamples, wavBytes } from '../../src/ui/tones.js';

describe('trainee codes and seeds', () => {
  it('makes pseudonymous codes without look-alike characters', () => {
    const codes = Array.from({ length: 50 }, () => randomTraineeCode());
    for (const code of codes) expect(code).toMatch(/^TR-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBeGreaterThan(45);
    expect(randomTraineeCode(() => 0)).toBe('TR-AAAA-AAAA');
  });

  it('draws seeds that are whole numbers from 1', () => {
    expect(randomSeed(() => 0)).toBe(1);
    expect(Number.isInteger(randomSeed())).toBe(true);
  });
});

describe('synthesised sound cues', () => {
  it('writes a valid 16-bit mono WAV of the tone length', () => {
    const samples = toneSamples(TONES.end);
    expect(samples.length).toBe(Math.round(TONES.end.noteSeconds * 22_050) * 3);
    const bytes = wavBytes(samples);
    const text = (from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));
    expect([text(0, 4), text(8, 12), text(36, 40)]).toEqual(['RIFF', 'WAVE', 'data']);
    expect(new DataView(bytes.buffer).getUint32(40, true)).toBe(samples.length * 2);
    expect(toneDataUri(TONES.pick)).toMatch(/^data:audio\/wav;base64,UklGR/);
  });
});
