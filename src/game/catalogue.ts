/**
 * The scenarios and profiles shipped in this build. Manifests and profiles are bundled and validated
 * here, so one broken scenario is listed as broken and never stops the others; stories load only
 * when a scenario is started. Under the dev server, a scenario file saved while the game runs
 * replaces its bundled version here (live reload), and listeners hear of it.
 */
import type { Diagnostic } from '../engine/diagnostics.js';
import type { ScenarioBundle } from '../engine/scenario/bundle.js';
import { validateManifest, type ScenarioManifest } from '../engine/scenario/manifest.js';
import type { CompiledStory } from '../engine/story/compiled-story.js';
import { validateProfile, type Profile } from '../engine/scoring/profile.js';
import { SCENARIO_FILE_CHANGED, type ScenarioFileChange } from './scenario-hot-update.js';
import { clearStoryStopped, storyStoppedProblems } from './stopped-stories.js';
import { unreadableReason } from './unreadable-manifest.js';

type StoryLoader = () => Promise<CompiledStory>;

const shippedManifests = import.meta.glob<unknown>('/scenarios/*/scenario.json', { eager: true, import: 'default' });
const shippedStories = import.meta.glob<CompiledStory>('/scenarios/*/*.ink', { import: 'default' });
const profileModules = import.meta.glob<unknown>('/scenarios/profiles/*.json', { eager: true, import: 'default' });

// The browser tests build with `--mode e2e`, which adds a test fixture so that every screen can be
// exercised even before any scenario ships, and three stories that run away once played (a loop, a
// recursion, a tunnel, each behind a condition the compiler cannot see through). In any other build
// the branch is dead and dropped.
const fixtureManifests: Record<string, unknown> =
  import.meta.env.MODE === 'e2e'
    ? import.meta.glob<unknown>(
        ['/tests/fixtures/scenarios/hub-overdose/scenario.json', '/tests/fixtures/runaway/*-behind-condition/scenario.json'],
        {
          eager: true,
          import: 'default',
        },
      )
    : {};
const fixtureStories: Record<string, StoryLoader> =
  import.meta.env.MODE === 'e2e'
    ? import.meta.glob<CompiledStory>(
        ['/tests/fixtures/scenarios/hub-overdose/*.ink', '/tests/fixtures/runaway/*-behind-condition/*.ink'],
        {
          import: 'default',
        },
      )
    : {};

// The live-reload browser test runs the dev server with `--mode live-reload-test` and edits a
// scenario folder of its own under test-artifacts/, never a shipped one. Dropped from every build.
const scratchManifests: Record<string, unknown> =
  import.meta.env.MODE === 'live-reload-test'
    ? import.meta.glob<unknown>('/test-artifacts/live-reload/*/scenario.json', { eager: true, import: 'default' })
    : {};
const scratchStories: Record<string, StoryLoader> =
  import.meta.env.MODE === 'live-reload-test'
    ? import.meta.glob<CompiledStory>('/test-artifacts/live-reload/*/*.ink', { import: 'default' })
    : {};

const manifestModules = { ...shippedManifests, ...fixtureManifests, ...scratchManifests };

/** Story loaders keyed by `<folder>/<locale>`. */
const storyLoaders = new Map<string, StoryLoader>(
  Object.entries({ ...shippedStories, ...fixtureStories, ...scratchStories }).map(([modulePath, load]) => {
    const parts = modulePath.split('/');
    const locale = (parts.at(-1) ?? '').replace(/\.ink$/, '');
    return [`${parts.at(-2) ?? ''}/${locale}`, load];
  }),
);

/** Saved since the page loaded (live reload): stories by `<folder>/<locale>`, manifests by folder. */
const editedStories = new Map<string, CompiledStory>();
const editedManifests = new Map<string, unknown>();

export type CatalogueEntry =
  | { readonly ok: true; readonly id: string; readonly manifest: ScenarioManifest }
  | { readonly ok: false; readonly id: string; readonly problems: readonly string[] };

function folderOf(modulePath: string): string {
  return modulePath.split('/').at(-2) ?? modulePath;
}

/** Listed locales without a story file: the same check as the command-line loader's. */
function missingStories(manifest: ScenarioManifest): string[] {
  return manifest.locales
    .filter((locale) => !storyLoaders.has(`${manifest.id}/${locale}`))
    .map((locale) => `locales: lists "${locale}" but ${manifest.id}/${locale}.ink does not exist`);
}

export function listScenarios(): CatalogueEntry[] {
  return Object.entries(manifestModules)
    .map(([modulePath, bundled]): CatalogueEntry => {
      const id = folderOf(modulePath);
      const value = editedManifests.has(id) ? editedManifests.get(id) : bundled;
      const unreadable = unreadableReason(value);
      if (unreadable !== undefined) return { ok: false, id, problems: [unreadable] };
      const validation = validateManifest(value, id);
      if (!validation.ok) return { ok: false, id, problems: validation.problems.map((p) => `${p.field}: ${p.message}`) };
      const missing = missingStories(validation.manifest);
      if (missing.length > 0) return { ok: false, id, problems: missing };
      const stopped = storyStoppedProblems(id, validation.manifest.version);
      return stopped ? { ok: false, id, problems: stopped } : { ok: true, id, manifest: validation.manifest };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function listProfiles(): Profile[] {
  return Object.values(profileModules)
    .map((value) => validateProfile(value))
    .filter((v) => v.ok)
    .map((v) => v.profile)
    .sort((a, b) => (a.id === 'model-policy' ? -1 : b.id === 'model-policy' ? 1 : a.id.localeCompare(b.id)));
}

/** Loads the compiled stories of a scenario; a locale that fails to load is left out and reported. */
export async function loadScenario(manifest: ScenarioManifest): Promise<{ bundle: ScenarioBundle; failed: string[] }> {
  const stories: Record<string, CompiledStory> = {};
  const failed: string[] = [];
  await Promise.all(
    manifest.locales.map(async (locale) => {
      const edited = editedStories.get(`${manifest.id}/${locale}`);
      if (edited) {
        stories[locale] = edited;
        return;
      }
      const load = storyLoaders.get(`${manifest.id}/${locale}`);
      if (!load) {
        failed.push(locale);
        return;
      }
      try {
        stories[locale] = await load();
      } catch {
        failed.push(locale);
      }
    }),
  );
  return { bundle: { manifest, stories }, failed };
}

/** A scenario file saved while the game runs: taken in, or refused with its located problems. */
export type CatalogueChange =
  | { readonly kind: 'updated'; readonly scenarioId: string; readonly file: string }
  | { readonly kind: 'problems'; readonly scenarioId: string; readonly file: string; readonly diagnostics: readonly Diagnostic[] };

const changeListeners = new Set<(change: CatalogueChange) => void>();

export function onCatalogueChange(listener: (change: CatalogueChange) => void): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** Takes in a saved scenario file of a scenario in this build; files of other folders are ignored. */
export function applyScenarioFileChange(change: ScenarioFileChange): void {
  const known = Object.keys(manifestModules).some((modulePath) => folderOf(modulePath) === change.scenarioId);
  if (!known) return;
  if (change.kind === 'story') {
    const key = `${change.scenarioId}/${change.locale}`;
    if (!storyLoaders.has(key)) return;
    editedStories.set(key, change.story);
    clearStoryStopped(change.scenarioId);
  } else if (change.kind === 'manifest') {
    editedManifests.set(change.scenarioId, change.manifest);
  }
  const { scenarioId, file } = change;
  const heard: CatalogueChange =
    change.kind === 'problems'
      ? { kind: 'problems', scenarioId, file, diagnostics: change.diagnostics }
      : { kind: 'updated', scenarioId, file };
  for (const listener of changeListeners) listener(heard);
}

// Dev server only: in a build `import.meta.hot` is undefined and this is dropped.
if (import.meta.hot) import.meta.hot.on(SCENARIO_FILE_CHANGED, applyScenarioFileChange);
