/**
 * The sounds the game makes on the trainee's device: what the sound worker answers for each recipe is
 * the very signal the recipe defines (its length, its loudness and the checksum of its samples, the
 * same figures as the recordings that shipped before the sounds were made in the browser), and the
 * page's sound maker asks for each sound once, keeps it, and turns a broken worker into silence.
 */
import { describe, expect, it } from 'vitest';
import { createSoundMaker, type SynthWorker } from '../../src/ui/audio/sound-maker.js';
import { SAMPLE_RATE } from '../../src/ui/audio/synth/dsp.js';
import { RECIPES } from '../../src/ui/audio/synth/recipes.js';
import { answer, type SynthReply, type SynthRequest } from '../../src/ui/audio/synth/synthesise.js';
import { soundFingerprint } from '../../scripts/sound-fingerprint.js';

/**
 * Per recipe: samples at 22,050 Hz, peak, RMS and the first 16 hex digits of the SHA-256 of its
 * 16-bit samples. Taken from the recipes as they were when their sounds still shipped as files.
 */
const SIGNALS: readonly [name: string, samples: number, peak: number, rms: number, checksum: string][] = [
  ['car-door', 19845, 0.85, 0.100182, '37550f1f6ed4cfc5'],
  ['footsteps', 46305, 0.85, 0.088558, '8b93a5516977247f'],
  ['door-knock', 26460, 0.85, 0.103595, 'b3043ab272335aa5'],
  ['phone-camera', 7056, 0.85, 0.044465, '90320ad982bdff6b'],
  ['sharps-container', 19845, 0.85, 0.034037, '44cfa19a12d50159'],
  ['naloxone-spray', 15435, 0.85, 0.17604, '3fbbb43f2663f67b'],
  ['cough', 33075, 0.85, 0.087855, 'f0de7a3fef867fc5'],
  ['snoring', 79380, 0.85, 0.074347, 'f71cb02e6e97b461'],
  ['agonal-breathing', 74970, 0.85, 0.050246, '756b948b7cb9bcc4'],
  ['siren', 79380, 0.85, 0.443057, 'ae74d8d44e7f6631'],
  ['radio-dispatch', 59535, 0.85, 0.171317, 'f3b8884565927065'],
  ['ambience-patrol-car', 176400, 0.5, 0.125112, '3140eb2deeba8fb7'],
  ['ambience-apartment', 176400, 0.5, 0.100526, '09df1395a4fcb37e'],
  ['ambience-restroom', 176400, 0.5, 0.055371, '00da641a0bdc9d69'],
  ['ambience-park-bench', 176400, 0.5, 0.070381, '7d9c2f28e79b98ab'],
  ['ambience-traffic-stop', 176400, 0.5, 0.132288, '8defba8b4e0feeeb'],
];

function wavOf(reply: SynthReply): Uint8Array {
  if (!('wav' in reply)) throw new Error(reply.error);
  return new Uint8Array(reply.wav);
}

describe('the sound worker’s answers', () => {
  it('has the figures of every recipe, and a recipe for every figure', () => {
    expect(RECIPES.map((r) => r.name).sort()).toEqual(SIGNALS.map(([name]) => name).sort());
  });

  it.each(SIGNALS)('makes %s: %i samples, peak %d, RMS %d, checksum %s', (name, samples, peak, rms, checksum) => {
    const reply = answer({ id: 7, sound: name });
    expect(reply.id).toBe(7);
    const fingerprint = soundFingerprint(wavOf(reply));
    expect(fingerprint).toEqual({ samples, sampleRate: SAMPLE_RATE, seconds: samples / SAMPLE_RATE, peak, rms, checksum });
  });

  it('makes the same bytes every time, and loops and one-shots their own lengths', () => {
    const first = wavOf(answer({ id: 1, sound: 'cough' }));
    expect(wavOf(answer({ id: 2, sound: 'cough' }))).toEqual(first);
    for (const recipe of RECIPES) {
      const seconds = soundFingerprint(wavOf(answer({ id: 0, sound: recipe.name }))).seconds;
      if (recipe.loop) expect(seconds).toBe(8);
      else expect(seconds).toBeLessThan(4);
    }
  });

  it('answers a sound no recipe makes with an error naming it', () => {
    expect(answer({ id: 3, sound: 'glass-breaking' })).toEqual({ id: 3, error: 'no recipe makes the sound "glass-breaking"' });
  });
});

/** A worker that answers in Node as the real one does, after the current task, and counts what it was asked. */
function fakeWorker(behaviour: 'answers' | 'fails to start' = 'answers'): {
  spawn: () => SynthWorker;
  asked: string[];
  spawned: () => number;
} {
  const asked: string[] = [];
  let spawned = 0;
  return {
    asked,
    spawned: () => spawned,
    spawn: () => {
      spawned++;
      const worker: SynthWorker = {
        onmessage: null,
        onerror: null,
        postMessage(request: SynthRequest) {
          asked.push(request.sound);
          setTimeout(() => {
            if (behaviour === 'fails to start') worker.onerror?.({ message: 'blocked by the content security policy' } as ErrorEvent);
            else worker.onmessage?.({ data: answer(request) } as MessageEvent<SynthReply>);
          });
        },
        terminate() {},
      };
      return worker;
    },
  };
}

describe('the sound maker', () => {
  const sizeUrl = (wav: ArrayBuffer): string => `wav:${wav.byteLength}`;

  it('asks the worker for each sound once and gives every caller the same sound', async () => {
    const worker = fakeWorker();
    const maker = createSoundMaker(worker.spawn, sizeUrl);
    const [a, b, c] = await Promise.all([maker.url('siren'), maker.url('siren'), maker.url('cough')]);
    expect(a).toBe(`wav:${44 + 79380 * 2}`);
    expect(b).toBe(a);
    expect(c).toBe(`wav:${44 + 33075 * 2}`);
    expect(await maker.url('siren')).toBe(a);
    expect(worker.asked).toEqual(['siren', 'cough']);
    expect(worker.spawned()).toBe(1);
  });

  it('rejects a sound the worker cannot make, and goes on making the others', async () => {
    const maker = createSoundMaker(fakeWorker().spawn, sizeUrl);
    await expect(maker.url('glass-breaking')).rejects.toThrow('no recipe makes the sound "glass-breaking"');
    await expect(maker.url('cough')).resolves.toBe(`wav:${44 + 33075 * 2}`);
  });

  it('fails every sound, quietly and without asking again, when the worker cannot start', async () => {
    const worker = fakeWorker('fails to start');
    const maker = createSoundMaker(worker.spawn, sizeUrl);
    await expect(maker.url('siren')).rejects.toThrow('the sound worker failed: blocked by the content security policy');
    await expect(maker.url('cough')).rejects.toThrow('the sound worker failed');
    expect(worker.asked).toEqual(['siren']);
    const noWorkers = createSoundMaker(() => {
      throw new Error('Worker is not defined');
    }, sizeUrl);
    await expect(noWorkers.url('siren')).rejects.toThrow('Worker is not defined');
  });
});
