import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import type { AliasOptions, Plugin } from 'vite';
import { inkScenarios } from './src/tooling/vite-plugin-ink.js';
import { offlineApp } from './src/pwa/offline-app.js';

/** Third-party code in chunks of their own, so the app's code stays small and cacheable. */
export function vendorChunk(id: string): string | undefined {
  if (id.includes('/node_modules/phaser/')) return 'phaser';
  if (id.includes('/node_modules/inkjs/')) return 'inkjs';
  if (id.includes('/node_modules/howler/')) return 'howler';
  if (id.includes('/node_modules/')) return 'vendor';
  return undefined;
}

/**
 * Phaser built from its sources with only what the pictures draw (src/ui/phaser/phaser-build.ts),
 * instead of its prebuilt bundle with every renderer, game object and plugin. Its package exports
 * only its root, so its sources are reached by path; its build flags, which Phaser's own builds set
 * with webpack, choose WebGL only, no sound manager, no debugging aids and no optional plugins.
 * `npm run bench` builds its trimmed empty game with the same settings.
 */
export const PHASER_ALIAS: AliasOptions = [
  { find: /^phaser$/, replacement: fileURLToPath(new URL('./src/ui/phaser/phaser-build.ts', import.meta.url)) },
  { find: /^phaser\/src\//, replacement: fileURLToPath(new URL('./node_modules/phaser/src/', import.meta.url)) },
];
export const PHASER_FLAGS: Record<string, string> = {
  'typeof WEBGL_RENDERER': 'true',
  'typeof CANVAS_RENDERER': 'false',
  'typeof WEBGL_DEBUG': 'false',
  'typeof FEATURE_SOUND': 'false',
  'typeof PLUGIN_CAMERA3D': 'false',
  'typeof PLUGIN_FBINSTANT': 'false',
};

/**
 * The built pages may load scripts, styles, media and data only from their own origin, and run no
 * inline script or style: nothing reaches a third party, and injected text can never execute.
 */
function lrsOrigin(): string {
  const origin = process.env.GOOD_CALL_LRS_ORIGIN?.trim();
  if (!origin) return '';
  if (!/^https?:\/\/[^\s;,']+$/.test(origin))
    throw new Error(`GOOD_CALL_LRS_ORIGIN must be an origin such as https://lrs.example.org, not ${origin}`);
  return ` ${origin}`;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // Phaser builds its default textures (__DEFAULT, __MISSING, __WHITE) from data: URIs.
  "img-src 'self' data:",
  // Sounds are synthesised on the device and played from blob: URLs the page itself made (howler
  // reads them with a request, hence blob: for connect-src too); never data: URIs, never elsewhere.
  "media-src 'self' blob:",
  // Only the app's own origin, plus a learning record store an agency names at build time
  // (GOOD_CALL_LRS_ORIGIN=https://lrs.academy.example): nothing else can be reached from the page.
  `connect-src 'self' blob:${lrsOrigin()}`,
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Build only: the dev server's hot reload needs inline scripts and a websocket. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'good-call:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [inkScenarios(), contentSecurityPolicy(), ...offlineApp()],
  resolve: { alias: PHASER_ALIAS },
  define: PHASER_FLAGS,
  // The dev server bundles Phaser's sources on its own, with only the defines given here.
  optimizeDeps: { rolldownOptions: { transform: { define: PHASER_FLAGS } } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The game, the author preview for trainers (the only page that loads the Ink compiler), the
      // instructor dashboard, and the console an instructor steers a class's encounter from.
      input: { main: 'index.html', author: 'author.html', instructor: 'instructor.html', console: 'console.html' },
      output: { manualChunks: vendorChunk },
    },
  },
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/browser/**'] },
      },
      {
        // Real Chromium against the built app, served from localhost (tests/browser/setup.ts).
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
