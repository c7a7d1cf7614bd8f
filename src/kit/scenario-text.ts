/** A scenario's own text (title, summary, briefing) in the language it will be played in. */
import { localized, type ScenarioManifest } from '../engine/index.js';

/** The wanted locale when the scenario has a story in it, else the scenario's own first language. */
export function playLocale(manifest: ScenarioManifest, wanted: string): string {
  return manifest.locales.includes(wanted) ? wanted : (manifest.locales[0] ?? wanted);
}

export function scenarioTitle(manifest: ScenarioManifest, locale: string): string {
  return localized(manifest.title, locale, manifest.locales);
}

export function scenarioSummary(manifest: ScenarioManifest, locale: string): string {
  return localized(manifest.summary, locale, manifest.locales);
}

export function scenarioBriefing(manifest: ScenarioManifest, locale: string): string | undefined {
  return manifest.briefing ? localized(manifest.briefing, locale, manifest.locales) : undefined;
}
