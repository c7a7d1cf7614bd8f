import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import type { AliasOptions, Plugin } from 'vite';
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
    // Limits for a hang, not timings: a busy two-core machine running two suites at once is several times slower.
    testTimeout: 120_000,
    setupFiles: ['tests/setup/all-locales.ts'],
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
