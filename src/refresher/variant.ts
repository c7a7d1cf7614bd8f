/**
 * A variant of a scenario the officer has not played: judged by its resolved parameters (the doses
 * needed, EMS's time, the story's own variables), not its seed, since two seeds often draw the same
 * variant. Seeds are tried in a fixed order from the officer's code and the scenario, so the plan
 * offers the same variant all day and a different officer is offered a different one.
 */
import { drawVariant, type ScenarioManifest } from '../engine/index.js';
import type { FinishedAttempt } from '../storage/attempt-record.js';

/** Seeds tried before settling for the variant played least. */
export const SEEDS_TRIED = 200;
const MAX_SEED = 999_999;

export interface ChosenVariant {
  readonly seed: number;
  /** The resolved parameters, engine's and story's, as the encounter will draw them. */
  readonly parameters: Readonly<Record<string, unknown>>;
  /** False when every variant found has been played: this is the one played least. */
  readonly unplayed: boolean;
}

function canonical(value: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/** The engine's parameters and the story's, in one object (a story name never repeats an engine one). */
export function variantParameters(manifest: ScenarioManifest, seed: number): Record<string, unknown> {
  const { parameters, storyParameters } = drawVariant(manifest, seed);
  return { ...parameters, ...storyParameters };
}

/** A stable starting seed for one officer and one scenario. */
function firstSeed(traineeCode: string, scenarioId: string): number {
  let hash = 2166136261;
  for (const char of `${traineeCode}\u0000${scenarioId}`) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
  return 1 + (hash % MAX_SEED);
}

/** How each played attempt of this scenario resolved, keyed the way a candidate is compared. */
function playedVariants(manifest: ScenarioManifest, attempts: readonly FinishedAttempt[]): { full: string[]; engineOnly: string[] } {
  const full: string[] = [];
  const engineOnly: string[] = [];
  for (const attempt of attempts) {
    if (attempt.scenario.id !== manifest.id) continue;
    if (attempt.scenario.version === manifest.version) full.push(canonical(variantParameters(manifest, attempt.seed)));
    // An older version's seed may draw differently now: what it kept of its engine parameters is what it played.
    else if (attempt.scoring) engineOnly.push(canonical({ ...attempt.scoring.parameters }));
  }
  return { full, engineOnly };
}

export function unplayedVariant(manifest: ScenarioManifest, traineeCode: string, attempts: readonly FinishedAttempt[]): ChosenVariant {
  const played = playedVariants(manifest, attempts);
  const start = firstSeed(traineeCode, manifest.id);
  let least: { seed: number; parameters: Record<string, unknown>; times: number } | undefined;
  for (let i = 0; i < SEEDS_TRIED; i++) {
    const seed = 1 + ((start - 1 + i) % MAX_SEED);
    const { parameters: engine, storyParameters } = drawVariant(manifest, seed);
    const parameters = { ...engine, ...storyParameters };
    const key = canonical(parameters);
    const times = played.full.filter((k) => k === key).length + played.engineOnly.filter((k) => k === canonical({ ...engine })).length;
    if (times === 0) return { seed, parameters, unplayed: true };
    if (!least || times < least.times) least = { seed, parameters, times };
  }
  const fallback = least ?? { seed: start, parameters: variantParameters(manifest, start) };
  return { seed: fallback.seed, parameters: fallback.parameters, unplayed: false };
}
