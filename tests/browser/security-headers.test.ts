/**
 * The served app's security headers, from `vite preview` over the built app, in real Chromium: the
 * web build cannot be framed by another site; an LMS build (SCORM, cmi5) can, as its LMS must.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { securityHeaders } from '../../src/tooling/security-headers.js';
import { chromiumForFile } from './helpers/browser.js';
import { serveStatic, type StaticServer } from './helpers/static-server.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const browser = chromiumForFile();
const servers: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const server of servers) await server.close();
});

async function previewIn(mode: string): Promise<string> {
  const server: PreviewServer = await preview({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    mode,
    logLevel: 'error',
    build: { outDir: inject('appDir') },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  servers.push({ close: () => server.close() });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no address');
  return url;
}

/** A page on another origin that frames `url`, as an LMS or a hostile site would. */
async function framingHost(url: string): Promise<StaticServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'good-call-framer-'));
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><title>host</title><iframe src="${url}" title="framed"></iframe>`);
  const server = await serveStatic(dir);
  servers.push(server);
  return server;
}

async function framed(url: string): Promise<{ frameUrl: string; shown: boolean }> {
  const host = await framingHost(url);
  const context = await browser().newContext();
  const page = await context.newPage();
  const loaded = page.waitForEvent('framenavigated', (f) => f !== page.mainFrame());
  await page.goto(host.url);
  const frame = await loaded;
  await frame.waitForLoadState('domcontentloaded');
  const shown = (await frame.locator('#app').count()) > 0;
  const frameUrl = frame.url();
  await context.close();
  return { frameUrl, shown };
}

describe('vite preview', () => {
  it('sends the web build the CSP as a header, with frame-ancestors none, and no other site can frame it', async () => {
    const url = await previewIn('production');
    const response = await fetch(`${url}index.html`);
    const expected = securityHeaders({ target: 'web' });
    for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const { shown } = await framed(url);
    expect(shown).toBe(false);
  });

  it('lets an LMS frame an LMS build', async () => {
    const url = await previewIn('cmi5');
    const response = await fetch(`${url}index.html`);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors \*$/);
    expect(response.headers.get('x-frame-options')).toBeNull();
    const { shown } = await framed(url);
    expect(shown).toBe(true);
  });
});
