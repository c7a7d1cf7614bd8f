/**
 * The scenario checker: everything a trainer can get wrong in a scenario folder, each problem with
 * its file and line, all of them in one run. Used by `npm run -s scenarios:check` and the tests.
 */
import path from 'node:path';
import type { Diagnostic } from '../engine/diagnostics.js';
import { hasErrors, sortDiagnostics } from '../engine/diagnostics.js';
import { scanInkSource } from '../engine/story/scan-ink-source.js';
import { checkEngineVariables, checkStoryParameterDeclarations, explainUndeclaredEngineVariable } from './engine-variable-check.js';
import { checkGoldenPathsAcrossLocales, lineOfGoldenPath, readGoldenPaths, runGoldenPath, type GoldenPathRun } from './golden-paths.js';
import { loadProfile, loadProfileFile, shippedProfileIds } from './load-profile.js';
import { loadScenarioDir, type LoadOptions, type ScenarioLoad } from './load-scenario.js';
import { checkLocaleParity } from './locale-parity.js';
import { explore } from './explore/explore.js';
import { displayPath, PROFILES_DIR } from './paths.js';
import { defineTask, runOnEveryCore, type PoolOptions } from './workers/pool.js';
import type { CheckJob } from './check-task.js';

export interface ScenarioCheck {
  readonly dir: string;
  readonly id: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly goldenPaths: number;
}

export interface CheckOptions extends LoadOptions {
  /** Run the golden paths in `paths.json` (default true). */
  readonly goldenPaths?: boolean;
  /** States the path explorer may visit looking for dead ends and frozen loops (0: do not explore). */
  readonly exploreBudget?: number;
}

/** Enough to catch most dead ends and frozen loops while keeping the check fast; coverage goes further. */
export const CHECK_EXPLORE_BUDGET = 300;

/**
 * The checks that read the files and nothing else: the loader's (manifest, compile, flow, tags), the
 * engine variables' types and the translations' structure. `play` refuses a scenario these reject,
 * just as the checker does; the golden paths and the explorer come on top in `checkScenario`.
 */
export function checkLoadedScenario(load: ScenarioLoad): Diagnostic[] {
  const diagnostics: Diagnostic[] = load.diagnostics.map(explainUndeclaredEngineVariable);

  for (const source of Object.values(load.sources)) {
    const { variables } = scanInkSource(source.text);
    diagnostics.push(...checkEngineVariables(variables, source.file));
    diagnostics.push(...checkStoryParameterDeclarations(load.manifest?.storyParameters, variables, source.file));
  }

  const locales = load.manifest?.locales ?? Object.keys(load.sources);
  const base = locales[0] !== undefined ? load.sources[locales[0]] : undefined;
  if (base && locales[0] !== undefined) {
    for (const locale of locales.slice(1)) {
      const other = load.sources[locale];
      if (other) diagnostics.push(...checkLocaleParity({ locale: locales[0], ...base }, { locale, ...other }));
    }
  }
  return diagnostics;
}

export function checkScenario(dir: string, options: CheckOptions = {}): ScenarioCheck {
  const load = loadScenarioDir(dir, options);
  const diagnostics = checkLoadedScenario(load);

  const golden = readGoldenPaths(dir);
  let goldenPaths = 0;
  if (golden) {
    diagnostics.push(...golden.diagnostics);
    // Whenever the stories compiled: another error (a folder renamed, a translation out of step) must not hide a broken path.
    const bundle = load.compiled;
    if (options.goldenPaths !== false && bundle && !hasErrors(golden.diagnostics)) {
      const runs: GoldenPathRun[] = [];
      for (const goldenPath of golden.paths) {
        goldenPaths++;
        const line = lineOfGoldenPath(golden.text, goldenPath.name);
        const at = { file: golden.file, ...(line !== undefined ? { line } : {}) };
        const profile = loadProfile(goldenPath.profile);
        if (!profile.ok) {
          diagnostics.push(...profile.diagnostics.map((d) => ({ ...d, ...at, message: `golden path "${goldenPath.name}": ${d.message}` })));
          continue;
        }
        const run = runGoldenPath(bundle, goldenPath, profile.profile);
        runs.push(run);
        for (const failure of run.failures) {
          diagnostics.push({
            ...at,
            severity: 'error',
            message: `golden path "${goldenPath.name}" (${goldenPath.profile}, seed ${goldenPath.seed ?? 1}): ${failure}`,
          });
        }
      }
      // A translation must score the same: each path played again in every other language.
      diagnostics.push(...checkGoldenPathsAcrossLocales(bundle, golden, { runs }));
    }
  } else if (load.manifest) {
    diagnostics.push({
      file: displayPath(path.join(dir, 'paths.json')),
      severity: 'warning',
      message: 'no golden paths: add paths.json so that every change to the story is tested',
    });
  }

  const budget = options.exploreBudget ?? CHECK_EXPLORE_BUDGET;
  const firstLocale = load.manifest?.locales[0];
  if (budget > 0 && load.compiled && firstLocale) {
    const modelPolicy = loadProfile('model-policy');
    if (modelPolicy.ok) {
      const source = load.sources[firstLocale]?.text;
      const x = explore(load.compiled, {
        profile: modelPolicy.profile,
        budget,
        completions: 50,
        locale: firstLocale,
        ...(source !== undefined ? { source } : {}),
      });
      diagnostics.push(...x.errors, ...x.deadEnds, ...x.frozenLoops);
    }
  }

  return { dir, id: load.manifest?.id ?? path.basename(dir), diagnostics: sortDiagnostics(diagnostics), goldenPaths };
}

const CHECK = defineTask<CheckJob, ScenarioCheck>(new URL('./check-task.ts', import.meta.url));

/**
 * Several scenario folders checked at once, one per core, each exactly as `checkScenario` checks it;
 * in the folders' order. A check that crashes is reported against its folder, never stopping the others.
 */
export async function checkScenarios(
  dirs: readonly string[],
  options: Pick<CheckOptions, 'goldenPaths' | 'exploreBudget'> & PoolOptions = {},
): Promise<ScenarioCheck[]> {
  const { threads, ...check } = options;
  const { results } = await runOnEveryCore(
    CHECK,
    dirs.map((dir) => ({ dir, ...check })),
    threads !== undefined ? { threads } : {},
  );
  return results.map((result, i) =>
    result.ok
      ? result.value
      : {
          dir: dirs[i]!,
          id: path.basename(dirs[i]!),
          diagnostics: [{ file: displayPath(dirs[i]!), severity: 'error', message: `the check stopped: ${result.error}` }],
          goldenPaths: 0,
        },
  );
}

/** Every profile in `scenarios/profiles/`, validated. */
export function checkProfiles(): Diagnostic[] {
  return shippedProfileIds().flatMap((id) => {
    const loaded = loadProfileFile(path.join(PROFILES_DIR, `${id}.json`));
    return loaded.ok ? [] : [...loaded.diagnostics];
  });
}
