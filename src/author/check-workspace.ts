/**
 * Everything the author preview checks as the trainer types, on the text in the editor: the manifest
 * field by field, every story compiled with its tags checked, the engine's variables, and the
 * translations' structure against the first language. The same checks as `scenarios:check`, minus
 * those that need the disk (golden paths) or time (the path explorer). It loads the Ink compiler, so
 * only the author page's compile worker (and tests) may import it.
 */
import { hasErrors, sortDiagnostics, type Diagnostic } from '../engine/diagnostics.js';
import { validateManifest, type ScenarioManifest } from '../engine/scenario/manifest.js';
import type { KnownAssets } from '../engine/story/check-tags.js';
import { compileInk, type CompileResult } from '../engine/story/compile-ink.js';
import type { CompiledStory } from '../engine/story/compiled-story.js';
import { scanInkSource } from '../engine/story/scan-ink-source.js';
import {
  checkEngineVariables,
  checkStoryParameterDeclarations,
  explainUndeclaredEngineVariable,
} from '../tooling/engine-variable-check.js';
import { fieldDiagnostics, parseJsonText } from '../tooling/json-file.js';
import { checkLocaleParity } from '../tooling/locale-parity.js';
import { editableFiles, localeOfFile, MANIFEST_FILE, type Workspace } from './workspace.js';

export interface WorkspaceCheck {
  /** Every problem, by file (the names in the workspace) and line. */
  readonly diagnostics: readonly Diagnostic[];
  /** Present when `scenario.json` is valid. */
  readonly manifest?: ScenarioManifest;
  /** The stories that compiled without error, by locale. */
  readonly stories: Readonly<Record<string, CompiledStory>>;
}

export type WorkspaceChecker = (workspace: Workspace) => WorkspaceCheck;

function checkManifest(workspace: Workspace, diagnostics: Diagnostic[]): ScenarioManifest | undefined {
  const text = workspace.files[MANIFEST_FILE];
  if (text === undefined) {
    diagnostics.push({ file: MANIFEST_FILE, severity: 'error', message: 'missing: every scenario folder needs a scenario.json' });
    return undefined;
  }
  const parsed = parseJsonText(text, MANIFEST_FILE);
  if (!parsed.ok) {
    diagnostics.push(parsed.diagnostic);
    return undefined;
  }
  const validation = validateManifest(parsed.value, workspace.folder);
  if (validation.ok) return validation.manifest;
  diagnostics.push(...fieldDiagnostics(text, MANIFEST_FILE, validation.problems));
  return undefined;
}

/**
 * A checker that compiles a story again only when its text has changed: a keystroke changes one
 * file, so each check compiles at most one.
 */
export function createWorkspaceChecker(options: { readonly assets?: KnownAssets } = {}): WorkspaceChecker {
  const compiled = new Map<string, { text: string; result: CompileResult }>();
  const compile = (file: string, text: string): CompileResult => {
    const cached = compiled.get(file);
    if (cached?.text === text) return cached.result;
    const result = compileInk(text, file, options.assets ? { assets: options.assets } : {});
    compiled.set(file, { text, result });
    return result;
  };

  return (workspace) => {
    const diagnostics: Diagnostic[] = [];
    const manifest = checkManifest(workspace, diagnostics);
    const inkFiles = editableFiles(workspace).filter((name) => localeOfFile(name) !== undefined);
    const locales = manifest?.locales ?? inkFiles.map((name) => localeOfFile(name) ?? '');
    const stories: Record<string, CompiledStory> = {};
    for (const locale of locales) {
      const file = `${locale}.ink`;
      const text = workspace.files[file];
      if (text === undefined) {
        diagnostics.push({
          file: MANIFEST_FILE,
          field: 'locales',
          severity: 'error',
          message: `lists "${locale}" but there is no ${file}`,
        });
        continue;
      }
      const result = compile(file, text);
      const { variables } = scanInkSource(text);
      const found = [
        ...result.diagnostics.map(explainUndeclaredEngineVariable),
        ...checkEngineVariables(variables, file),
        ...checkStoryParameterDeclarations(manifest?.storyParameters, variables, file),
      ];
      diagnostics.push(...found);
      if (result.ok && !hasErrors(found)) stories[locale] = result.story;
    }
    for (const file of inkFiles) {
      if (!locales.includes(localeOfFile(file) ?? ''))
        diagnostics.push({ file, severity: 'warning', message: 'not listed in scenario.json "locales", so it is never played' });
    }
    const [first, ...others] = locales;
    const base = first !== undefined ? workspace.files[`${first}.ink`] : undefined;
    if (first !== undefined && base !== undefined) {
      for (const locale of others) {
        const text = workspace.files[`${locale}.ink`];
        if (text !== undefined)
          diagnostics.push(
            ...checkLocaleParity({ locale: first, file: `${first}.ink`, text: base }, { locale, file: `${locale}.ink`, text }),
          );
      }
    }
    return { diagnostics: sortDiagnostics(diagnostics), ...(manifest ? { manifest } : {}), stories };
  };
}
