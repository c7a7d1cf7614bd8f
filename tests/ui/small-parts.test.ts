import { describe, expect, it } from 'vitest';
import { randomSeed, randomTraineeCode } from '../../src/ui/settings.js';

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
