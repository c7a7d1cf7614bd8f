/**
 * Golden paths: `scenarios/<id>/paths.json`, a scenario's own tests. Each names a profile, a seed and
 * picks in the `play` grammar, and what the report must say. The test suite and `scenarios:check`
 * both run them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../engine/diagnostics.js';
import type { ScenarioBundle } from '../engine/scenario/bundle.js';
import type { Outcome } from '../engine/scoring/outcomes.js';
import type { Mode, ScoreReport } from '../engine/scoring/report.js';
import type { VerdictKind } from '../engine/scoring/rule.js';
import { createSession } from '../engine/session.js';
import type { Profile } from '../protocols/profile.js';
import { RUBRIC } from '../protocols/index.js';
import { parseJsonText } from './json-file.js';
import { displayPath } from './paths.js';
import { parsePicks, playPicks } from './picks.js';

export interface GoldenPathExpectation {
  readonly passed?: boolean;
  readonly ended?: boolean;
  readonly minScore?: number;
  readonly maxScore?: number;
  /** Rule id to verdict. */
  readonly verdicts?: Readonly<Record<string, VerdictKind>>;
  readonly outcome?: Readonly<Partial<Outcome>>;
  readonly criticalFailures?: readonly string[];
}

export interface GoldenPath {
  readonly name: string;
  /** What the path shows, for the trainer reading the file. */
  readonly description?: string;
  readonly profile: string;
  readonly seed?: number;
  readonly locale?: string;
  readonly mode?: Mode;
  /** Picks in the `play` grammar, comma-separated. */
  readonly picks: string;
  readonly expect: GoldenPathExpectation;
}

export interface GoldenPathRun {
  readonly path: GoldenPath;
  readonly failures: readonly string[];
  readonly report?: ScoreReport;
  readonly ended?: boolean;
}

const VERDICTS: readonly VerdictKind[] = ['met', 'missed', 'violated', 'not_applicable'];
const RULE_IDS = new Set(RUBRIC.map((r) => r.id));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the shape of a parsed `paths.json`; problems name the path and field. */
export function validateGoldenPaths(value: unknown): { paths: GoldenPath[]; problems: { field: string; message: string }[] } {
  const problems: { field: string; message: string }[] = [];
  if (!isRecord(value) || !Array.isArray(value.paths)) return { paths: [], problems: [{ field: 'paths', message: 'must be an object with a "paths" list' }] };
  const paths: GoldenPath[] = [];
  const names = new Set<string>();
  value.paths.forEach((raw, i) => {
    const at = `paths[${i}]`;
    if (!isRecord(raw)) {
      problems.push({ field: at, message: 'must be an object' });
      return;
    }
    const before = problems.length;
    if (typeof raw.name !== 'string' || raw.name.trim() === '') problems.push({ field: `${at}.name`, message: 'must be non-empty text' });
    else if (names.has(raw.name)) problems.push({ field: `${at}.name`, message: `"${raw.name}" is used twice` });
    else names.add(raw.name);
    if (typeof raw.profile !== 'string') problems.push({ field: `${at}.profile`, message: 'must be a profile id or path' });
    if (typeof raw.picks !== 'string') problems.push({ field: `${at}.picks`, message: 'must be picks in the play grammar, comma-separated' });
    if (raw.seed !== undefined && !Number.isInteger(raw.seed)) problems.push({ field: `${at}.seed`, message: 'must be a whole number' });
    if (raw.mode !== undefined && raw.mode !== 'learn' && raw.mode !== 'assess') problems.push({ field: `${at}.mode`, message: 'must be learn or assess' });
    const expectation = raw.expect;
    if (!isRecord(expectation)) problems.push({ field: `${at}.expect`, message: 'must be an object' });
    else if (isRecord(expectation.verdicts)) {
      for (const [rule, verdict] of Object.entries(expectation.verdicts)) {
        if (!RULE_IDS.has(rule)) problems.push({ field: `${at}.expect.verdicts.${rule}`, message: 'is not a rule of the rubric' });
        if (!VERDICTS.includes(verdict as VerdictKind)) problems.push({ field: `${at}.expect.verdicts.${rule}`, message: `must be one of ${VERDICTS.join(', ')}` });
      }
    }
    if (problems.length === before) paths.push(raw as unknown as GoldenPath);
  });
  return { paths, problems };
}

/** Compares a report with what a golden path expects, one failure per difference. */
export function compareWithExpectation(report: ScoreReport, ended: boolean, expected: GoldenPathExpectation): string[] {
  const failures: string[] = [];
  if (expected.passed !== undefined && report.passed !== expected.passed) {
    failures.push(`expected ${expected.passed ? 'a pass' : 'a fail'}, got ${report.passed ? 'a pass' : 'a fail'} (score ${report.score}, critical failures: ${report.criticalFailures.join(', ') || 'none'})`);
  }
  if (expected.ended !== undefined && ended !== expected.ended) failures.push(`expected the story ${expected.ended ? 'to end' : 'not to end'}`);
  if (expected.minScore !== undefined && report.score < expected.minScore) failures.push(`expected a score of at least ${expected.minScore}, got ${report.score}`);
  if (expected.maxScore !== undefined && report.score > expected.maxScore) failures.push(`expected a score of at most ${expected.maxScore}, got ${report.score}`);
  for (const [rule, verdict] of Object.entries(expected.verdicts ?? {})) {
    const actual = report.rules.find((r) => r.id === rule)?.verdict;
    if (actual !== verdict) failures.push(`${rule}: expected ${verdict}, got ${actual ?? 'no verdict'}`);
  }
  for (const [key, value] of Object.entries(expected.outcome ?? {})) {
    const actual = (report.outcome as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(actual) !== JSON.stringify(value)) failures.push(`outcome ${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`);
  }
  if (expected.criticalFailures !== undefined) {
    const actual = [...report.criticalFailures].sort();
    const wanted = [...expected.criticalFailures].sort();
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) failures.push(`critical failures: expected [${wanted.join(', ')}], got [${actual.join(', ')}]`);
  }
  return failures;
}

export function runGoldenPath(bundle: ScenarioBundle, golden: GoldenPath, profile: Profile): GoldenPathRun {
  try {
    const session = createSession({
      scenario: bundle,
      profile,
      seed: golden.seed ?? 1,
      ...(golden.locale ? { locale: golden.locale } : {}),
      ...(golden.mode ? { mode: golden.mode } : {}),
    });
    const played = playPicks(session, parsePicks(golden.picks));
    const report = session.report();
    return { path: golden, report, ended: played.step.ended, failures: compareWithExpectation(report, played.step.ended, golden.expect) };
  } catch (error) {
    return { path: golden, failures: [error instanceof Error ? error.message : String(error)] };
  }
}

export interface GoldenPathsFile {
  readonly file: string;
  readonly text: string;
  readonly paths: readonly GoldenPath[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Reads `paths.json` beside a scenario, if it has one. */
export function readGoldenPaths(dir: string): GoldenPathsFile | undefined {
  const file = path.join(dir, 'paths.json');
  if (!existsSync(file)) return undefined;
  const shown = displayPath(file);
  const text = readFileSync(file, 'utf8');
  const parsed = parseJsonText(text, shown);
  if (!parsed.ok) return { file: shown, text, paths: [], diagnostics: [parsed.diagnostic] };
  const { paths, problems } = validateGoldenPaths(parsed.value);
  return {
    file: shown,
    text,
    paths,
    diagnostics: problems.map((p) => ({ file: shown, field: p.field, severity: 'error' as const, message: p.message, ...lineOfPath(text, p.field) })),
  };
}

function lineOfPath(text: string, field: string): { line?: number } {
  const index = /^paths\[(\d+)\]/.exec(field);
  if (!index) return {};
  let count = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (/"name"\s*:/.test(lines[i] ?? '')) count++;
    if (count === Number(index[1])) return { line: i + 1 };
  }
  return {};
}

/** The line of a golden path's `"name"`, for locating its failures. */
export function lineOfGoldenPath(text: string, name: string): number | undefined {
  const lines = text.split('\n');
  const needle = JSON.stringify(name);
  const found = lines.findIndex((l) => /"name"\s*:/.test(l) && l.includes(needle));
  return found < 0 ? undefined : found + 1;
}
