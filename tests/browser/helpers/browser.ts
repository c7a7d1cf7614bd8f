/**
 * Debian's Chromium driven by playwright-core: nothing here downloads a browser. Every page records
 * its console errors, uncaught exceptions and every request that left localhost.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/** One headless Chromium for a test file: launched before its tests, closed after them. */
export function chromiumForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium has not been launched: call chromiumForFile() at the top of the test file');
    return browser;
  };
}

export interface WatchedPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions, as text. */
  readonly errors: string[];
  /** Requests to anywhere but the app's own server. */
  readonly foreignRequests: string[];
  /** Every request the page made. */
  readonly requests: string[];
  /** Responses with an error status (a missing favicon, a missing chunk). */
  readonly failedResponses: string[];
}

export interface OpenOptions {
  /** The browser's language; `en-US` unless given. */
  readonly locale?: string;
  /**
   * Motion as the trainee's system prefers it. Reduced by default: software WebGL on CI's two cores
   * spends most of its time drawing the pulses, and the DOM under test is the same either way.
   */
  readonly reducedMotion?: 'reduce' | 'no-preference';
  /** Runs on the new context before the page loads: an init script that must see the whole load. */
  readonly beforeLoad?: (context: BrowserContext) => Promise<unknown>;
}

export async function openApp(browser: Browser, appUrl: string, options: OpenOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: 1366, height: 768 },
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  // Every wait is on the DOM or an event, never a sleep; on a busy machine running two suites it may take long.
  context.setDefaultTimeout(120_000);
  await options.beforeLoad?.(context);
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const requests: string[] = [];
  const failedResponses: string[] = [];
  const origin = new URL(appUrl).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) foreignRequests.push(url);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(appUrl);
  await page.locator('h1').first().waitFor();
  return { context, page, errors, foreignRequests, requests, failedResponses };
}

/**
 * For `expect.poll` on what no DOM change announces (what the device's storage holds): asked again
 * every tenth of a second for as long as a loaded machine may take, rather than vitest's one second.
 */
export const UNTIL_STORED = { timeout: 60_000, interval: 100 } as const;

const SCREENSHOTS = path.resolve(import.meta.dirname, '..', '..', '..', 'test-artifacts', 'screenshots');

/** Keeps a screenshot of what the trainee sees, as a test artifact (git-ignored). */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}
