/**
 * The Spanish stories score exactly like the English ones. Every shipped scenario plays in Spanish,
 * its es.ink is in locale parity with en.ink, and every golden path, replayed in Spanish by the
 * indexes of the English run's picks, offers the same choices with the same actions and tags at every
 * step and ends with the same report. Random complete paths are held to the same standard.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type LogSource, type Mode, type ScenarioBundle, type ScoreReport, type Session, type Step } from '../../src/engine/index.js';
import type { Profile } from '../../src/engine/scoring/profile.js';
import { readGoldenPaths } from '../../src/tooling/golden-paths.js';
import { checkLocaleParity } from '../../src/tooling/locale-parity.js';
import { loadProfile, shippedProfileIds } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../../src/tooling/load-scenario.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

function profile(id: string): Profile {
  const loaded = loadProfile(id);
  if (!loaded.ok) throw new Error(`profile ${id}: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.profile;
}

const PROFILES = shippedProfileIds().map(profile);

/** What a step offers, without its words: each choice's actions and time, and the tags of its lines. */
function shape(step: Step): unknown {
  return {
    ended: step.ended,
    state: step.state,
    choices: step.choices.map((c) => ({ index: c.index, actions: c.actions, seconds: c.seconds })),
    // A translator may split or join untagged lines; the tagged ones must stay as they are.
    taggedLines: step.lines
      .filter((l) => l.speaker !== undefined || l.sfx.length > 0 || l.bg !== undefined || l.events.length > 0)
      .map(({ speaker, sfx, bg, events, at }) => ({ speaker, sfx, bg, events, at })),
  };
}

/** Where a log entry was written is a place in one locale's file; everything else must agree. */
function withoutPlace(source: LogSource): LogSource {
  if (source.origin !== 'choice' && source.origin !== 'story') return source;
  const { file: _file, line: _line, ...rest } = source;
  return rest;
}

function comparable(report: ScoreReport): unknown {
  const { locale: _locale, log, ...rest } = report;
  return { ...rest, log: log.map((entry) => ({ ...entry, source: withoutPlace(entry.source) })) };
}

interface Run {
  readonly scenario: ScenarioBundle;
  readonly profile: Profile;
  readonly seed: number;
  readonly mode?: Mode;
}

function sessions(run: Run): { en: Session; es: Session } {
  const options = { scenario: run.scenario, profile: run.profile, seed: run.seed, ...(run.mode ? { mode: run.mode } : {}) };
  return { en: scoredSession({ ...options, locale: 'en' }), es: scoredSession({ ...options, locale: 'es' }) };
}

/**
 * Plays the same pick indexes in both languages side by side, checking at every step that Spanish
 * offers what English offers, in Spanish words. Returns both reports.
 */
function playSideBySide(run: Run, picks: readonly number[]): { en: ScoreReport; es: ScoreReport } {
  const { en, es } = sessions(run);
  let stepEn = en.next();
  let stepEs = es.next();
  for (const [n, index] of picks.entries()) {
    expect(shape(stepEs), `before pick ${n + 1}`).toEqual(shape(stepEn));
    for (const [i, choice] of stepEs.choices.entries()) {
      expect(choice.text, `choice ${i + 1} before pick ${n + 1} is not translated`).not.toBe(stepEn.choices[i]?.text);
    }
    stepEn = en.choose(index);
    stepEs = es.choose(index);
  }
  expect(shape(stepEs), 'after the last pick').toEqual(shape(stepEn));
  return { en: en.report(), es: es.report() };
}

const scenarios = shippedScenarioDirs().map((dir) => {
  const load = loadScenarioDir(dir);
  return { id: path.basename(dir), dir, load, golden: readGoldenPaths(dir) };
});

describe.each(scenarios.map((s) => [s.id, s] as const))('%s in Spanish', (_id, { dir, load, golden }) => {
  const bundle = (): ScenarioBundle => {
    if (!load.bundle) throw new Error(`${dir} does not load: ${JSON.stringify(load.diagnostics)}`);
    return load.bundle;
  };

  it('lists Spanish, with a Spanish title, summary and briefing, and a story that compiles', () => {
    const { manifest } = bundle();
    expect(manifest.locales[0]).toBe('en');
    expect(manifest.locales).toContain('es');
    for (const field of [manifest.title, manifest.summary, manifest.briefing ?? {}]) {
      expect(field.es).toBeTruthy();
      expect(field.es).not.toBe(field.en);
    }
    expect(bundle().stories.es).toBeDefined();
    expect(load.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('es.ink has the knots, choices, tags and variables of en.ink', () => {
    const en = load.sources.en;
    const es = load.sources.es;
    if (!en || !es) throw new Error('missing a locale source');
    expect(checkLocaleParity({ locale: 'en', ...en }, { locale: 'es', ...es })).toEqual([]);
  });

  const paths = golden?.paths ?? [];
  it('has golden paths to replay', () => {
    expect(paths.length).toBeGreaterThan(0);
  });

  for (const goldenPath of paths) {
    it(`golden path "${goldenPath.name}" played in Spanish gives the English report`, () => {
      const run: Run = { scenario: bundle(), profile: profile(goldenPath.profile), seed: goldenPath.seed ?? 1, ...(goldenPath.mode ? { mode: goldenPath.mode } : {}) };
      const english = sessions(run).en;
      playPicks(english, parsePicks(goldenPath.picks));
      const picks = english.picks().map((p) => p.index);
      expect(picks.length).toBeGreaterThan(0);

      const reports = playSideBySide(run, picks);
      expect(reports.es.locale).toBe('es');
      expect(comparable(reports.es)).toEqual(comparable(reports.en));
      expect(comparable(reports.en)).toEqual(comparable(english.report()));
    });
  }

  it('random complete paths give the same choices and the same report in both languages', () => {
    const scenario = bundle();
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { maxLength: 120 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom(...PROFILES),
        (fractions, seed, chosenProfile) => {
          // The English story decides the indexes; the side-by-side replay checks the Spanish one.
          const { en } = sessions({ scenario, profile: chosenProfile, seed });
          const picks: number[] = [];
          for (const fraction of fractions) {
            const { choices, ended } = en.next();
            if (ended) break;
            const index = Math.floor(fraction * choices.length);
            picks.push(index);
            en.choose(index);
          }
          const reports = playSideBySide({ scenario, profile: chosenProfile, seed }, picks);
          expect(comparable(reports.es)).toEqual(comparable(reports.en));
        },
      ),
      { numRuns: 15 },
    );
  });
});
