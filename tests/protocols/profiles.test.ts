import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileText, validateProfile } from '../../src/engine/scoring/profile.js';
import { loadProfile, shippedProfileIds } from '../../src/tooling/load-profile.js';
import { PROFILES_DIR } from '../../src/tooling/paths.js';

function shipped(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(PROFILES_DIR, `${id}.json`), 'utf8')) as Record<string, unknown>;
}

describe('jurisdiction profiles', () => {
  it('ships model-policy, limited-immunity and a third, all valid, each with a note that statutes change', () => {
    const ids = shippedProfileIds();
    expect(ids).toEqual(expect.arrayContaining(['model-policy', 'limited-immunity']));
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) {
      const loaded = loadProfile(id);
      expect(loaded.ok, id).toBe(true);
      if (!loaded.ok) continue;
      expect(profileText(loaded.profile.note, 'en')).toMatch(/statute|law/i);
      expect(profileText(loaded.profile.note, 'es')).toMatch(/ley/i);
      expect(profileText(loaded.profile.name, 'es')).not.toBe(profileText(loaded.profile.name, 'en'));
    }
  });

  it('model-policy follows the strictest recommendations', () => {
    expect(shipped('model-policy')).toMatchObject({
      goodSamaritan: {
        protects: ['caller', 'patient', 'others'],
        covers: ['possession', 'paraphernalia', 'under_influence', 'parole_violation'],
      },
      agencyOverlay: true,
      sharpsDisclosureProtected: true,
      programSyringesLegal: true,
      diversion: { available: true },
      leaveBehindAllowed: true,
    });
  });

  it('limited-immunity is as docs/protocols.md describes', () => {
    expect(shipped('limited-immunity')).toMatchObject({
      goodSamaritan: { immunity: 'arrest', protects: ['caller', 'patient'], covers: ['possession'] },
      agencyOverlay: false,
      sharpsDisclosureProtected: false,
      programSyringesLegal: false,
      diversion: { available: false },
      leaveBehindAllowed: true,
    });
  });

  it('the third differs in warrants and parole', () => {
    const third = shippedProfileIds().filter((id) => id !== 'model-policy' && id !== 'limited-immunity');
    const covers = third.map((id) => (shipped(id).goodSamaritan as { covers: string[] }).covers);
    expect(covers.some((c) => c.includes('warrant') && c.includes('parole_violation'))).toBe(true);
  });

  it('accepts a name and note as plain text or keyed by locale, and rejects anything else', () => {
    const base = shipped('model-policy');
    expect(validateProfile({ ...base, name: 'Just English', note: 'Check your statutes.' }).ok).toBe(true);
    const bad = validateProfile({ ...base, name: { english: 'x' }, note: 42 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.field)).toEqual(['name.english', 'note']);
  });

  it('reports every bad field with its name', () => {
    const bad = {
      ...shipped('model-policy'),
      id: 'Model Policy',
      goodSamaritan: { immunity: 'pardon', protects: ['caller', 'dog'], covers: 'possession' },
      timing: { naloxoneWithinSeconds: -5, emsWithinSeconds: 90, redoseMinSeconds: 300, redoseMaxSeconds: 120 },
      passMark: 180,
      colour: 'blue',
    };
    const result = validateProfile(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining([
        'id',
        'goodSamaritan.immunity',
        'goodSamaritan.protects[1]',
        'goodSamaritan.covers',
        'timing.naloxoneWithinSeconds',
        'timing.redoseMaxSeconds',
        'passMark',
        'colour',
      ]),
    );
  });

  it('locates a bad field in the file', () => {
    const loaded = loadProfile(path.resolve(import.meta.dirname, '..', 'fixtures', 'profiles', 'bad-timing.json'));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.diagnostics[0]).toMatchObject({ field: 'timing.emsWithinSeconds', line: 29 });
  });
});
