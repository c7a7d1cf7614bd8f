import { describe, expect, it } from 'vitest';
import enRules from '../../locales/en/rules.json';
import esRules from '../../locales/es/rules.json';
import { RUBRIC } from '../../src/protocols/index.js';

type Explanations = Record<string, Record<string, string>>;
const en = enRules as Explanations;
const es = esRules as Explanations;

describe('rule explanations', () => {
  it.each(RUBRIC.map((r) => [r.id]))('%s is explained in English and Spanish for every verdict it can give', (id) => {
    const english = en[id];
    const spanish = es[id];
    expect(english).toBeDefined();
    expect(spanish).toBeDefined();
    for (const key of ['title', 'met', 'not_applicable']) {
      expect(english?.[key], `en ${id}.${key}`).toBeTruthy();
    }
    expect(Boolean(english?.missed || english?.violated), `en ${id} needs missed or violated`).toBe(true);
    expect(Object.keys(spanish ?? {}).sort()).toEqual(Object.keys(english ?? {}).sort());
    for (const [key, text] of Object.entries(english ?? {})) {
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(spanish?.[key] ?? ''), `${id}.${key} placeholders`).toEqual(placeholders(text));
      expect(spanish?.[key], `es ${id}.${key}`).not.toBe(text);
    }
  });

  it('has no explanations for rules that do not exist', () => {
    const ids = new Set(RUBRIC.map((r) => r.id));
    expect(Object.keys(en).filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.keys(es).filter((id) => !ids.has(id))).toEqual([]);
  });
});
