import { configDefaults, defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
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
  // Sounds are files of the build (assets/sounds), never data: URIs.
  "media-src 'self'",
  // Only the app's own origin, plus a learning record store an agency names at build time
  // (GOOD_CALL_LRS_ORIGIN=https://lrs.academy.example): nothing else can be reached from the page.
  `connect-src 'self'${lrsOrigin()}`,
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
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Sounds stay files, however small: the CSP allows no data: media.
    assetsInlineLimit: (file) => (/\.(ogg|mp3)$/.test(file) ? false : undefined),
    rolldownOptions: {
      // The game, the author preview for trainers (the only page that loads the Ink compiler), the
      // instructor dashboard, and the console an instructor steers a class's encounter from.
      input: { main: 'index.html', author: 'author.html', instructor: 'instructor.html', console: 'console.html' },
      output: { manualChunks: vendorChunk },
    },
  },
  test: {
    environment: 'node',
    // Limits for a hang, not timings: a busy two-core machine running two suites at once is several times slower.
    testTimeout: 120_000,
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
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
