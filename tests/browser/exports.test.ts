/**
 * Exports from the history screen, in real Chromium: JSON that the dashboard can import again, CSV
 * sheets with the expected columns, xAPI statements; nothing leaves the device by default; and an
 * LRS an instructor configures receives the statements without the password reaching any file.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importAttemptsJson } from '../../src/export/attempts-json.js';
import { ATTEMPT_COLUMNS, RULE_COLUMNS } from '../../src/export/csv.js';
import { seriousViolations } from './helpers/axe.js';
import { launchChromium, openApp } from './helpers/browser.js';
import { activate, firstUnpicked, playToEnd } from './helpers/game.js';

/** The built app, plus a learning record store at /lrs on the same origin, which records what it gets. */
interface AppWithLrs {
  readonly url: string;
  readonly received: { authorization: string | undefined; version: string | undefined; statements: unknown[] }[];
  close(): Promise<void>;
}

async function serveAppWithLrs(root: string): Promise<AppWithLrs> {
  const received: AppWithLrs['received'] = [];
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method === 'POST' && pathname === '/lrs/statements') {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({
          authorization: request.headers.authorization,
          version: request.headers['x-experience-api-version'] as string | undefined,
          statements: JSON.parse(body) as unknown[],
        });
        response.writeHead(200, { 'content-type': 'application/json' }).end('[]');
      });
      return;
    }
    const file = path.resolve(root, `.${pathname.endsWith('/') ? `${pathname}index.html` : pathname}`);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.html')
      ? 'text/html'
      : file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : 'application/octet-stream';
    response.writeHead(200, { 'content-type': type });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function textOf(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

async function downloadFrom(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: download.suggestedFilename(), text: await textOf(download) };
}

/** The header row of a CSV download, which must start with a UTF-8 byte order mark (for Excel). */
function csvHeader(text: string): string[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).split('\r\n')[0]!.split(',');
}

/** Plays the hub fixture to its end by keyboard and opens the history screen, where the exports are. */
async function finishAttemptAndOpenHistory(page: Page): Promise<Awaited<ReturnType<typeof playToEnd>>> {
  await activate(page, '#open-scenarios');
  await activate(page, '[data-scenario-id="hub-overdose"] button[data-action="play"]');
  await activate(page, '#begin');
  const run = await playToEnd(page, firstUnpicked, 'keyboard');
  await page.keyboard.press('Enter');
  await page.locator('#debrief-heading').waitFor();
  await page
    .getByRole('button', { name: /attempts/i })
    .first()
    .click();
  return run;
}

describe('exports from the history screen', () => {
  let browser: Browser;
  let app: AppWithLrs;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await serveAppWithLrs(path.resolve(inject('appDir')));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('downloads JSON, CSV and xAPI of the attempts on the device, and sends nothing anywhere', async () => {
    const { page, requests, errors } = await openApp(browser, app.url);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') posts.push(`${r.method()} ${r.url()}`);
    });
    const run = await finishAttemptAndOpenHistory(page);
    await page.locator('#exports-heading').waitFor();

    const json = await downloadFrom(page, '#export-json');
    expect(json.name).toMatch(/^good-call-attempts-.*\.json$/);
    const imported = importAttemptsJson(json.text, json.name);
    expect(imported.problems).toEqual([]);
    expect(imported.attempts).toHaveLength(1);
    expect(imported.attempts[0]!.picks.map((p) => p.index)).toEqual(run.picks);

    const attemptsSheet = await downloadFrom(page, '#export-csv-attempts');
    expect(csvHeader(attemptsSheet.text)).toEqual([...ATTEMPT_COLUMNS]);
    expect(attemptsSheet.text.trim().split('\r\n')).toHaveLength(2);
    const rulesSheet = await downloadFrom(page, '#export-csv-rules');
    expect(csvHeader(rulesSheet.text)).toEqual([...RULE_COLUMNS]);

    const xapi = await downloadFrom(page, '#export-xapi');
    const statements = JSON.parse(xapi.text) as { verb: { id: string } }[];
    expect(statements).toHaveLength(run.picks.length + 1);
    expect(statements.at(-1)!.verb.id).toMatch(/passed|failed/);

    expect(await seriousViolations(page)).toEqual([]);
    expect(posts).toEqual([]);
    expect(requests.every((url) => url.startsWith(app.url) || url.startsWith('blob:') || url.startsWith('data:'))).toBe(true);
    expect(app.received).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sends the statements to an LRS an instructor configures, and never writes the password anywhere', async () => {
    const { page, errors } = await openApp(browser, app.url);
    const consoleText: string[] = [];
    page.on('console', (m) => consoleText.push(m.text()));
    const run = await finishAttemptAndOpenHistory(page);
    await page.locator('.lrs-details summary').click();
    await page.locator('#lrs-endpoint').fill(`${app.url}lrs/`);
    await page.locator('#lrs-username').fill('academy-key');
    await page.locator('#lrs-password').fill('Very-Secret-9');
    await page.locator('#lrs-send').click();
    await page.locator('.lrs .export-status', { hasText: /Sent/ }).waitFor();

    const sent = app.received.flatMap((r) => r.statements);
    expect(sent.length).toBeGreaterThanOrEqual(run.picks.length + 1);
    expect(app.received[0]!.version).toBe('1.0.3');
    expect(app.received[0]!.authorization).toBe(`Basic ${Buffer.from('academy-key:Very-Secret-9').toString('base64')}`);
    expect(JSON.stringify(sent)).not.toContain('Very-Secret-9');

    const json = await downloadFrom(page, '#export-json');
    const xapi = await downloadFrom(page, '#export-xapi');
    for (const text of [json.text, xapi.text, ...consoleText]) expect(text).not.toContain('Very-Secret-9');
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain(
      'Very-Secret-9',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
