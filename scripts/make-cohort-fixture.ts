/**
 * Writes tests/fixtures/cohort-months/: the JSON exports an academy's instructor would collect from
 * four in-service officers over five months (January to May 2026), one file per officer per month,
 * each attempt played by the engine from a shipped scenario's golden path. The officers start with
 * the common mistakes and end with the exemplary paths, so first-against-latest and the time to
 * naloxone move as a real cohort's would. The files are kept as written: exports are history, and a
 * later change to a scenario does not rewrite the attempts an officer already played.
 * Run: npx tsx scripts/make-cohort-fixture.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { attemptsJson } from '../src/export/attempts-json.js';
import type { FinishedAttempt } from '../src/storage/attempt-record.js';
import { played } from '../tests/refresher/helpers.js';

const OUT = path.join('tests', 'fixtures', 'cohort-months');

/** [officer, ISO date-time the encounter ended, scenario, golden path]. */
const PLAN: readonly (readonly [string, string, string, string])[] = [
  ['IS-ASPEN-11', '2026-01-13T15:20:00.000Z', 'overdose-apartment', 'frozen by fear: he dies'],
  ['IS-ASPEN-11', '2026-02-10T16:05:00.000Z', 'overdose-public-restroom', 'running warrants first fails'],
  ['IS-ASPEN-11', '2026-03-17T14:40:00.000Z', 'overdose-apartment', 'waiting for hazmat leaves him brain-injured'],
  ['IS-ASPEN-11', '2026-04-14T15:10:00.000Z', 'overdose-public-restroom', 'exemplary'],
  ['IS-ASPEN-11', '2026-05-12T15:30:00.000Z', 'overdose-apartment', 'exemplary, one dose'],
  ['IS-BIRCH-22', '2026-01-14T17:00:00.000Z', 'overdose-public-restroom', 'breaths but no naloxone'],
  ['IS-BIRCH-22', '2026-02-11T17:30:00.000Z', 'overdose-apartment', 'running warrants first fails'],
  ['IS-BIRCH-22', '2026-03-18T16:45:00.000Z', 'overdose-public-restroom', 'exemplary'],
  ['IS-BIRCH-22', '2026-04-15T16:20:00.000Z', 'patdown-park-bench', 'ask first, he empties his own pockets, card honoured'],
  ['IS-BIRCH-22', '2026-05-13T17:10:00.000Z', 'overdose-apartment', 'exemplary, two doses'],
  ['IS-CEDAR-33', '2026-01-15T14:00:00.000Z', 'overdose-apartment', 'arresting Danny for possession fails under the model policy'],
  ['IS-CEDAR-33', '2026-02-12T14:30:00.000Z', 'overdose-shelter-xylazine', 'waiting for hazmat because of fentanyl in the air'],
  ['IS-CEDAR-33', '2026-04-16T13:50:00.000Z', 'overdose-shelter-xylazine', 'exemplary, one dose'],
  ['IS-CEDAR-33', '2026-05-14T14:15:00.000Z', 'overdose-public-restroom', 'exemplary'],
  ['IS-DOGWOOD-44', '2026-01-16T18:10:00.000Z', 'patdown-park-bench', 'he says no to a frisk, and gets one anyway'],
  ['IS-DOGWOOD-44', '2026-03-19T18:25:00.000Z', 'overdose-apartment', 'one dose and breaths only'],
  ['IS-DOGWOOD-44', '2026-05-15T18:00:00.000Z', 'overdose-apartment', 'exemplary, one dose'],
];

const byFile = new Map<string, FinishedAttempt[]>();
PLAN.forEach(([traineeCode, finishedAt, scenarioId, goldenPath], i) => {
  const attempt = played({ scenarioId, path: goldenPath, traineeCode, finishedAt, id: `attempt-cohort-${String(i + 1).padStart(2, '0')}` });
  const file = `${finishedAt.slice(0, 7)}-${traineeCode}.json`;
  byFile.set(file, [...(byFile.get(file) ?? []), attempt]);
});

mkdirSync(OUT, { recursive: true });
for (const name of readdirSync(OUT)) if (name.endsWith('.json')) rmSync(path.join(OUT, name));
for (const [file, attempts] of byFile) {
  // Exported on the last day of the month, as an instructor collects them.
  const [year = 2026, month = 1] = file.slice(0, 7).split('-').map(Number);
  const exportedAt = new Date(Date.UTC(year, month, 0, 20, 0, 0));
  writeFileSync(path.join(OUT, file), attemptsJson(attempts, exportedAt));
}
console.log(`wrote ${byFile.size} exports (${PLAN.length} attempts) to ${OUT}`);
