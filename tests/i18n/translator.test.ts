/**
 * The translator's registry as a page sees it: nothing to say before a page registers its strings,
 * a language not downloaded yet spoken in the one the page has, and parts of one language together.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import esCore from '../../src/i18n/parts/es-core.js';
import enCore from '../../src/i18n/parts/en-core.js';
import enDashboard from '../../src/i18n/parts/en-dashboard.js';
import type * as Translator from '../../src/i18n/translator.js';

// Each test gets a registry of its own, not the one the test setup filled with every language.
const freshTranslator = async (): Promise<typeof Translator> => import('../../src/i18n/translator.js');

describe('the translator on a page', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('refuses to translate before the page has registered any language', async () => {
    const { createTranslator } = await freshTranslator();
    expect(() => createTranslator('en')).toThrow(/No language is registered/);
  });

  it('speaks the language it has while another is still to come', async () => {
    const { createTranslator, isLocaleRegistered, registerStrings, spokenLocale } = await freshTranslator();
    registerStrings('es', esCore);
    expect(isLocaleRegistered('en')).toBe(false);
    expect(createTranslator('en')('ui.minutes', { count: 8 })).toBe('unos 8 minutos');
    // The page's `lang` follows what is shown, not what was asked for.
    expect(spokenLocale('en')).toBe('es');
    expect(spokenLocale('es-MX')).toBe('es');
  });

  it("keeps a language's parts together: the game's strings and a page's own", async () => {
    const { createTranslator, registerStrings, spokenLocale } = await freshTranslator();
    registerStrings('en', enCore);
    registerStrings('en', enDashboard);
    const t = createTranslator('en');
    expect(spokenLocale('en')).toBe('en');
    expect(t('ui.minutes', { count: 1 })).toBe('about 1 minute');
    // Both parts put keys under `ui`; the dashboard's must not replace the game's `ui.author.liveReload`.
    expect(t('ui.author.liveReload.hide')).toBe('Hide');
    expect(t('ui.dashboard.heading')).toBe('Instructor dashboard');
  });
});
