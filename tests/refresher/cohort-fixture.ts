/** The cohort's exports over five months (tests/fixtures/cohort-months), read as the dashboard reads them. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { importAttemptsJson } from '../../src/export/attempts-json.js';
import type { FinishedAttempt } from '../../src/storage/attempt-record.js';

export const COHORT_DIR = path.join('tests', 'fixtures', 'cohort-months');

export function cohortFiles(): string[] {
  return readdirSync(COHORT_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => path.join(COHORT_DIR, f));
}

export function cohortAttempts(): FinishedAttempt[] {
  return cohortFiles().flatMap((file) => {
    const read = importAttemptsJson(readFileSync(file, 'utf8'), path.basename(file));
    if (read.problems.length > 0) throw new Error(`${file}: ${read.problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    return read.attempts.filter((a): a is FinishedAttempt => a.status === 'finished');
  });
}

/** Counted here from the records, never with src/refresher: the first dose's simulated seconds on the patient. */
export function secondsToNaloxone(attempt: FinishedAttempt): number | null {
  const dose = attempt.report.log.find(
    (e) => e.kind === 'action' && (e.id === 'naloxone_nasal' || e.id === 'naloxone_im') && (e.params.target ?? 'patient') === 'patient',
  );
  return dose ? dose.at : null;
}

/** Each officer's first and latest encounter in which the family applied: rules met and applied, pooled over officers. */
export function firstAgainstLatest(attempts: readonly FinishedAttempt[], family: string): { first: number; latest: number } {
  const byOfficer = new Map<string, FinishedAttempt[]>();
  for (const a of [...attempts].sort((x, y) => x.finishedAt.localeCompare(y.finishedAt)))
    if (a.report.rules.some((r) => r.family === family && r.verdict !== 'not_applicable'))
      byOfficer.set(a.traineeCode, [...(byOfficer.get(a.traineeCode) ?? []), a]);
  const tally = (pick: (list: FinishedAttempt[]) => FinishedAttempt | undefined) => {
    let met = 0;
    let applied = 0;
    for (const list of byOfficer.values()) {
      const rules = pick(list)?.report.rules.filter((r) => r.family === family && r.verdict !== 'not_applicable') ?? [];
      applied += rules.length;
      met += rules.filter((r) => r.verdict === 'met').length;
    }
    return met / applied;
  };
  return { first: tally((l) => l[0]), latest: tally((l) => l.at(-1)) };
}

/** The month's median seconds to naloxone over its attempts that gave a dose. */
export function monthlyMedianToNaloxone(attempts: readonly FinishedAttempt[]): Map<string, number | null> {
  const months = new Map<string, number[]>();
  for (const a of attempts) {
    const month = a.finishedAt.slice(0, 7);
    const seconds = secondsToNaloxone(a);
    months.set(month, [...(months.get(month) ?? []), ...(seconds === null ? [] : [seconds])]);
  }
  return new Map(
    [...months].map(([month, list]) => {
      const s = [...list].sort((a, b) => a - b);
      const n = s.length;
      return [month, n === 0 ? null : n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2];
    }),
  );
}
