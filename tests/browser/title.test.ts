/**
 * The title screen in real Chromium, by keyboard: "Choose a scenario" comes first, one Tab from the
 * heading; the settings are open on a first visit, remembered on the device, and folded on the next
 * visit under a line that says what they are. No serious axe violation, folded or open; no reflow
 * fault at any width; screenshots of the folded title at 390, 1024 and 1366 px in both languages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './helpers/axe.js';
import { chromiumForFile, keepScreenshot, openApp } from './helpers/browser.js';
import { reflowFaults, resize, SCREENSHOT_WIDTHS, VIEWPORTS } from './helpers/layout.js';

const browser = chromiumForFile();

const panelOpen = (page: Page): Promise<boolean> => page.locator('#title-settings').evaluate((d) => (d as HTMLDetailsElement).open);
const focusedId = (page: Page): Promise<string> => page.evaluate(() => document.activeElement?.id ?? '');
const summaryText = async (page: Page): Promise<string> =>
  ((await page.locator('#title-settings .settings-choices').textContent()) ?? '').trim();

describe('the title screen', () => {
  it('puts "Choose a scenario" first, and remembers and folds the settings after the first visit', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;

    // First visit: nothing was ever chosen, so the settings are open to be seen; the start is one Tab away.
    expect(await panelOpen(page)).toBe(true);
    expect(await focusedId(page)).toBe('title-heading');
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('open-scenarios');
    expect(await seriousViolations(page)).toEqual([]);
    const code = await page.locator('#trainee-code').inputValue();
    expect(await summaryText(page)).toBe(`Learn mode · English · sound on · trainee code ${code}`);

    // Choose by keyboard: Assess mode, sound off, then Spanish (the title is drawn again, the panel stays open).
    await page.locator('#mode-learn').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#mode-assess').isChecked()).toBe(true);
    await page.locator('#sound').focus();
    await page.keyboard.press('Space');
    expect(await summaryText(page)).toBe(`Assess mode, clock ×1 · English · sound off · trainee code ${code}`);
    await page.locator('#language').focus();
    await page.locator('#language').selectOption('es');
    await page.locator('#open-scenarios', { hasText: 'Elegir un escenario' }).waitFor();
    expect(await panelOpen(page)).toBe(true);
    expect(await focusedId(page)).toBe('language');
    expect(await summaryText(page)).toBe(`Modo Evaluar, reloj ×1 · Español · sonido desactivado · código de participante ${code}`);

    // The next visit: the same choices, folded under their line, the start still one Tab from the heading.
    await page.reload();
    await page.locator('#title-heading').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await panelOpen(page)).toBe(false);
    expect(await page.locator('#title-settings summary').textContent()).toBe(
      `Configuración Modo Evaluar, reloj ×1 · Español · sonido desactivado · código de participante ${code}`,
    );
    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe('open-scenarios');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    expect(await panelOpen(page)).toBe(true);
    expect(await page.locator('#mode-assess').isChecked()).toBe(true);
    expect(await page.locator('#sound').isChecked()).toBe(false);
    expect(await page.locator('#trainee-code').inputValue()).toBe(code);
    expect(await seriousViolations(page)).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('remembers the trainee code a scenario was chosen with, though nothing else was changed', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    const code = await page.locator('#trainee-code').inputValue();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#list-heading').waitFor();
    await page.reload();
    await page.locator('#title-heading').waitFor();
    expect(await panelOpen(page)).toBe(false);
    expect(await summaryText(page)).toBe(`Learn mode · English · sound on · trainee code ${code}`);
    await app.context.close();
  });

  it.each([
    { lang: 'en', locale: 'en-US' },
    { lang: 'es', locale: 'es-US' },
  ])('reflows folded at every width ($lang)', async ({ lang, locale }) => {
    const app = await openApp(browser(), inject('appUrl'), { locale });
    const { page } = app;
    // Chosen once, so the settings are folded from here on.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#list-heading').waitFor();
    await page.reload();
    await page.locator('#title-heading').waitFor();
    expect(await panelOpen(page)).toBe(false);
    const faults: string[] = [];
    for (const viewport of VIEWPORTS) {
      await resize(page, viewport);
      faults.push(...(await reflowFaults(page)).map((f) => `${viewport.width}x${viewport.height}: ${f}`));
      // The start button is on screen without scrolling.
      const box = await page.locator('#open-scenarios').boundingBox();
      if (!box || box.y + box.height > viewport.height)
        faults.push(`${viewport.width}x${viewport.height}: the start button is below the fold`);
      if (SCREENSHOT_WIDTHS.includes(viewport.width)) await keepScreenshot(page, `title-folded-${lang}-${viewport.width}`);
    }
    expect(faults).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
