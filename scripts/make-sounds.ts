/**
 * Writes the game's sounds into assets/sounds: each recipe in scripts/sounds/recipes.ts is
 * synthesised here, then encoded by Debian's sox as Ogg Vorbis (played by Chromium, Edge and
 * Firefox, and gapless for the ambience loops) and MP3 (for Safari), small enough to commit.
 * Run: npm run -s sounds   (needs: apt-get install -y sox libsox-fmt-base libsox-fmt-mp3)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SAMPLE_RATE, wavBytes } from './sounds/dsp.js';
import { RECIPES, durationSeconds } from './sounds/recipes.js';

const OUT_DIR = path.resolve(import.meta.dirname, '..', 'assets', 'sounds');

/** Both files of every sound together must stay well under a megabyte (issue 8). */
const BUDGET_BYTES = 1_000_000;

function encode(wav: string, target: string): void {
  const quality = target.endsWith('.ogg') ? ['-C', '-1'] : ['-C', '32'];
  execFileSync('sox', [wav, ...quality, target], { stdio: 'pipe' });
}

try {
  execFileSync('sox', ['--version'], { stdio: 'pipe' });
} catch {
  console.error('make-sounds needs sox with Ogg and MP3 support: apt-get install -y sox libsox-fmt-base libsox-fmt-mp3');
  process.exit(2);
}

mkdirSync(OUT_DIR, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'good-call-sounds-'));
let total = 0;
try {
  for (const recipe of RECIPES) {
    const signal = recipe.make();
    const wav = path.join(work, `${recipe.file}.wav`);
    writeFileSync(wav, wavBytes(signal));
    const sizes = ['ogg', 'mp3'].map((extension) => {
      const target = path.join(OUT_DIR, `${recipe.file}.${extension}`);
      encode(wav, target);
      return statSync(target).size;
    });
    total += sizes.reduce((a, b) => a + b, 0);
    console.log(
      `${recipe.file.padEnd(24)} ${durationSeconds(signal).toFixed(2)} s  ogg ${sizes[0]} B  mp3 ${sizes[1]} B${recipe.loop ? '  (loop)' : ''}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`${RECIPES.length} sounds at ${SAMPLE_RATE} Hz, ${total} bytes in all (budget ${BUDGET_BYTES})`);
if (total > BUDGET_BYTES) {
  console.error('over budget: shorten or simplify a sound');
  process.exit(1);
}
