/**
 * The instructor dashboard's import of 1,000 attempts: ten export files read, parsed and every
 * attempt validated and de-duplicated, with the dashboard's own import function, in Node. The
 * drawing of the cohort view in the browser is not part of this figure.
 */
import { attemptsJson } from '../src/export/attempts-json.js';
import { finishedAttemptOf } from '../src/storage/attempt-recorder.js';
import type { StoredAttempt } from '../src/storage/attempt-record.js';
import { importTexts } from '../src/dashboard/import-files.js';
import { readGoldenPaths } from '../src/tooling/golden-paths.js';
import { loadProfile } from '../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../src/tooling/load-scenario.js';
import { parsePicks, playPicks } from '../src/tooling/picks.js';
import { median, round } from './stats.js';
import { scoredSession } from '../src/protocols/scored-session.js';

function sampleAttempts(): StoredAttempt[] {
  const attempts: StoredAttempt[] = [];
  for (const dir of shippedScenarioDirs()) {
    const bundle = loadScenarioDir(dir, { assets: null }).bundle;
    for (const golden of readGoldenPaths(dir)?.paths ?? []) {
      const profile = loadProfile(golden.profile);
      if (!bundle || !profile.ok) continue;
      const session = scoredSession({ scenario: bundle, profile: profile.profile, seed: golden.seed ?? 1 });
      playPicks(session, parsePicks(golden.picks));
      attempts.push(
        finishedAttemptOf(
          session,
          { id: `sample-${attempts.length}`, traineeCode: `CODE-${attempts.length}`, timeFactor: 0, startedAt: '2026-11-25T09:00:00.000Z' },
          '2026-11-25T09:10:00.000Z',
        ),
      );
    }
  }
  return attempts;
}

export interface DashboardFigures {
  readonly attempts: number;
  readonly megabytes: number;
  readonly import1000Ms: number;
}

export async function measureDashboardImport(): Promise<DashboardFigures> {
  const samples = sampleAttempts();
  const thousand = Array.from({ length: 1000 }, (_, i) => ({
    ...samples[i % samples.length]!,
    id: `attempt-${i}`,
    traineeCode: `CODE-${i % 40}`,
  }));
  const files = Array.from({ length: 10 }, (_, f) => {
    const text = attemptsJson(thousand.slice(f * 100, f * 100 + 100));
    return { name: `class-${f}.json`, text, byteLength: text.length };
  });
  const runs: number[] = [];
  let count = 0;
  for (let i = 0; i < 5; i++) {
    const began = performance.now();
    count = importTexts(files).attempts.length;
    runs.push(performance.now() - began);
  }
  const bytes = files.reduce((n, f) => n + f.byteLength, 0);
  return { attempts: count, megabytes: round(bytes / 1024 / 1024), import1000Ms: round(median(runs)) };
}
