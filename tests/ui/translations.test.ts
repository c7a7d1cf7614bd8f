/**
 * Every UI string exists in English and Spanish, every rule explanation the lead writes in English has
 * its Spanish, and every key the code builds from domain ids (speakers, verdicts, actions, places...)
 * is there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS, PROTOCOL_FAMILIES, SCENARIO_KINDS } from '../../src/engine/index.js';
import { SPEAKERS } from '../../src/engine/vocabulary/events.js';
import { createI18n } from '../../src/i18n/translator.js';
import { ALL_STRINGS } from '../../src/i18n/all-locales.js';
import enCore from '../../src/i18n/parts/en-core.js';
import esCore from '../../src/i18n/parts/es-core.js';
import { SUPPORTED_LOCALES, type StringTree } from '../../src/i18n/resources.js';
import { PLACES } from '../../src/ui/scene-picture.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** A key in a part, as itself or through its plural forms. */
function inTree(tree: StringTree, key: string): boolean {
  const leafOf = (k: string): unknown =>
    k.split('.').reduce<unknown>((node, name) => (typeof node === 'object' && node ? (node as StringTree)[name] : undefined), tree);
  return [key, `${key}_one`, `${key}_other`].some((k) => typeof leafOf(k) === 'string' || typeof leafOf(k) === 'object');
}

const en = createI18n('en');
const es = createI18n('es');

/** A key exists if i18next can resolve it, directly or through its plural forms. */
function exists(i18n: typeof en, key: string): boolean {
  return i18n.exists(key) || i18n.exists(`${key}_other`);
}

describe('translations', () => {
  it('has the same UI keys in every language', () => {
    const english = keyPaths(ALL_STRINGS.en.ui).sort();
    expect(english.length).toBeGreaterThan(100);
    for (const locale of SUPPORTED_LOCALES) expect(keyPaths(ALL_STRINGS[locale].ui).sort()).toEqual(english);
  });

  it('has the same rule explanations in every language', () => {
    const english = keyPaths(ALL_STRINGS.en.rules).sort();
    for (const locale of SUPPORTED_LOCALES) expect(keyPaths(ALL_STRINGS[locale].rules).sort()).toEqual(english);
  });

  it('has no empty string in any language', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const empty = keyPaths(ALL_STRINGS[locale]).filter((key) => createI18n(locale).t(key).trim() === '');
      expect(empty).toEqual([]);
    }
  });

  it('names every speaker, protocol family, scene kind, action and place', () => {
    const keys = [
      ...SPEAKERS.map((s) => `ui.speakers.${s}`),
      ...PROTOCOL_FAMILIES.map((f) => `ui.protocols.${f}`),
      ...SCENARIO_KINDS.map((k) => `ui.kinds.${k}`),
      ...ACTIONS.map((a) => `ui.actions.${a.id}`),
      ...PLACES.map((p) => `ui.scene.places.${p}`),
      ...['met', 'missed', 'violated', 'not_applicable'].map((v) => `ui.verdicts.${v}`),
      ...['critical', 'major', 'minor'].map((s) => `ui.severity.${s}`),
      ...['revived', 'revived_with_injury', 'died', 'resedated', 'in_ems_care', 'not_applicable'].map((o) => `ui.patientOutcomes.${o}`),
      ...['normal', 'slow', 'none'].map((b) => `ui.breathing.${b}`),
      ...SUPPORTED_LOCALES.map((l) => `ui.languages.${l}`),
    ];
    expect(keys.filter((key) => !exists(en, key) || !exists(es, key))).toEqual([]);
  });

  it('has every literal key the UI code asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, 'src/ui'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['`](ui\.[A-Za-z0-9_.]+)['`]/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(80);
    expect([...used].filter((key) => !exists(en, key) || !exists(es, key))).toEqual([]);
  });

  it("has every literal key the game page's code asks for in the one part the game downloads", () => {
    // Pages of their own, which register their own parts, and the command line, which has them all.
    const elsewhere = ['dashboard', 'author', 'cli', 'tooling'].map((dir) => path.join(ROOT, 'src', dir) + path.sep);
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(ROOT, 'src')).filter((f) => !elsewhere.some((dir) => f.startsWith(dir)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/['`]((?:ui|rules)\.[A-Za-z0-9_.]+)['`]/g)) used.add(match[1] ?? '');
    }
    expect(used.size).toBeGreaterThan(100);
    const core: Record<string, StringTree> = { en: enCore, es: esCore };
    for (const locale of SUPPORTED_LOCALES) expect([...used].filter((key) => !inTree(core[locale]!, key))).toEqual([]);
  });

  it('interpolates and pluralises in both languages', () => {
    expect(en.t('ui.minutes', { count: 1 })).toBe('about 1 minute');
    expect(en.t('ui.minutes', { count: 8 })).toBe('about 8 minutes');
    expect(es.t('ui.minutes', { count: 8 })).toBe('unos 8 minutos');
    expect(es.t('ui.debrief.score', { score: 71.1, passMark: 80 })).toContain('71.1');
  });
});
