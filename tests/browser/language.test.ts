/** Two languages in real Chromium: the browser's language by default, switchable on the title screen. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { keepScreenshot, chromiumForFile, openApp } from './helpers/browser.js';
import { activate, openSettings } from './helpers/game.js';

const browser = chromiumForFile();

/** The game's strings this page has downloaded so far, by language (src/i18n/parts/<locale>-core.ts). */
async function stringsDownloaded(page: Page): Promise<string[]> {
  const names = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  return [...new Set(names.flatMap((name) => /\/(en|es)-core[-.][^/]*$/.exec(name)?.[1] ?? []))].sort();
}

describe('languages', () => {
  it('starts in Spanish for a browser that prefers Spanish', async () => {
    const { page, context } = await openApp(browser(), inject('appUrl'), { locale: 'es-MX' });
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('#how-to-play-heading').textContent()).toBe('Cómo se juega');
    expect(await stringsDownloaded(page)).toEqual(['es']);
    await context.close();
  });

  it('switching to Spanish on the title screen shows Spanish on every screen, and English stories say so', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    expect(await page.locator('#how-to-play-heading').textContent()).toBe('How to play');
    // A trainee downloads only the language they play in; another comes when chosen.
    expect(await stringsDownloaded(page)).toEqual(['en']);
    await openSettings(page);
    await page.locator('#language').focus();
    await page.locator('#language').selectOption('es');
    await page.locator('#how-to-play-heading', { hasText: 'Cómo se juega' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await stringsDownloaded(page)).toEqual(['en', 'es']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('language');
    expect(await page.locator('#open-scenarios').textContent()).toBe('Elegir un escenario');
    expect(await page.locator('canvas#scene').getAttribute('aria-label')).toMatch(/teléfono/);
    await keepScreenshot(page, 'title-es');

    await activate(page, '#open-scenarios');
    expect(await page.locator('#list-heading').textContent()).toBe('Elija un escenario');
    const fixture = page.locator('[data-scenario-id="hub-overdose"]');
    expect(await fixture.locator('.language-note').textContent()).toContain('se juega en');
    expect(await fixture.locator('button').textContent()).toContain('Empezar');

    await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
    expect(await page.locator('#begin').textContent()).toBe('Empezar el encuentro');
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    expect(await page.locator('#choices-heading').textContent()).toBe('¿Qué hace?');
    expect(await page.locator('#state-heading').textContent()).toBe('En la escena');
    expect(await page.locator('[data-state="breathing"] dt').textContent()).toBe('Respiración');
    expect(await page.locator('.narration .speaker').first().textContent()).toBe('Despacho: ');
    expect(await page.locator('.narration').getAttribute('lang')).toBe('en');
    await page.keyboard.press('1');
    expect(await page.locator('.narration .line.pick .speaker').first().textContent()).toBe('Usted: ');
    await keepScreenshot(page, 'encounter-es');
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
