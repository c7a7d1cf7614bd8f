/**
 * Loads a scenario folder from disk (anywhere, not only under `scenarios/`): the manifest validated,
 * every locale compiled, every problem located. One broken locale never hides another's problems.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { hasErrors, type Diagnostic } from '../engine/diagnostics.js';
import type { ScenarioBundle } from '../engine/scenario/bundle.js';
import { validateManifest, type ScenarioManifest } from '../engine/scenario/manifest.js';
import type { KnownAssets } from '../engine/story/check-tags.js';
import { compileInk } from '../engine/story/compile-ink.js';
import type { CompiledStory } from '../engine/story/compiled-story.js';
import { loadKnownAssets } from './assets-manifest.js';
import { fieldDiagnostics, parseJsonText } from './json-file.js';
import { displayPath, SCENARIOS_DIR } from './paths.js';

export interface ScenarioLoad {
  readonly dir: string;
  /** Present when there are no errors: the manifest is valid and every listed locale compiled. */
  readonly bundle?: ScenarioBundle;
  /**
   * Present when every listed locale compiled and the manifest's fields are valid, even if other
   * errors were found (its id disagreeing with the folder): enough to run golden paths on.
   */
  readonly compiled?: ScenarioBundle;
  /** Present when the manifest's fields are valid (its id may still disagree with the folder), even if a story failed. */
  readonly manifest?: ScenarioManifest;
  /** Ink source by locale, for checks that read the text. */
  readonly sources: Readonly<Record<string, { readonly file: string; readonly text: string }>>;
  readonly diagnostics: readonly Diagnostic[];
}

export interface LoadOptions {
  /** Known `#sfx`/`#bg` ids; by default read from this repository's `assets/manifest.json`. */
  readonly assets?: KnownAssets | null;
}

/** A scenario given as a folder path, or as the id of a folder under this repository's `scenarios/`. */
export function resolveScenarioDir(dirOrId: string): string {
  if (existsSync(dirOrId) && statSync(dirOrId).isDirectory()) return path.resolve(dirOrId);
  const inRepo = path.join(SCENARIOS_DIR, dirOrId);
  if (/^[a-z0-9][a-z0-9-]*$/.test(dirOrId) && existsSync(inRepo)) return inRepo;
  return path.resolve(dirOrId);
}

export function loadScenarioDir(dir: string, options: LoadOptions = {}): ScenarioLoad {
  const manifestPath = path.join(dir, 'scenario.json');
  const manifestFile = displayPath(manifestPath);
  const diagnostics: Diagnostic[] = [];
  const sources: Record<string, { file: string; text: string }> = {};

  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { dir, sources, diagnostics: [{ file: displayPath(dir), severity: 'error', message: 'no such scenario folder' }] };
  }
  if (!existsSync(manifestPath)) {
    return {
      dir,
      sources,
      diagnostics: [{ file: manifestFile, severity: 'error', message: 'missing: every scenario folder needs a scenario.json' }],
    };
  }
  const text = readFileSync(manifestPath, 'utf8');
  const parsed = parseJsonText(text, manifestFile);
  // A manifest that is not JSON still leaves every .ink file beside it to compile and report.
  const validation = parsed.ok ? validateManifest(parsed.value, path.basename(dir)) : undefined;
  if (!parsed.ok) diagnostics.push(parsed.diagnostic);
  else if (validation && !validation.ok) diagnostics.push(...fieldDiagnostics(text, manifestFile, validation.problems));
  // Checked again without the folder name, so that a copied folder whose id was not changed still compiles and plays its golden paths.
  const fields = validation?.ok || !parsed.ok ? validation : validateManifest(parsed.value);
  const manifest = fields?.ok ? fields.manifest : undefined;

  const assets = options.assets === undefined ? loadKnownAssets() : (options.assets ?? undefined);
  const listed = manifest ? manifest.locales : inkLocalesIn(dir);
  const stories: Record<string, CompiledStory> = {};
  for (const locale of listed) {
    const inkPath = path.join(dir, `${locale}.ink`);
    const inkFile = displayPath(inkPath);
    if (!existsSync(inkPath)) {
      diagnostics.push({
        file: manifestFile,
        field: 'locales',
        severity: 'error',
        message: `lists "${locale}" but ${inkFile} does not exist`,
      });
      continue;
    }
    const source = readFileSync(inkPath, 'utf8');
    sources[locale] = { file: inkFile, text: source };
    const compiled = compileInk(source, inkFile, assets ? { assets } : {});
    diagnostics.push(...compiled.diagnostics);
    if (compiled.ok) stories[locale] = compiled.story;
  }
  if (manifest) {
    for (const locale of inkLocalesIn(dir)) {
      if (!manifest.locales.includes(locale)) {
        diagnostics.push({
          file: displayPath(path.join(dir, `${locale}.ink`)),
          severity: 'warning',
          message: `not listed in scenario.json "locales", so it is never played`,
        });
      }
    }
  }
  if (!manifest) return { dir, sources, diagnostics };
  if (!manifest.locales.every((locale) => stories[locale])) return { dir, manifest, sources, diagnostics };
  const compiled = { manifest, stories };
  if (hasErrors(diagnostics)) return { dir, manifest, compiled, sources, diagnostics };
  return { dir, manifest, compiled, bundle: compiled, sources, diagnostics };
}

function inkLocalesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^[a-z]{2}(-[A-Z]{2})?\.ink$/.test(f))
    .map((f) => f.replace(/\.ink$/, ''))
    .sort();
}

/** Every scenario folder under `scenarios/` (those with a scenario.json). */
export function shippedScenarioDirs(root = SCENARIOS_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .map((name) => path.join(root, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(path.join(dir, 'scenario.json')))
    .sort();
}
