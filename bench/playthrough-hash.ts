/**
 * `npm run -s bench:hash`: plays a fixed set of playthroughs of every shipped scenario (each golden
 * path in every locale, and seeded random picks in each locale, in learn mode and in assess mode with
 * time passing and an instructor's injects) and prints one SHA-256 over every report and saved state.
 * The same hash before and after a change to the engine proves the change altered nothing a trainee,
 * an instructor or a saved attempt can see. Add `--list` to print one hash per playthrough.
 */
import { scoredSession } from '../src/protocols/scored-session.js';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { seededRandom } from '../src/engine/random.js';
import type { ScenarioBundle } from '../src/engine/scenario/bundle.js';
import { type Session } from '../src/engine/session.js';
import type { Mode } from '../src/engine/scoring/report.js';
import { injectParams } from '../src/tooling/explore/injects.js';
import { readGoldenPaths } from '../src/tooling/golden-paths.js';
import { loadProfile } from '../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../src/tooling/load-scenario.js';
import { parsePicks, playPicks } from '../src/tooling/picks.js';
import type { Profile } from '../src/engine/scoring/profile.js';

/** Seeds of the random playthroughs, per scenario, locale and mode. */
const RANDOM_SEEDS = 20;
/** A random playthrough that has not ended after this many picks is hashed where it stands. */
const PICK_LIMIT = 300;

export interface Playthrough {
  readonly name: string;
  readonly hash: string;
}

function hashOf(...parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(JSON.stringify(part) ?? 'undefined').update('\n');
  return hash.digest('hex');
}

/** What the playthrough left: its report and its saved state, or the error that stopped it. */
function outcomeOf(session: Session, error?: unknown): unknown[] {
  if (error !== undefined) return ['error', error instanceof Error ? error.message : String(error), session.snapshot()];
  return [session.report(), session.snapshot()];
}

function scripted(bundle: ScenarioBundle, dir: string, profileOf: (id: string) => Profile | undefined): Playthrough[] {
  const out: Playthrough[] = [];
  for (const golden of readGoldenPaths(dir)?.paths ?? []) {
    const profile = profileOf(golden.profile);
    if (!profile) continue;
    const base = { scenario: bundle, profile, seed: golden.seed ?? 1, ...(golden.mode ? { mode: golden.mode } : {}) };
    const first = scoredSession({ ...base, ...(golden.locale ? { locale: golden.locale } : {}) });
    const indexes: number[] = [];
    let error: unknown;
    try {
      playPicks(first, parsePicks(golden.picks), (_step, index) => indexes.push(index));
    } catch (caught) {
      error = caught;
    }
    out.push({ name: `${bundle.manifest.id} golden "${golden.name}" ${first.locale}`, hash: hashOf(...outcomeOf(first, error)) });
    // The same picks, by index, in every other language of the scenario.
    for (const locale of bundle.manifest.locales) {
      if (locale === first.locale) continue;
      const other = scoredSession({ ...base, locale });
      let otherError: unknown;
      try {
        for (const index of indexes) other.choose(index);
      } catch (caught) {
        otherError = caught;
      }
      out.push({ name: `${bundle.manifest.id} golden "${golden.name}" ${locale}`, hash: hashOf(...outcomeOf(other, otherError)) });
    }
  }
  return out;
}

/**
 * Random picks from a fixed seed. In assess mode the clock also runs between picks, and now and then
 * an instructor raises one of the scenario's injectable events.
 */
function randomPlaythrough(bundle: ScenarioBundle, profile: Profile, locale: string, mode: Mode, seed: number): Playthrough {
  const session = scoredSession({ scenario: bundle, profile, locale, mode, seed });
  const random = seededRandom(seed * 7919 + (mode === 'assess' ? 1 : 0));
  const injectable = session.parameters.injectableEvents;
  let error: unknown;
  try {
    let step = session.next();
    for (let pick = 0; pick < PICK_LIMIT && !step.ended; pick++) {
      if (mode === 'assess') {
        session.elapse(Math.floor(random() * 90));
        const event = injectable[Math.floor(random() * injectable.length * 8)];
        if (event !== undefined) session.inject(event, injectParams(event), `bench inject ${pick}`);
        step = session.next();
        if (step.ended) break;
      }
      step = session.choose(Math.floor(random() * step.choices.length));
    }
  } catch (caught) {
    error = caught;
  }
  return { name: `${bundle.manifest.id} random ${locale} ${mode} seed ${seed}`, hash: hashOf(...outcomeOf(session, error)) };
}

export function fixedPlaythroughs(): Playthrough[] {
  const profiles = new Map<string, Profile | undefined>();
  const profileOf = (id: string): Profile | undefined => {
    if (!profiles.has(id)) {
      const loaded = loadProfile(id);
      profiles.set(id, loaded.ok ? loaded.profile : undefined);
    }
    return profiles.get(id);
  };
  const modelPolicy = profileOf('model-policy');
  if (!modelPolicy) throw new Error('the model-policy profile does not load');
  const out: Playthrough[] = [];
  for (const dir of shippedScenarioDirs()) {
    const bundle = loadScenarioDir(dir, { assets: null }).bundle;
    if (!bundle) throw new Error(`${dir} does not load: run npm run -s scenarios:check`);
    out.push(...scripted(bundle, dir, profileOf));
    for (const locale of bundle.manifest.locales) {
      for (const mode of ['learn', 'assess'] as const) {
        for (let seed = 1; seed <= RANDOM_SEEDS; seed++) out.push(randomPlaythrough(bundle, modelPolicy, locale, mode, seed));
      }
    }
  }
  return out;
}

/** One hash over every playthrough, in order. */
export function playthroughsHash(playthroughs: readonly Playthrough[]): string {
  return hashOf(playthroughs.map((p) => [p.name, p.hash]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const began = performance.now();
  const playthroughs = fixedPlaythroughs();
  if (process.argv.includes('--list')) for (const p of playthroughs) console.log(`${p.hash}  ${p.name}`);
  console.log(`${playthroughsHash(playthroughs)}  (${playthroughs.length} playthroughs)`);
  console.error(`played in ${((performance.now() - began) / 1000).toFixed(1)} s`);
}
