/**
 * `npm run soak [-- --runs 10000] [--scenario <id>]`: plays many complete random playthroughs of
 * every shipped scenario, as the property tests do but far more of them (CI plays a few dozen per
 * scenario and profile; this is the nightly figure in the README). Each run picks its profile,
 * locale, mode and seed from its number, so any failure it prints can be played again; one in ten
 * has an instructor's inject, one in twenty is saved and restored from JSON halfway. Every run must
 * end without an exception, reach an ending, score within 0-100, fail on a critical failure, and
 * leave a record that the device would accept. Prints the count of failures and the time; exit 1
 * on any failure.
 */
import { scoredSession, restoreScoredSession } from '../src/protocols/scored-session.js';
import { parseArgs } from 'node:util';
import { type Session, type SessionSnapshot } from '../src/engine/index.js';
import { seededRandom } from '../src/engine/random.js';
import { finishedAttemptOf } from '../src/storage/attempt-recorder.js';
import { readAttempt, describeProblems } from '../src/storage/validate-attempt.js';
import { loadProfile, shippedProfileIds } from '../src/tooling/load-profile.js';
import { loadScenarioDir, resolveScenarioDir, shippedScenarioDirs } from '../src/tooling/load-scenario.js';

const MAX_PICKS = 3000;

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10000' }, scenario: { type: 'string', multiple: true } },
  strict: true,
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${values.runs}: must be a whole number from 1`);
const dirs = values.scenario?.map(resolveScenarioDir) ?? shippedScenarioDirs();
const profiles = shippedProfileIds().map((id) => {
  const loaded = loadProfile(id);
  if (!loaded.ok) throw new Error(`profile ${id} does not load`);
  return loaded.profile;
});

interface Failure {
  readonly run: number;
  readonly message: string;
}

function playOne(run: number, bundle: NonNullable<ReturnType<typeof loadScenarioDir>['bundle']>): string | undefined {
  const random = seededRandom(run * 7919 + 17);
  const profile = profiles[run % profiles.length]!;
  const locale = bundle.manifest.locales[Math.floor(run / profiles.length) % bundle.manifest.locales.length]!;
  const mode = run % 2 === 0 ? 'learn' : 'assess';
  const seed = 1 + Math.floor(random() * 1000);
  let session: Session = scoredSession({ scenario: bundle, profile, locale, mode, seed });
  const injectAt = run % 10 === 3 ? Math.floor(random() * 12) : -1;
  const restoreAt = run % 20 === 7 ? Math.floor(random() * 12) : -1;
  for (let n = 0; n < MAX_PICKS && !session.next().ended; n++) {
    if (n === injectAt && session.parameters.injectableEvents.length > 0) {
      const events = session.parameters.injectableEvents;
      session.inject(events[Math.floor(random() * events.length)]!);
    }
    if (n === restoreAt) {
      const snapshot = JSON.parse(JSON.stringify(session.snapshot())) as SessionSnapshot;
      session = restoreScoredSession(snapshot, bundle);
    }
    if (mode === 'assess') session.elapse(Math.floor(random() * 20));
    const step = session.next();
    if (step.deadEnd) return `a dead end after ${n} picks`;
    if (step.ended) break;
    session.choose(Math.floor(random() * step.choices.length));
  }
  if (!session.next().ended) return `had not ended after ${MAX_PICKS} picks`;
  const report = session.report();
  if (!(report.score >= 0 && report.score <= 100)) return `score ${report.score}`;
  if (report.criticalFailures.length > 0 && report.passed) return 'passed with a critical failure';
  const record = finishedAttemptOf(
    session,
    { id: `attempt-soak-${run}`, traineeCode: 'TR-SOAK', timeFactor: mode === 'assess' ? 1 : 0, startedAt: '2026-01-01T00:00:00.000Z' },
    '2026-01-01T00:10:00.000Z',
  );
  const read = readAttempt(JSON.parse(JSON.stringify(record)));
  if (!read.ok) return `its record would be refused: ${describeProblems(read.problems).slice(0, 3).join('; ')}`;
  return undefined;
}

let total = 0;
let failed = 0;
const started = performance.now();
for (const dir of dirs) {
  const load = loadScenarioDir(dir);
  if (!load.bundle) throw new Error(`${dir} does not load`);
  const bundle = load.bundle;
  const from = performance.now();
  const failures: Failure[] = [];
  for (let run = 0; run < runs; run++) {
    let message: string | undefined;
    try {
      message = playOne(run, bundle);
    } catch (error) {
      message = `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
    }
    if (message !== undefined) failures.push({ run, message });
  }
  const seconds = (performance.now() - from) / 1000;
  total += runs;
  failed += failures.length;
  console.log(
    `${bundle.manifest.id}: ${runs.toLocaleString('en-US')} playthroughs, ${failures.length} failed, ${seconds.toFixed(1)} s (${(runs / seconds).toFixed(0)}/s)`,
  );
  for (const f of failures.slice(0, 10)) console.log(`  run ${f.run}: ${f.message}`);
}
const seconds = (performance.now() - started) / 1000;
console.log(`${total.toLocaleString('en-US')} playthroughs of ${dirs.length} scenarios: ${failed} failed, in ${seconds.toFixed(1)} s`);
process.exitCode = failed > 0 ? 1 : 0;
