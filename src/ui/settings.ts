/** What the trainee chooses on the title screen, carried through every screen and into each attempt. */
import type { Mode } from '../engine/index.js';
import type { SupportedLocale } from '../i18n/resources.js';

export interface Settings {
  readonly locale: SupportedLocale;
  readonly mode: Mode;
  /** A pseudonym, never a name (DESIGN.md decision 10). */
  readonly traineeCode: string;
  /** Sound on (captions show either way). */
  readonly sound: boolean;
  /** 0 to 1; without one, the default volume (src/ui/audio/preferences.ts). */
  readonly volume?: number;
  /** Simulated seconds per real second in assess mode. */
  readonly timeFactor: number;
  readonly profileId: string;
  /** The knowledge check before and after each scenario (src/protocols/knowledge-check.ts); off unless turned on. */
  readonly knowledgeCheck?: boolean;
}

export const TIME_FACTORS = [0.5, 1, 2] as const;

// No 0/O or 1/I/L: codes are read aloud and copied onto paper sign-in sheets.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function randomTraineeCode(random: () => number = cryptoRandom): string {
  const pick = (): string => CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length)] ?? 'X';
  const group = (): string => Array.from({ length: 4 }, pick).join('');
  return `TR-${group()}-${group()}`;
}

/** A variant seed for a new attempt; shown in the debrief so the run can be replayed anywhere. */
export function randomSeed(random: () => number = cryptoRandom): number {
  return 1 + Math.floor(random() * 999_999);
}

function cryptoRandom(): number {
  const [value = 0] = crypto.getRandomValues(new Uint32Array(1));
  return value / 2 ** 32;
}
