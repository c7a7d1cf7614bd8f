/**
 * Short synthesised cues, written as WAV data in memory: the game ships no sound files yet (real
 * audio comes with the art), fetches nothing, and still gives an audible cue for a pick, a story
 * `#sfx` and the end of an encounter.
 */

export interface Tone {
  /** Frequencies in hertz, played one after another. */
  readonly notes: readonly number[];
  readonly noteSeconds: number;
}

export const TONES = {
  pick: { notes: [660], noteSeconds: 0.06 },
  cue: { notes: [440, 550], noteSeconds: 0.09 },
  end: { notes: [523, 659, 784], noteSeconds: 0.12 },
} as const satisfies Record<string, Tone>;

export type ToneName = keyof typeof TONES;

const SAMPLE_RATE = 22_050;

/** 16-bit mono PCM samples with a quick fade in and out, so no note clicks. */
export function toneSamples(tone: Tone): Int16Array {
  const perNote = Math.round(tone.noteSeconds * SAMPLE_RATE);
  const samples = new Int16Array(perNote * tone.notes.length);
  tone.notes.forEach((frequency, n) => {
    for (let i = 0; i < perNote; i++) {
      const envelope = Math.min(1, i / 200, (perNote - i) / 400);
      samples[n * perNote + i] = Math.round(Math.sin((2 * Math.PI * frequency * i) / SAMPLE_RATE) * envelope * 0.3 * 32767);
    }
  });
  return samples;
}

export function wavBytes(samples: Int16Array): Uint8Array {
  const bytes = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string): void => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
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
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => view.setInt16(44 + i * 2, s, true));
  return bytes;
}

export function toneDataUri(tone: Tone): string {
  let binary = '';
  for (const byte of wavBytes(toneSamples(tone))) binary += String.fromCharCode(byte);
  return `data:audio/wav;base64,${btoa(binary)}`;
}
