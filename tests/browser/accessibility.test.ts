/**
 * Accessibility in real Chromium: axe-core finds no serious or critical violation on any screen; the
 * choices are buttons named by their text; focus follows the trainee; the canvas describes itself.
 */
import { describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './helpers/axe.js';
import { chromiumForFile, openApp } from './helpers/browser.js';
import { activate, firstUnpicked, playToEnd } from './helpers/game.js';

const browser = chromiumForFile();

describe('accessibility', () => {
  it('no screen has a serious or critical axe violation, with motion as the system allows', async () => {
    const app = await openApp(browser(), inject('appUrl'), { reducedMotion: 'no-preference' });
    const { page } = app;
    const found: Record<string, string[]> = {};
    found.title = await seriousViolations(page);
    await activate(page, '#open-scenarios');
    await page.locator('#list-heading').waitFor();
    found.list = await seriousViolations(page);
    await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
    await page.locator('#briefing-heading').waitFor();
    found.briefing = await seriousViolations(page);
    await activate(page, '#begin');
    await playToEnd(page, firstUnpicked, 'keyboard', async (count) => {
      if (count === 1) found.encounter = await seriousViolations(page);
    });
    await page.keyboard.press('Enter');
    await page.locator('#debrief-heading').waitFor();
    found.debrief = await seriousViolations(page);
    await activate(page, '.screen-debrief .actions button:last-child');
    await page.locator('#history-heading').waitFor();
    found.history = await seriousViolations(page);
    expect(found).toEqual({ title: [], list: [], briefing: [], encounter: [], debrief: [], history: [] });
    expect(app.errors).toEqual([]);
    await app.context.close();
  });

  it('offers choices as buttons in a list, named by their text, numbered, and picks with number keys', async () => {
    const { page, context } = await openApp(browser(), inject('appUrl'));
    await activate(page, '#open-scenarios');
    await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
    await activate(page, '#begin');
    const list = page.getByRole('list').filter({ has: page.locator('.choice') });
    await list.waitFor();
    const texts = (await page.locator('.choice-list .choice .text').allTextContents()).map((t) => t.trim());
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(await list.getByRole('button', { name: text, exact: true }).count()).toBe(1);
    expect(await page.locator('.choice-list .choice .key').allTextContents()).toEqual(texts.map((_, i) => String(i + 1)));
    expect(await page.evaluate(() => document.activeElement?.classList.contains('choice'))).toBe(true);

    const before = await page.locator('.narration .batch').count();
    await page.keyboard.press(String(texts.length));
    expect(await page.locator('.narration .line.pick').last().textContent()).toContain(texts[texts.length - 1]);
    expect(await page.locator('.narration .batch').count()).toBeGreaterThan(before);
    expect(await page.locator('.narration').getAttribute('role')).toBe('log');
    expect(await page.evaluate(() => document.activeElement === document.querySelector('.choice-list button'))).toBe(true);
    await context.close();
  });

  it('shows where focus is, and keeps the canvas described as the picture changes', async () => {
    const { page, context } = await openApp(browser(), inject('appUrl'));
    const canvas = page.locator('canvas#scene');
    expect(await canvas.getAttribute('role')).toBe('img');
    const titleLabel = await canvas.getAttribute('aria-label');
    expect(titleLabel).toBeTruthy();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as Element);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    await activate(page, '#open-scenarios');
    await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    const encounterLabel = await canvas.getAttribute('aria-label');
    expect(encounterLabel).not.toBe(titleLabel);
    expect(encounterLabel).toMatch(/apartment/i);
    await context.close();
  });
});
