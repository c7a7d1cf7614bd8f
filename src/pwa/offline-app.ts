/**
 * The standalone web build works offline after its first load: a service worker (vite-plugin-pwa's
 * Workbox) precaches every page (the game, the author preview, the instructor dashboard), every
 * chunk including Phaser's and the worker that makes the sounds, and the icon, and a web app manifest
 * makes it installable.
 * Academies often have poor or locked-down networks: once a laptop has opened the game, a class can
 * play without one.
 *
 * The LMS builds (`scripts/build-scorm.ts`) leave all of it out: an LMS serves the package from its
 * own paths, often in a frame, and a service worker there would outlive the package and answer for
 * the LMS's origin. The browser tests' `e2e` build leaves it out too: they open many fresh browser
 * contexts, and a worker precaching megabytes in each would compete with the tests on CI's two cores;
 * the offline browser test builds the standalone app itself.
 */
import type { ConfigEnv, Plugin, UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Build modes that get no service worker, no registration script and no web app manifest. */
export const MODES_WITHOUT_SERVICE_WORKER = ['scorm12', 'scorm2004', 'cmi5', 'e2e'] as const;

export function buildHasServiceWorker(env: Pick<ConfigEnv, 'command' | 'mode'>): boolean {
  return env.command === 'build' && !(MODES_WITHOUT_SERVICE_WORKER as readonly string[]).includes(env.mode);
}

/**
 * Workbox leaves out, silently, any file over its 2 MiB default; Phaser's chunk is about 0.7 MB and
 * must never be left out as it grows (tests/pwa checks every chunk is precached).
 */
export const MAX_PRECACHED_FILE_BYTES = 6 * 1024 * 1024;

/**
 * What the service worker keeps: pages, scripts (the sound worker among them: sounds are made on the
 * device, not downloaded) and styles. The plugin adds the web app manifest and its icon itself.
 */
export const PRECACHED_FILES = ['**/*.{html,js,css}'];

function pwaPlugins(): Plugin[] {
  return VitePWA({
    registerType: 'autoUpdate',
    // The worker is built for production whatever NODE_ENV says (vitest sets it to `test`).
    mode: 'production',
    // A `<script src="registerSW.js">` in each page: the CSP (script-src 'self') forbids an inline one.
    injectRegister: 'script',
    manifest: {
      name: 'Good Call',
      short_name: 'Good Call',
      description: 'A training simulator for harm-reduction policing: short encounters scored against protocols and explained.',
      lang: 'en',
      display: 'standalone',
      background_color: '#0b1420',
      theme_color: '#0b1420',
      // PNGs for the installers that take no SVG (scripts/make-icons.ts draws them), and one the system may mask.
      icons: [
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: PRECACHED_FILES,
      maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE_BYTES,
      // `autoUpdate`: a new build's worker takes over as soon as it has cached everything, and the
      // next page load runs the new build; nothing asks the trainee, and an encounter is never reloaded.
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // The pages read their query strings themselves (a SCORM-style launch, a test's options): any
      // query still finds the page in the cache.
      ignoreURLParametersMatching: [/./],
      // Any other address under the app (a mistyped page) opens the game offline too.
      navigateFallback: 'index.html',
    },
  });
}

/** vite-plugin-pwa's plugins, each applied only to a build that has a service worker. */
export function offlineApp(): Plugin[] {
  return pwaPlugins().map((plugin) => ({
    ...plugin,
    apply: (config: UserConfig, env: ConfigEnv) => buildHasServiceWorker(env) && appliesAsItWould(plugin.apply, config, env),
  }));
}

function appliesAsItWould(apply: Plugin['apply'], config: UserConfig, env: ConfigEnv): boolean {
  if (apply === undefined) return true;
  if (typeof apply === 'function') return apply(config, env);
  return apply === env.command;
}
