/**
 * The scenario list as a trainee meets it: one group per kind of scene, each scenario with its
 * summary, length and protocols in the reader's language, and the trainee's own marks once an
 * attempt is finished.
 */
import { describe, expect, inject, it } from 'vitest';
import { localized } from '../../src/engine/index.js';
import en from '../../locales/en/ui.json';
import es from '../../locales/es/ui.json';
import { chromiumForFile, keepScreenshot, openApp } from './helpers/browser.js';
import { activate, firstUnpicked, playToEnd, readDebrief, startScenario } from './helpers/game.js';
import { playableScenarios } from './helpers/scenarios.js';

const browser = chromiumForFile();
const shipped = playableScenarios().filter((s) => s.shipped);
const UI = { en, es } as const;

describe('the scenario list', () => {
  it.each(['en', 'es'] as const)(
    '%s: groups the shipped scenarios by kind, each with its summary, length and protocols',
    async (locale) => {
      const app = await openApp(browser(), inject('appUrl'), { locale });
      const { page } = app;
      await activate(page, '#open-scenarios');
      await page.locator('#list-heading').waitFor();
      const groups = await page.locator('.scenario-group').evaluateAll((sections) =>
        sections.map((s) => ({
          kind: s.getAttribute('data-kind'),
          heading: s.querySelector('h2')?.textContent,
          ids: [...s.querySelectorAll('[data-scenario-id]')].map((c) => c.getAttribute('data-scenario-id')),
        })),
      );
      expect(groups.map((g) => g.kind)).toEqual(['overdose', 'patdown']);
      expect(groups.map((g) => g.heading)).toEqual([UI[locale].list.groups.overdose, UI[locale].list.groups.patdown]);
      expect(shipped.length).toBeGreaterThanOrEqual(9);
      for (const { id, bundle } of shipped) {
        const { manifest } = bundle;
        expect(groups.find((g) => g.kind === manifest.kind)?.ids).toContain(id);
        const card = page.locator(`[data-scenario-id="${id}"]`);
        expect(await card.locator('h3').textContent()).toBe(localized(manifest.title, locale, ['en']));
        expect(await card.locator('p').first().textContent()).toBe(localized(manifest.summary, locale, ['en']));
        const facts = await card.locator('.facts dd').allTextContents();
        expect(facts[0]).toContain(String(manifest.estimatedMinutes));
        const protocolNames = UI[locale].protocols as Record<string, string>;
        expect(facts[1]).toBe(manifest.protocols.map((family) => protocolNames[family]).join(' · '));
        expect(await card.locator('.marks').textContent()).toBe(UI[locale].list.notPlayed);
      }
      await keepScreenshot(page, `scenario-list-${locale}`);
      expect(app.errors).toEqual([]);
      await app.context.close();
    },
  );

  it('marks a scenario the trainee has finished with the count and their best score, by keyboard', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    await startScenario(page, 'hub-overdose');
    await playToEnd(page, firstUnpicked, 'keyboard');
    await activate(page, '#to-debrief');
    const debrief = await readDebrief(page);
    await page.getByRole('button', { name: en.debrief.backToList }).first().click();
    await page.locator('#list-heading').waitFor();
    const expected = (debrief.passed ? en.list.finishedPassed_one : en.list.finishedNotPassed_one).replace(
      '{{best}}',
      String(debrief.score),
    );
    await expect.poll(() => page.locator('[data-scenario-id="hub-overdose"] .marks').textContent()).toBe(expected);
    // Another scenario stays unmarked.
    expect(await page.locator(`[data-scenario-id="${shipped[0]!.id}"] .marks`).textContent()).toBe(en.list.notPlayed);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
