/**
 * One scenario folder explored, as a worker thread runs it (explore-scenarios.ts): the folder loaded
 * and compiled there, then explored, so that loading too happens on every core.
 */
import type { Diagnostic } from '../../engine/diagnostics.js';
import type { Profile } from '../../engine/scoring/profile.js';
import { loadScenarioDir } from '../load-scenario.js';
import { explore, type Exploration, type ExploreOptions } from './explore.js';

export interface ExploreJob extends Pick<ExploreOptions, 'seed' | 'locale' | 'budget' | 'completions' | 'injects'> {
  readonly dir: string;
  readonly profile: Profile;
  /** Check `#sfx`/`#bg` ids against this repository's assets (default true). */
  readonly knownAssets?: boolean;
  /** Time the exploration (its `seconds`); untimed, `seconds` is 0, as tests want. */
  readonly timed?: boolean;
}

/** The exploration, or why the folder could not be explored. */
export type ExploreOutcome =
  { readonly dir: string; readonly exploration: Exploration } | { readonly dir: string; readonly diagnostics: readonly Diagnostic[] };

export function run(job: ExploreJob): ExploreOutcome {
  const load = loadScenarioDir(job.dir, job.knownAssets === false ? { assets: null } : {});
  if (!load.bundle) return { dir: job.dir, diagnostics: load.diagnostics.filter((d) => d.severity === 'error') };
  const locale = job.locale ?? load.bundle.manifest.locales[0] ?? 'en';
  const source = load.sources[locale]?.text;
  const { dir: _dir, knownAssets: _assets, timed, ...options } = job;
  const exploration = explore(load.bundle, {
    ...options,
    locale,
    ...(source !== undefined ? { source } : {}),
    ...(timed ? { now: () => performance.now() } : {}),
  });
  return { dir: job.dir, exploration };
}
