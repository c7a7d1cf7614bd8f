/**
 * The game's sounds, made on the device the first time each is wanted: a worker synthesises the
 * recipe (src/ui/audio/synth) and the page keeps the WAV as a blob for the rest of its life, so a
 * sound is made once however often it plays. Nothing is downloaded: the recipes are a few KB of
 * code, where the recorded files were hundreds.
 */
import type { SynthReply, SynthRequest } from './synth/synthesise.js';

/** The few parts of a Worker the maker uses, so tests can hand it one that runs in Node. */
export interface SynthWorker {
  onmessage: ((event: MessageEvent<SynthReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(request: SynthRequest): void;
  terminate(): void;
}

export interface SoundMaker {
  /** A URL the page can play the named sound from; the same promise every time it is asked. */
  url(sound: string): Promise<string>;
}

function spawnSynthWorker(): SynthWorker {
  return new Worker(new URL('./synth/synth-worker.ts', import.meta.url), { type: 'module' });
}

export function createSoundMaker(
  spawn: () => SynthWorker = spawnSynthWorker,
  toUrl: (wav: ArrayBuffer) => string = (wav) => URL.createObjectURL(new Blob([wav], { type: 'audio/wav' })),
): SoundMaker {
  const made = new Map<string, Promise<string>>();
  const waiting = new Map<number, { resolve: (wav: ArrayBuffer) => void; reject: (error: Error) => void }>();
  let worker: SynthWorker | undefined;
  let broken: Error | undefined;
  let nextId = 0;

  const fail = (error: Error): void => {
    broken = error;
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
    worker?.terminate();
    worker = undefined;
  };

  const started = (): SynthWorker => {
    if (worker) return worker;
    const spawned = spawn();
    spawned.onmessage = ({ data }) => {
      const pending = waiting.get(data.id);
      if (!pending) return;
      waiting.delete(data.id);
      if ('wav' in data) pending.resolve(data.wav);
      else pending.reject(new Error(data.error));
    };
    // A worker that cannot start (or dies) leaves the game silent, never broken: captions carry on.
    spawned.onerror = (event) => fail(new Error(`the sound worker failed: ${event.message || 'it could not start'}`));
    worker = spawned;
    return spawned;
  };

  const synthesise = (sound: string): Promise<ArrayBuffer> =>
    new Promise((resolve, reject) => {
      if (broken) return reject(broken);
      let running: SynthWorker;
      try {
        running = started();
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
        return reject(broken);
      }
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      running.postMessage({ id, sound });
    });

  return {
    url(sound) {
      let known = made.get(sound);
      if (!known) {
        known = synthesise(sound).then(toUrl);
        made.set(sound, known);
      }
      return known;
    },
  };
}
