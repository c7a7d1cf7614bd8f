/**
 * One sound as the browser plays it: its recipe synthesised and written as 16-bit WAV. The synth
 * worker answers each request with this; `npm run -s sounds` writes the same bytes to files.
 */
import { wavBytes } from './dsp.js';
import { recipeNamed } from './recipes.js';

/** What the page asks the worker for: one sound by its name in assets/manifest.json. */
export interface SynthRequest {
  readonly id: number;
  readonly sound: string;
}

export type SynthReply = { readonly id: number; readonly wav: ArrayBuffer } | { readonly id: number; readonly error: string };

/** The WAV bytes of a named sound; throws for a name no recipe has. */
export function synthesiseWav(sound: string): Uint8Array {
  const recipe = recipeNamed(sound);
  if (!recipe) throw new Error(`no recipe makes the sound "${sound}"`);
  return wavBytes(recipe.make());
}

export function answer(request: SynthRequest): SynthReply {
  try {
    const wav = synthesiseWav(request.sound);
    return { id: request.id, wav: wav.buffer as ArrayBuffer };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
