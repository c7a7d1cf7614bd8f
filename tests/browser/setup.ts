/**
 * Global setup of the browser tests: builds the app once (with the e2e mode, which adds a fixture
 * scenario beside the shipped ones) into a temporary folder and serves it on localhost.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './helpers/static-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    appDir: string;
  }
}

const ROOT = path.resolve(import.meta.dirname, '..', '..');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'good-call-e2e-'));
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--mode',
      'e2e',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    {
      cwd: ROOT,
      stdio: 'pipe',
    },
  );
  const server = await serveStatic(outDir);
  project.provide('appUrl', server.url);
  project.provide('appDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
