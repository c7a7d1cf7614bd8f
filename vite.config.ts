import { configDefaults, defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import { inkScenarios } from './src/tooling/vite-plugin-ink.js';
import { offlineApp } from './src/pwa/offline-app.js';
import { buildTarget, metaPolicy, policyOptionsFromEnv, securityHeaders, type BuildTarget } from './src/tooling/security-headers.js';

/** Third-party code in chunks of their own, so the app's code stays small and cacheable. */
export function vendorChunk(id: string): string | undefined {
  if (id.includes('/node_modules/phaser/')) return 'phaser';
  if (id.includes('/node_modules/inkjs/')) return 'inkjs';
  if (id.includes('/node_modules/howler/')) return 'howler';
  if (id.includes('/node_modules/')) return 'vendor';
  return undefined;
}

/**
 * The Content-Security-Policy (src/tooling/security-headers.ts): in every built page's `<meta>`, and
 * as headers, with who may frame the pages, from `vite preview`. The dev server sets none: its hot
 * reload needs inline scripts and a websocket.
 */
function contentSecurityPolicy(): Plugin {
  let target: BuildTarget = 'web';
  return {
    name: 'good-call:csp',
    configResolved(config) {
      target = buildTarget(config.mode);
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        context.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy(policyOptionsFromEnv(target)) },
                injectTo: 'head-prepend',
              },
            ],
    },
    configurePreviewServer(server) {
      const headers = securityHeaders(policyOptionsFromEnv(target));
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        next();
      });
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
