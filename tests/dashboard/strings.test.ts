/** Every string the instructor dashboard asks for exists in English and Spanish (the UI's own test reads only src/ui). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/translator.js';

const DASHBOARD = path.resolve(import.meta.dirname, '..', '..', 'src', 'dashboard');

describe('the instructor dashboard’s strings', () => {
  it('has every key the dashboard asks for, in every language', () => {
    const used = new Set<string>();
    for (const file of readdirSync(DASHBOARD).filter((f) => f.endsWith('.ts'))) {
      for (const match of readFileSync(path.join(DASHBOARD, file), 'utf8').matchAll(/['`](ui\.[A-Za-z0-9_.]+)['`]/g))
        used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(60);
    for (const locale of ['en', 'es']) {
      const i18n = createI18n(locale);
      expect([...used].filter((key) => !i18n.exists(key) && !i18n.exists(`${key}_other`))).toEqual([]);
    }
  });
});
