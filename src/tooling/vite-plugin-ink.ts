/**
 * Vite plugin: importing `scenarios/<id>/<locale>.ink` yields its compiled story. A compile error
 * fails the build, and shows in the dev server's overlay, naming the file and line. The compiler
 * runs here, at build time, so the trainee bundle carries only the inkjs runtime.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic, hasErrors } from '../engine/diagnostics.js';
import { compileInk } from '../engine/story/compile-ink.js';
import { loadKnownAssets } from './assets-manifest.js';
import { REPO_ROOT } from './paths.js';

export function inkScenarios(): Plugin {
  return {
    name: 'good-call:ink',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.ink')) return null;
      const source = readFileSync(file, 'utf8');
      const shown = path.relative(REPO_ROOT, file);
      const assets = loadKnownAssets();
      const result = compileInk(source, shown, assets ? { assets } : {});
      for (const d of result.diagnostics) if (d.severity === 'warning') this.warn(formatDiagnostic(d));
      if (!result.ok || hasErrors(result.diagnostics)) {
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        const first = errors[0];
        this.error({
          message: `Ink compile failed:\n${errors.map(formatDiagnostic).join('\n')}`,
          id: file,
          ...(first?.line !== undefined ? { loc: { file, line: first.line, column: 0 } } : {}),
        });
      }
      return { code: `export default ${JSON.stringify(result.story)};`, map: null };
    },
  };
}
