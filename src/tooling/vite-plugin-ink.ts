/**
 * Vite plugin: importing `scenarios/<id>/<locale>.ink` yields its compiled story. A compile error
 * fails the build, and shows in the dev server's overlay, naming the file and line. The compiler
 * runs here, at build time, so the trainee bundle carries only the inkjs runtime.
 *
 * Live reload: when a trainer saves a `.ink` file or a `scenario.json` while the dev server runs,
 * the plugin compiles or reads it and sends the result (or every located problem) to the game as
 * one custom message, instead of Vite's default of reloading the page, so the running encounter
 * can carry on from where the trainee was (src/game/catalogue.ts applies it).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../engine/diagnostics.js';
import { validateManifest } from '../engine/scenario/manifest.js';
import { compileInk, type CompileResult } from '../engine/story/compile-ink.js';
import { scanInkSource } from '../engine/story/scan-ink-source.js';
import { SCENARIO_FILE_CHANGED, type ScenarioFileChange } from '../game/scenario-hot-update.js';
import { unreadableManifest } from '../game/unreadable-manifest.js';
import { loadKnownAssets } from './assets-manifest.js';
import { checkEngineVariables, explainUndeclaredEngineVariable } from './engine-variable-check.js';
import { fieldDiagnostics, lineOfField, parseJsonText } from './json-file.js';
import { REPO_ROOT } from './paths.js';

/**
 * Compiles a saved `.ink` file and checks the engine variables it declares, as the checker does: a
 * story that compiles but declares `VAR breathing = 0` would quietly never react to the patient.
 */
function compileInkFile(file: string, source: string): { result: CompileResult; errors: Diagnostic[] } {
  const assets = loadKnownAssets();
  const shown = path.relative(REPO_ROOT, file);
  const result = compileInk(source, shown, assets ? { assets } : {});
  const variables = checkEngineVariables(scanInkSource(source.replace(/^\uFEFF/, '')).variables, shown);
  const errors = [...result.diagnostics.filter((d) => d.severity === 'error').map(explainUndeclaredEngineVariable), ...variables];
  return { result, errors: sortDiagnostics(errors) };
}

/** Locales a manifest lists that have no `<locale>.ink` beside it: the game could not play them. */
function missingLocales(file: string, text: string, locales: readonly string[]): Diagnostic[] {
  const shown = path.relative(REPO_ROOT, file);
  const line = lineOfField(text, 'locales');
  return locales
    .filter((locale) => !existsSync(path.join(path.dirname(file), `${locale}.ink`)))
    .map((locale) => ({
      file: shown,
      field: 'locales',
      severity: 'error' as const,
      message: `lists "${locale}" but ${path.join(path.dirname(shown), `${locale}.ink`)} does not exist`,
      ...(line !== undefined ? { line } : {}),
    }));
}

/** What the game should hear about a saved file of a scenario folder, or undefined for any other file. */
export function scenarioFileChange(file: string, text: string): ScenarioFileChange | undefined {
  if (!existsSync(path.join(path.dirname(file), 'scenario.json'))) return undefined;
  const name = path.basename(file);
  const scenarioId = path.basename(path.dirname(file));
  const shown = path.relative(REPO_ROOT, file);
  if (/^[a-z]{2}(-[A-Z]{2})?\.ink$/.test(name)) {
    const { result, errors } = compileInkFile(file, text);
    if (!result.ok || errors.length > 0) return { kind: 'problems', scenarioId, file: shown, diagnostics: errors };
    return { kind: 'story', scenarioId, locale: name.replace(/\.ink$/, ''), file: shown, story: result.story };
  }
  if (name === 'scenario.json') {
    const parsed = parseJsonText(text, shown);
    if (!parsed.ok) return { kind: 'problems', scenarioId, file: shown, diagnostics: [parsed.diagnostic] };
    const validation = validateManifest(parsed.value, scenarioId);
    if (!validation.ok)
      return { kind: 'problems', scenarioId, file: shown, diagnostics: fieldDiagnostics(text, shown, validation.problems) };
    const missing = missingLocales(file, text, validation.manifest.locales);
    if (missing.length > 0) return { kind: 'problems', scenarioId, file: shown, diagnostics: missing };
    return { kind: 'manifest', scenarioId, file: shown, manifest: parsed.value };
  }
  return undefined;
}

/**
 * The file watcher drops a second change to a file made within 50 ms of the first (chokidar's
 * throttle), so a quick second save would never reach the game: look at the file again once that
 * window has passed.
 */
const WATCHER_THROTTLE_MS = 60;

export function inkScenarios(): Plugin {
  /** The text last sent for each file, so that the look again sends only what changed. */
  const sent = new Map<string, string>();
  const tell = (
    hot: { send(event: typeof SCENARIO_FILE_CHANGED, change: ScenarioFileChange): void },
    file: string,
    text: string,
  ): boolean => {
    const change = scenarioFileChange(file, text);
    if (!change) return false;
    sent.set(file, text);
    hot.send(SCENARIO_FILE_CHANGED, change);
    setTimeout(() => {
      const now = existsSync(file) ? readFileSync(file, 'utf8') : '';
      if (now !== '' && now !== sent.get(file)) tell(hot, file, now);
    }, WATCHER_THROTTLE_MS);
    return true;
  };

  let root = REPO_ROOT;
  return {
    name: 'good-call:ink',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    load(id) {
      const file = id.split('?')[0] ?? id;
      if (path.basename(file) === 'scenario.json') {
        // Not JSON: bundled as a stand-in naming file, line and column, so the build, the dev server and every other scenario go on.
        const text = readFileSync(file, 'utf8');
        const parsed = parseJsonText(text, path.relative(root, file));
        if (parsed.ok) return null;
        this.warn(formatDiagnostic(parsed.diagnostic));
        return { code: JSON.stringify(unreadableManifest(parsed.diagnostic)), map: null };
      }
      if (!file.endsWith('.ink')) return null;
      const { result, errors } = compileInkFile(file, readFileSync(file, 'utf8'));
      for (const d of result.diagnostics) if (d.severity === 'warning') this.warn(formatDiagnostic(d));
      if (!result.ok || errors.length > 0) {
        const first = errors[0];
        this.error({
          message: `Ink compile failed:\n${errors.map(formatDiagnostic).join('\n')}`,
          id: file,
          ...(first?.line !== undefined ? { loc: { file, line: first.line, column: 0 } } : {}),
        });
      }
      return { code: `export default ${JSON.stringify(result.story)};`, map: null };
    },
    async hotUpdate({ type, file, read }) {
      if (this.environment.name !== 'client' || type !== 'update' || file.includes('/node_modules/')) return undefined;
      // Handled: the game applies the change itself rather than reloading the page.
      return tell(this.environment.hot, file, await read()) ? [] : undefined;
    },
  };
}
