/**
 * `npm run -s sounds`: writes every sound the game synthesises (src/ui/audio/synth/recipes.ts) as a
 * WAV file under reports/sounds, to listen to while changing a recipe, and prints each one's length,
 * loudness and checksum. The files are the same bytes the game's sound worker makes on a trainee's
 * device; none of them ships. After changing a recipe, update its figures in tests/ui/synth.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { synthesiseWav } from '../src/ui/audio/synth/synthesise.js';
import { RECIPES } from '../src/ui/audio/synth/recipes.js';
import { displayPath, REPO_ROOT } from '../src/tooling/paths.js';
import { soundFingerprint } from './sound-fingerprint.js';

const OUT_DIR = path.join(REPO_ROOT, 'reports', 'sounds');

mkdirSync(OUT_DIR, { recursive: true });
for (const recipe of RECIPES) {
  const wav = synthesiseWav(recipe.name);
  writeFileSync(path.join(OUT_DIR, `${recipe.name}.wav`), wav);
  const f = soundFingerprint(wav);
  console.log(
    `${recipe.name.padEnd(24)} ${f.seconds.toFixed(2)} s  peak ${f.peak.toFixed(2)}  rms ${f.rms.toFixed(3)}  sha256 ${f.checksum}${recipe.loop ? '  (loop)' : ''}`,
  );
}
console.log(`${RECIPES.length} sounds written to ${displayPath(OUT_DIR)}`);
