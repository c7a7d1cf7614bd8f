/**
 * A class's attempts for the dashboard's tests, played by the engine in Node: every golden path of
 * every shipped scenario under the profile it names (three profiles in all), as finished attempts of
 * six trainees over three days, plus one attempt left unfinished. Most attempts keep the real time
 * of each pick (some gaps longer than the idle cap); those of `TRAINEE_WITHOUT_TIMES`, and every
 * seventh other one, do not, as attempts saved before the times were kept.
 */
import type { FinishedAttempt, UnfinishedAttempt } from '../../src/storage/attempt-record.js';
import { finishedAttemptOf, unfinishedAttemptOf } from '../../src/storage/attempt-recorder.js';
import { readGoldenPaths } from '../../src/tooling/golden-paths.js';
import { loadProfile } from '../../src/tooling/load-profile.js';
import { loadScenarioDir, shippedScenarioDirs } from '../../src/tooling/load-scenario.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import type { Profile } from '../../src/engine/scoring/profile.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

export const TRAINEES = ['TR-ASH-101', 'TR-BIRCH-202', 'TR-CEDAR-303', 'TR-DOGWOOD-404', 'TR-ELM-505', 'TR-FIR-606'];
/** Noon UTC, so that every time zone within eleven hours of it sees the same calendar day. */
export const DAYS = ['2026-03-02', '2026-03-03', '2026-03-04'];
/** The trainee whose attempts all come from a build that did not keep the time of each pick. */
export const TRAINEE_WITHOUT_TIMES = 'TR-FIR-606';

/** Real seconds before pick `i` of attempt `n`: varied, and now and then a break longer than the idle cap. */
function gapSeconds(n: number, i: number): number {
  return (n + i) % 11 === 5 ? 1500 : 15 + ((n * 7 + i * 13) % 70);
}

function profile(id: string): Profile {
  const loaded = loadProfile(id);
  if (!loaded.ok) throw new Error(`profile ${id} does not load`);
  return loaded.profile;
}

let cached: FinishedAttempt[] | undefined;

export function classAttempts(): FinishedAttempt[] {
  if (cached) return cached;
  const attempts: FinishedAttempt[] = [];
  for (const dir of shippedScenarioDirs()) {
    const bundle = loadScenarioDir(dir).bundle;
    const paths = readGoldenPaths(dir)?.paths ?? [];
    if (!bundle) continue;
    for (const golden of paths) {
      const n = attempts.length;
      const session = scoredSession({
        scenario: bundle,
        profile: profile(golden.profile ?? 'model-policy'),
        seed: golden.seed ?? 1,
        ...(golden.locale ? { locale: golden.locale } : {}),
        ...(golden.mode ? { mode: golden.mode } : {}),
      });
      playPicks(session, parsePicks(golden.picks));
      const day = DAYS[n % DAYS.length];
      const traineeCode = TRAINEES[n % TRAINEES.length] ?? 'TR-X';
      const startedAt = `${day}T12:00:00.000Z`;
      const facts = { id: `attempt-class-${String(n).padStart(3, '0')}`, traineeCode, timeFactor: 0, startedAt };
      let at = Date.parse(startedAt);
      const pickTimes = session.picks().map((_, i) => new Date((at += gapSeconds(n, i) * 1000)).toISOString());
      const finishedAt = new Date(at + 40_000).toISOString();
      const keptTimes = traineeCode !== TRAINEE_WITHOUT_TIMES && n % 7 !== 3;
      attempts.push(finishedAttemptOf(session, facts, finishedAt, keptTimes ? pickTimes : undefined));
    }
  }
  if (attempts.length < 20) throw new Error(`only ${attempts.length} golden paths were played`);
  cached = attempts;
  return attempts;
}

export function unfinishedClassAttempt(): UnfinishedAttempt {
  return unfinishedAndFinishedLater().unfinished;
}

/** One attempt twice: saved after its first pick, and played on to its end and saved again later. */
export function unfinishedAndFinishedLater(): { unfinished: UnfinishedAttempt; finished: FinishedAttempt } {
  const dir = shippedScenarioDirs()[0];
  const bundle = dir ? loadScenarioDir(dir).bundle : undefined;
  if (!dir || !bundle) throw new Error('no shipped scenario loads');
  const session = scoredSession({ scenario: bundle, profile: profile('model-policy'), seed: 3 });
  session.choose(0);
  const facts = {
    id: 'attempt-class-unfinished',
    traineeCode: TRAINEES[0] ?? 'TR-X',
    timeFactor: 0,
    startedAt: `${DAYS[0]}T13:00:00.000Z`,
  };
  const unfinished = unfinishedAttemptOf(session, facts, [0], `${DAYS[0]}T13:01:00.000Z`);
  for (let n = 0; n < 400 && !session.next().ended; n++) session.choose(0);
  return { unfinished, finished: finishedAttemptOf(session, facts, `${DAYS[0]}T13:09:00.000Z`) };
}
