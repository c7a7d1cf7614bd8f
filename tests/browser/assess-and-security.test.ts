/**
 * Assess mode's running clock and pause, and every built page's Content-Security-Policy, in real
 * Chromium against the built app.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile, openApp } from './helpers/browser.js';
import { activate, openSettings } from './helpers/game.js';

const browser = chromiumForFile();

describe('assess mode', () => {
  it('runs the clock with real time, and a pause stops it and hides the choices until resumed', async () => {
    const app = await openApp(browser(), inject('appUrl'));
    const { page } = app;
    await openSettings(page);
    await page.locator('#mode-assess').check();
    await activate(page, '#open-scenarios');
    await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
    await activate(page, '#begin');
    const clock = page.locator('[data-state="clock"] dd');
    await page.locator('.choice-list button').first().waitFor();
    const start = await clock.textContent();
    await page.waitForFunction((shown) => document.querySelector('[data-state="clock"] dd')?.textContent !== shown, start, {
      timeout: 15_000,
    });

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

/** Every page the build emits (vite.config.ts `rolldownOptions.input`), with what shows it has started. */
const PAGES = [
  { file: 'index.html', ready: '#open-scenarios' },
  { file: 'author.html', ready: 'h1' },
  { file: 'instructor.html', ready: 'h1' },
  { file: 'console.html', ready: 'h1' },
] as const;

/** The CSP meta of a built page's HTML, and the markup before it in the head. */
function cspOf(html: string): { csp: string; before: string } {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"\s*\/?>/.exec(html);
  const csp = match?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"') ?? '';
  const headStart = html.indexOf('<head>');
  return { csp, before: match ? html.slice(headStart + '<head>'.length, match.index) : '' };
}

/** Records every CSP violation from the first byte of the page, in `window.cspViolations`. */
function recordViolations(): void {
  const violations: string[] = [];
  (window as unknown as { cspViolations: string[] }).cspViolations = violations;
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
}

const violationsOn = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...(window as unknown as { cspViolations: string[] }).cspViolations]);

describe.each(PAGES)('the built page $file', ({ file, ready }) => {
  const html = readFileSync(path.join(inject('appDir'), file), 'utf8');

  it('carries a Content-Security-Policy, first in the head, that allows our own origin only and no inline script', () => {
    const { csp, before } = cspOf(html);
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    // blob: for the sounds the page synthesises itself and howler reads back; nothing from elsewhere.
    expect(directives.get('connect-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('media-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // A meta policy governs only what comes after it: nothing may load ahead of it.
    expect(before).not.toMatch(/<(script|link|style|base)\b/);
  });

  it('has no inline script and no inline style', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/<style/);
  });

  it('loads with no CSP violation, and the policy in force blocks an inline script', async () => {
    const app = await openApp(browser(), `${inject('appUrl')}${file}`, {
      beforeLoad: (context) => context.addInitScript(recordViolations),
    });
    const { page } = app;
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
    expect(await violationsOn(page)).toEqual([]);

    // The control: an injected inline script is refused and reported, so the listener and the policy both work here.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
    expect(await violationsOn(page)).toEqual([expect.stringMatching(/^script-src(-elem)? inline$/)]);
    // The refused script is logged by Chromium as a console error; nothing else may be.
    expect(app.errors.filter((e) => !/Content Security Policy/.test(e))).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    expect(app.failedResponses).toEqual([]);
    await app.context.close();
  });
});

describe('a scenario played under the policy', () => {
  it('reports no CSP violation from the first byte to the second pick', async () => {
    const app = await openApp(browser(), inject('appUrl'), { beforeLoad: (context) => context.addInitScript(recordViolations) });
    const { page } = app;
    await activate(page, '#open-scenarios');
    await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
    await activate(page, '#begin');
    await page.locator('.choice-list button').first().waitFor();
    await page.keyboard.press('1');
    await page.keyboard.press('1');
    expect(await page.locator('.narration .line.pick').count()).toBe(2);
    expect(await violationsOn(page)).toEqual([]);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });
});
