/**
 * The standalone build precaches everything the game, the author preview and the instructor
 * dashboard need offline (Phaser's chunk and the sound worker included); the SCORM builds, and the browser
 * tests' e2e build, have no service worker, no registration script and no web app manifest.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHasServiceWorker, MODES_WITHOUT_SERVICE_WORKER } from '../../src/pwa/offline-app.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const PAGES = ['index.html', 'author.html', 'instructor.html'];
const outDirs: string[] = [];

function build(mode?: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), `good-call-${mode ?? 'production'}-`));
  outDirs.push(outDir);
  const args = [
    path.join(ROOT, 'node_modules/vite/bin/vite.js'),
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'error',
    ...(mode ? ['--mode', mode] : []),
  ];
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'pipe' });
  return outDir;
}

/** The URLs in the service worker's precache manifest, as Workbox writes them into sw.js. */
function precachedUrls(outDir: string): string[] {
  const sw = readFileSync(path.join(outDir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1] ?? '');
}

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('the offline app', () => {
  it('is built only for the standalone web build, never for an LMS or the e2e tests, and never by the dev server', () => {
    expect(buildHasServiceWorker({ command: 'build', mode: 'production' })).toBe(true);
    for (const mode of ['scorm12', 'scorm2004', 'e2e']) expect(buildHasServiceWorker({ command: 'build', mode })).toBe(false);
    expect(buildHasServiceWorker({ command: 'serve', mode: 'development' })).toBe(false);
    expect(MODES_WITHOUT_SERVICE_WORKER).toEqual(expect.arrayContaining(['scorm12', 'scorm2004']));
  });

  it("precaches every page, every chunk (Phaser's and the sound worker's too) and the icon, and each page registers the worker from a file", () => {
    const outDir = build();
    const urls = precachedUrls(outDir);
    for (const page of PAGES) {
      expect(urls).toContain(page);
      const html = readFileSync(path.join(outDir, page), 'utf8');
      expect(html).toContain('<script id="vite-plugin-pwa:register-sw" src="./registerSW.js"></script>');
      expect(html).toContain('<link rel="manifest" href="./manifest.webmanifest">');
    }
    const assets = readdirSync(path.join(outDir, 'assets'));
    const phaser = assets.find((f) => /^phaser-.*\.js$/.test(f));
    expect(phaser).toBeDefined();
    expect(assets.filter((f) => /^synth-worker-.*\.js$/.test(f))).toHaveLength(1);
    for (const file of assets.filter((f) => /\.(js|css)$/.test(f))) expect(urls).toContain(`assets/${file}`);
    expect(urls).toEqual(expect.arrayContaining(['favicon.svg', 'manifest.webmanifest', 'registerSW.js']));
    const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.webmanifest'), 'utf8')) as {
      name: string;
      icons: { src: string; sizes: string; type: string; purpose: string }[];
      start_url: string;
      theme_color: string;
    };
    expect(manifest).toMatchObject({ name: 'Good Call', start_url: './', theme_color: '#0b1420' });
    // What installers need besides the SVG: PNGs of 192 and 512 pixels, and a maskable one, each the size it says.
    for (const [sizes, purpose] of [
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ] as const) {
      const icon = manifest.icons.find((i) => i.sizes === sizes && i.purpose === purpose && i.type === 'image/png');
      expect(icon, `${sizes} ${purpose}`).toBeDefined();
      const bytes = readFileSync(path.join(outDir, icon!.src));
      expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(sizes);
      expect(urls).toContain(icon!.src);
    }
    for (const page of PAGES) expect(readFileSync(path.join(outDir, page), 'utf8')).toContain('<meta name="theme-color" content="#0b1420"');
  }, 120_000);

  it.each(['scorm12', 'scorm2004', 'cmi5'])(
    'is left out of the %s package: no worker, no registration, no manifest',
    (mode) => {
      const outDir = build(mode);
      for (const file of ['sw.js', 'registerSW.js', 'manifest.webmanifest']) expect(existsSync(path.join(outDir, file)), file).toBe(false);
      expect(readdirSync(outDir).filter((f) => /^workbox-/.test(f))).toEqual([]);
      for (const page of PAGES) {
        const html = readFileSync(path.join(outDir, page), 'utf8');
        expect(html).not.toContain('registerSW');
        expect(html).not.toContain('rel="manifest"');
      }
      const scripts = readdirSync(path.join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
      for (const file of scripts)
        expect(readFileSync(path.join(outDir, 'assets', file), 'utf8'), file).not.toContain('serviceWorker.register');
    },
    120_000,
  );
});
