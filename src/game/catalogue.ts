/**
 * The scenarios and profiles shipped in this build. Manifests and profiles are bundled and validated
 * here, so one broken scenario is listed as broken and never stops the others; stories load only
 * when a scenario is started.
 */
import type { ScenarioBundle } from '../engine/scenario/bundle.js';
import { validateManifest, type ScenarioManifest } from '../engine/scenario/manifest.js';
import type { CompiledStory } from '../engine/story/compiled-story.js';
import { validateProfile, type Profile } from '../protocols/profile.js';

const manifestModules = import.meta.glob<unknown>('/scenarios/*/scenario.json', { eager: true, import: 'default' });
const storyModules = import.meta.glob<CompiledStory>('/scenarios/*/*.ink', { import: 'default' });
const profileModules = import.meta.glob<unknown>('/scenarios/profiles/*.json', { eager: true, import: 'default' });

export type CatalogueEntry =
  | { readonly ok: true; readonly id: string; readonly manifest: ScenarioManifest }
  | { readonly ok: false; readonly id: string; readonly problems: readonly string[] };

function folderOf(modulePath: string): string {
  return modulePath.split('/').at(-2) ?? modulePath;
}

export function listScenarios(): CatalogueEntry[] {
  return Object.entries(manifestModules)
    .map(([modulePath, value]): CatalogueEntry => {
      const id = folderOf(modulePath);
      const validation = validateManifest(value, id);
      return validation.ok ? { ok: true, id, manifest: validation.manifest } : { ok: false, id, problems: validation.problems.map((p) => `${p.field}: ${p.message}`) };
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
      const load = storyModules[`/scenarios/${manifest.id}/${locale}.ink`];
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
