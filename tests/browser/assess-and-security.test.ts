/**
 * Assess mode's running clock and pause, and the built page's Content-Security-Policy, in real
 * Chromium against the built app.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './helpers/browser.js';
import { activate } from './helpers/game.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('assess mode', () => {
  it('runs the clock with real time, and a pause stops it and hides the choices until resumed', async () => {
    const app = await openApp(browser, inject('appUrl'));
    const { page } = app;
    await page.locator('#mode-assess').check();
    await activate(page, '#open-scenarios');
    await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
    await activate(page, '#begin');
    const clock = page.locator('[data-state="clock"] dd');
    await page.locator('.choice-list button').first().waitFor();
    const start = await clock.textContent();
    await page.waitForFunction((shown) => document.querySelector('[data-state="clock"] dd')?.textContent !== shown, start, { timeout: 15_000 });

    await activate(page, '#pause');
    expect(await page.locator('#pause').textContent()).toBe('Resume');
    expect(await page.locator('.clock-status').textContent()).toBe('Paused. The clock is stopped.');
    expect(await page.locator('.choices').isHidden()).toBe(true);
    await page.keyboard.press('1');
    expect(await page.locator('.narration .line.pick').count()).toBe(0);

    await page.keyboard.press('Enter');
    expect(await page.locator('#pause').textContent()).toBe('Pause');
    expect(await page.locator('.choices').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement === document.querySelector('.choice-list button'))).toBe(true);
    await page.keyboard.press('1');
    expect(await page.locator('.narration .line.pick').count()).toBe(1);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});

describe('the built page', () => {
  const html = readFileSync(path.join(inject('appDir'), 'index.html'), 'utf8');

  it('carries a Content-Security-Policy that allows our own origin only and no inline script', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
    const directives = new Map(csp.split(';').map((d) => { const [name = '', ...values] = d.trim().split(/\s+/); return [name, values]; }));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('has no inline script and no inline style', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<style/);
  });

  it('reports no CSP violation while a scenario is played', async () => {
    const app = await openApp(browser, inject('appUrl'));
    const { page } = app;
    await page.evaluate(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await activate(page, '#open-scenarios');
    await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });
});
