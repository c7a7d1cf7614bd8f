/**
 * Golden paths: `scenarios/<id>/paths.json`, a scenario's own tests. Each names a profile, a seed and
 * picks in the `play` grammar, and what the report must say. The test suite and `scenarios:check`
 * both run them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../engine/diagnostics.js';
import type { LogEntry } from '../engine/log.js';
import type { ScenarioBundle } from '../engine/scenario/bundle.js';
import type { Outcome } from '../engine/scoring/outcomes.js';
import type { Mode, ScoreReport } from '../engine/scoring/report.js';
import { VERDICTS, type VerdictKind } from '../engine/scoring/scales.js';
import { type Session } from '../engine/session.js';
import type { Profile } from '../engine/scoring/profile.js';
import { RUBRIC } from '../protocols/index.js';
import { parseJsonText } from './json-file.js';
import { loadProfile } from './load-profile.js';
import { displayPath } from './paths.js';
import { parsePicks, playPicks } from './picks.js';
import { isRecord } from '../engine/validation/field-checks.js';
import { scoredSession } from '../protocols/scored-session.js';

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
  /** The 0-based index of each choice picked, for replaying the path in another locale. */
  readonly picks?: readonly number[];
}

const RULE_IDS = new Set(RUBRIC.rules.map((r) => r.id));

const PATH_FIELDS = new Set(['name', 'description', 'profile', 'seed', 'locale', 'mode', 'picks', 'expect']);

/** What each outcome field holds, so that a misspelt or mistyped one is told, not silently never compared. */
const OUTCOME_FIELDS: Readonly<Record<keyof Outcome, 'a number' | 'a number or null' | 'text' | 'a list of text'>> = {
  patient: 'text',
  officerInjuries: 'a list of text',
  arrests: 'a number',
  citations: 'a number',
  searches: 'a number',
  warrantChecks: 'a number',
  usesOfForce: 'a number',
  backupCalls: 'a number',
  referralsOffered: 'a number',
  referralsAccepted: 'a number',
  callerTrust: 'a number or null',
  withdrawal: 'text',
  personTrust: 'a number or null',
};

const holds: Record<(typeof OUTCOME_FIELDS)[keyof Outcome], (value: unknown) => boolean> = {
  'a number': (value) => typeof value === 'number',
  'a number or null': (value) => value === null || typeof value === 'number',
  text: (value) => typeof value === 'string',
  'a list of text': (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'),
};

/**
 * An expectation's problems. A field the comparison does not know (`pass` for `passed`) would
 * otherwise be a check that never runs: a golden path that passes whatever the scenario does.
 */
function expectationProblems(expectation: Record<string, unknown>, at: string): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const flag = (field: string, message: string): void => void problems.push({ field: `${at}.${field}`, message });
  for (const [field, value] of Object.entries(expectation)) {
    switch (field) {
      case 'passed':
      case 'ended':
        if (typeof value !== 'boolean') flag(field, 'must be true or false');
        break;
      case 'minScore':
      case 'maxScore':
        if (typeof value !== 'number' || value < 0 || value > 100) flag(field, 'must be a score from 0 to 100');
        break;
      case 'verdicts':
        if (!isRecord(value)) flag(field, 'must be an object of rule ids to verdicts');
        else
          for (const [rule, verdict] of Object.entries(value)) {
            if (!RULE_IDS.has(rule)) flag(`verdicts.${rule}`, 'is not a rule of the rubric');
            if (!(VERDICTS as readonly unknown[]).includes(verdict)) flag(`verdicts.${rule}`, `must be one of ${VERDICTS.join(', ')}`);
          }
        break;
      case 'outcome':
        if (!isRecord(value)) flag(field, 'must be an object of outcome fields');
        else
          for (const [name, expected] of Object.entries(value)) {
            const kind = (OUTCOME_FIELDS as Readonly<Record<string, keyof typeof holds>>)[name];
            if (!kind) flag(`outcome.${name}`, `is not an outcome field (${Object.keys(OUTCOME_FIELDS).join(', ')})`);
            else if (!holds[kind](expected)) flag(`outcome.${name}`, `must be ${kind}`);
          }
        break;
      case 'criticalFailures':
        if (!Array.isArray(value)) flag(field, 'must be a list of rule ids');
        else
          value.forEach((rule, i) => {
            if (typeof rule !== 'string' || !RULE_IDS.has(rule)) flag(`criticalFailures[${i}]`, 'is not a rule of the rubric');
          });
        break;
      default:
        flag(field, 'is not an expectation (passed, ended, minScore, maxScore, verdicts, outcome, criticalFailures)');
    }
  }
  return problems;
}

/** Checks the shape of a parsed `paths.json`; problems name the path and field. */
export function validateGoldenPaths(value: unknown): { paths: GoldenPath[]; problems: { field: string; message: string }[] } {
  const problems: { field: string; message: string }[] = [];
  if (!isRecord(value) || !Array.isArray(value.paths))
    return { paths: [], problems: [{ field: 'paths', message: 'must be an object with a "paths" list' }] };
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
    if (typeof raw.picks !== 'string')
      problems.push({ field: `${at}.picks`, message: 'must be picks in the play grammar, comma-separated' });
    if (raw.seed !== undefined && (!Number.isInteger(raw.seed) || (raw.seed as number) < 0 || (raw.seed as number) > 0xffffffff))
      problems.push({ field: `${at}.seed`, message: 'must be a whole number from 0 to 4294967295' });
    if (raw.mode !== undefined && raw.mode !== 'learn' && raw.mode !== 'assess')
      problems.push({ field: `${at}.mode`, message: 'must be learn or assess' });
    for (const field of Object.keys(raw).filter((f) => !PATH_FIELDS.has(f)))
      problems.push({ field: `${at}.${field}`, message: `is not a field of a golden path (${[...PATH_FIELDS].join(', ')})` });
    const expectation = raw.expect;
    if (!isRecord(expectation)) problems.push({ field: `${at}.expect`, message: 'must be an object' });
    else problems.push(...expectationProblems(expectation, `${at}.expect`));
    if (problems.length === before) paths.push(raw as unknown as GoldenPath);
  });
  return { paths, problems };
}

/** Compares a report with what a golden path expects, one failure per difference. */
export function compareWithExpectation(report: ScoreReport, ended: boolean, expected: GoldenPathExpectation): string[] {
  const failures: string[] = [];
  if (expected.passed !== undefined && report.passed !== expected.passed) {
    failures.push(
      `expected ${expected.passed ? 'a pass' : 'a fail'}, got ${report.passed ? 'a pass' : 'a fail'} (score ${report.score}, critical failures: ${report.criticalFailures.join(', ') || 'none'})`,
    );
  }
  if (expected.ended !== undefined && ended !== expected.ended)
    failures.push(`expected the story ${expected.ended ? 'to end' : 'not to end'}`);
  if (expected.minScore !== undefined && report.score < expected.minScore)
    failures.push(`expected a score of at least ${expected.minScore}, got ${report.score}`);
  if (expected.maxScore !== undefined && report.score > expected.maxScore)
    failures.push(`expected a score of at most ${expected.maxScore}, got ${report.score}`);
  for (const [rule, verdict] of Object.entries(expected.verdicts ?? {})) {
    const actual = report.rules.find((r) => r.id === rule)?.verdict;
    if (actual !== verdict) failures.push(`${rule}: expected ${verdict}, got ${actual ?? 'no verdict'}`);
  }
  for (const [key, value] of Object.entries(expected.outcome ?? {})) {
    const actual = (report.outcome as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(actual) !== JSON.stringify(value))
      failures.push(`outcome ${key}: expected ${JSON.stringify(value)}, got ${JSON.stringify(actual)}`);
  }
  if (expected.criticalFailures !== undefined) {
    const actual = [...report.criticalFailures].sort();
    const wanted = [...expected.criticalFailures].sort();
    if (JSON.stringify(actual) !== JSON.stringify(wanted))
      failures.push(`critical failures: expected [${wanted.join(', ')}], got [${actual.join(', ')}]`);
  }
  return failures;
}

function startSession(bundle: ScenarioBundle, golden: GoldenPath, profile: Profile, locale = golden.locale): Session {
  return scoredSession({
    scenario: bundle,
    profile,
    seed: golden.seed ?? 1,
    ...(locale ? { locale } : {}),
    ...(golden.mode ? { mode: golden.mode } : {}),
  });
}

export function runGoldenPath(bundle: ScenarioBundle, golden: GoldenPath, profile: Profile): GoldenPathRun {
  try {
    const session = startSession(bundle, golden, profile);
    const played = playPicks(session, parsePicks(golden.picks));
    const report = session.report();
    const picks = session.picks().map((p) => p.index);
    return {
      path: golden,
      report,
      ended: played.step.ended,
      picks,
      failures: compareWithExpectation(report, played.step.ended, golden.expect),
    };
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
    diagnostics: problems.map((p) => ({
      file: shown,
      field: p.field,
      severity: 'error' as const,
      message: p.message,
      ...lineOfPath(text, p.field),
    })),
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

/** A log entry without where it was written: the story path and file line belong to one locale's file. */
function entryKey(entry: LogEntry | undefined): string {
  if (entry === undefined) return '';
  if (entry.source.origin !== 'choice' && entry.source.origin !== 'story') return JSON.stringify(entry);
  const { file: _file, line: _line, path: _path, ...source } = entry.source;
  return JSON.stringify({ ...entry, source });
}

/** What must agree between locales: everything but the locale and the places of the log entries. */
function comparable(report: ScoreReport): unknown {
  const { locale: _locale, log, ...rest } = report;
  return { ...rest, log: log.map(entryKey) };
}

function describeEntry(entry: LogEntry | undefined): string {
  if (!entry) return 'nothing';
  const params = Object.entries(entry.params)
    .map(([k, v]) => ` ${k}=${String(v)}`)
    .join('');
  return `${entry.kind} ${entry.id}${params} at ${entry.at} s`;
}

/** The differences between two reports of one golden path, for people; `wanted` is the reference. */
export function describeReportDifferences(wanted: ScoreReport, found: ScoreReport): string[] {
  const differences: string[] = [];
  const [a, b] = [wanted, found];
  if (a.passed !== b.passed) differences.push(b.passed ? 'a pass instead of a fail' : 'a fail instead of a pass');
  if (a.score !== b.score) differences.push(`score ${b.score} instead of ${a.score}`);
  const details: string[] = [];
  for (const rule of a.rules) {
    const other = b.rules.find((r) => r.id === rule.id);
    if (other?.verdict !== rule.verdict) differences.push(`${rule.id} ${other?.verdict ?? 'absent'} instead of ${rule.verdict}`);
    else if (JSON.stringify(other) !== JSON.stringify(rule))
      details.push(`${rule.id} ${rule.verdict} with other evidence, moment or values`);
  }
  for (const key of Object.keys({ ...a.outcome, ...b.outcome })) {
    const x = JSON.stringify((a.outcome as unknown as Record<string, unknown>)[key]);
    const y = JSON.stringify((b.outcome as unknown as Record<string, unknown>)[key]);
    if (x !== y) differences.push(`outcome ${key} ${y} instead of ${x}`);
  }
  if (a.elapsedSeconds !== b.elapsedSeconds) differences.push(`${b.elapsedSeconds} s instead of ${a.elapsedSeconds} s`);
  const length = Math.max(a.log.length, b.log.length);
  const entry = Array.from({ length }, (_, i) => i).find((i) => entryKey(a.log[i]) !== entryKey(b.log[i]));
  if (entry !== undefined)
    differences.push(`log entry ${entry + 1}: ${describeEntry(b.log[entry])} instead of ${describeEntry(a.log[entry])}`);
  differences.push(...details);
  if (differences.length === 0 && JSON.stringify(comparable(a)) !== JSON.stringify(comparable(b))) differences.push('the reports differ');
  return differences;
}

/** Enough to see what went wrong; one changed branch can change every rule. */
const MAX_DIFFERENCES_SHOWN = 6;

/**
 * Plays every golden path in every locale of the bundle and reports, at the line of the path's name
 * in paths.json, each path whose report in a locale differs from its report in the path's own
 * locale (its `locale`, else the session's default, the first). The picks are resolved in that reference locale and replayed
 * by index elsewhere, since `text:` picks are written in one language. Paths that fail in their own
 * locale, or whose profile does not load, are left to the ordinary golden-path run, which reports them.
 */
export interface AcrossLocalesOptions {
  /** Resolves a path's profile; by default `loadProfile`. */
  readonly profileOf?: (id: string) => Profile | undefined;
  /** The runs of `runGoldenPath` already made, reused as the reference instead of playing them again. */
  readonly runs?: readonly GoldenPathRun[];
}

function loadedProfile(id: string): Profile | undefined {
  const loaded = loadProfile(id);
  return loaded.ok ? loaded.profile : undefined;
}

export function checkGoldenPathsAcrossLocales(
  bundle: ScenarioBundle,
  golden: Pick<GoldenPathsFile, 'file' | 'text' | 'paths'>,
  options: AcrossLocalesOptions = {},
): Diagnostic[] {
  const profileOf = options.profileOf ?? loadedProfile;
  const locales = bundle.manifest.locales;
  if (locales.length < 2) return [];
  const diagnostics: Diagnostic[] = [];
  for (const goldenPath of golden.paths) {
    const profile = profileOf(goldenPath.profile);
    if (!profile) continue;
    const line = lineOfGoldenPath(golden.text, goldenPath.name);
    const error = (message: string) =>
      diagnostics.push({
        file: golden.file,
        ...(line !== undefined ? { line } : {}),
        severity: 'error',
        message: `golden path "${goldenPath.name}" ${message}`,
      });
    const wanted = referenceRun(
      bundle,
      goldenPath,
      profile,
      options.runs?.find((r) => r.path === goldenPath),
    );
    if (!wanted) continue;
    const reference = wanted.report.locale;
    for (const locale of locales) {
      if (locale === reference) continue;
      const played = replayIndexes(startSession(bundle, goldenPath, profile, locale), wanted.picks);
      if ('problem' in played) {
        error(`cannot be replayed in ${locale} as in ${reference}: ${played.problem}`);
        continue;
      }
      const differences = describeReportDifferences(wanted.report, played.report);
      if (played.ended !== wanted.ended)
        differences.unshift(
          played.ended ? `the story ends, where in ${reference} it does not` : `the story does not end, where in ${reference} it does`,
        );
      const shown =
        differences.length > MAX_DIFFERENCES_SHOWN
          ? [...differences.slice(0, MAX_DIFFERENCES_SHOWN), `${differences.length - MAX_DIFFERENCES_SHOWN} more`]
          : differences;
      if (differences.length > 0) error(`gives a different report in ${locale} than in ${reference}: ${shown.join('; ')}`);
    }
  }
  return diagnostics;
}

/** The path played in its own locale: the run given if it has a report, else a fresh one; none if it cannot be played. */
function referenceRun(
  bundle: ScenarioBundle,
  goldenPath: GoldenPath,
  profile: Profile,
  given: GoldenPathRun | undefined,
): { report: ScoreReport; ended: boolean; picks: readonly number[] } | undefined {
  if (given?.report && given.ended !== undefined && given.picks) return { report: given.report, ended: given.ended, picks: given.picks };
  try {
    const session = startSession(bundle, goldenPath, profile);
    const played = playPicks(session, parsePicks(goldenPath.picks));
    return { report: session.report(), ended: played.step.ended, picks: session.picks().map((p) => p.index) };
  } catch {
    return undefined;
  }
}

function replayIndexes(session: Session, picks: readonly number[]): { report: ScoreReport; ended: boolean } | { problem: string } {
  try {
    let step = session.next();
    for (const [n, index] of picks.entries()) {
      if (index >= step.choices.length)
        return {
          problem: `pick ${n + 1} is choice ${index + 1}, but ${step.ended ? 'the story has ended' : `only ${step.choices.length} ${step.choices.length === 1 ? 'choice is' : 'choices are'} offered`}`,
        };
      step = session.choose(index);
    }
    return { report: session.report(), ended: step.ended };
  } catch (thrown) {
    return { problem: thrown instanceof Error ? thrown.message : String(thrown) };
  }
}
