import { defineConfig } from 'vitest/config';
import { inkScenarios } from './src/tooling/vite-plugin-ink.js';

/** Third-party code in chunks of their own, so the app's code stays small and cacheable. */
function vendorChunk(id: string): string | undefined {
  if (id.includes('/node_modules/phaser/')) return 'phaser';
  if (id.includes('/node_modules/inkjs/')) return 'inkjs';
  if (id.includes('/node_modules/')) return 'vendor';
  return undefined;
}

export default defineConfig({
  base: './',
  plugins: [inkScenarios()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { output: { manualChunks: vendorChunk } },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
