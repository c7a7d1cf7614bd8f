/**
 * CSV for spreadsheets: an attempts sheet (one row per attempt, outcomes included) and a rules sheet
 * (one row per attempt per rule). RFC 4180 quoting; a leading apostrophe keeps a text cell that could
 * start a formula (=, +, -, @, a tab, a carriage return or a line feed, their full-width and small forms,
 * even after spaces) from being run by a spreadsheet. A UTF-8 byte order mark goes first, so Excel reads
 * accented trainee codes and Spanish titles as UTF-8.
 */
import { failedConditionsOfReport, rubricVersionOf } from '../engine/index.js';
import type { ExportableAttempt } from './exportable-attempt.js';
import { secondsOnTask } from './time-on-task.js';

export const ATTEMPT_COLUMNS = [
  'attempt_id',
  'trainee_code',
  'scenario',
  'scenario_version',
  'profile',
  'locale',
  'mode',
  'seed',
  'started_at',
  'finished_at',
  'finished',
  'score',
  'pass_mark',
  'passed',
  'critical_failures',
  'simulated_seconds',
  'picks',
  'patient_outcome',
  'officer_injuries',
  'arrests',
  'citations',
  'searches',
  'warrant_checks',
  'uses_of_force',
  'backup_calls',
  'referrals_offered',
  'referrals_accepted',
  'caller_trust',
  // Rubric revision 2: what the attempt was scored under, and why a high score can still fail.
  'rubric_version',
  'major_violations',
  'failed_conditions',
  'withdrawal',
  'person_trust',
  // The optional knowledge check: right answers and items asked, before and after; empty when not taken.
  'knowledge_pre_correct',
  'knowledge_pre_items',
  'knowledge_post_correct',
  'knowledge_post_items',
  // Real time on task, for in-service training hours (time-on-task.ts); empty when the picks' times were not kept.
  'seconds_on_task',
] as const;

export const RULE_COLUMNS = [
  'attempt_id',
  'trainee_code',
  'scenario',
  'profile',
  'rule',
  'family',
  'severity',
  'verdict',
  'at_seconds',
] as const;

type Cell = string | number | boolean | null | undefined;

/** What a spreadsheet may take as the start of a formula: ASCII, full-width (＝＋－＠) and small (﹦﹢﹣﹫) forms, tab, CR, LF. */
const FORMULA_LEAD = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212]|^[\t\r\n]/;

export const CSV_BOM = '\uFEFF';

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_LEAD.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: readonly (readonly Cell[])[]): string {
  return `${CSV_BOM}${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function attemptsCsv(attempts: readonly ExportableAttempt[]): string {
  const rows = attempts.map((a) => {
    const r = a.report;
    const o = r?.outcome;
    return [
      a.id,
      a.traineeCode,
      a.scenario.id,
      a.scenario.version,
      a.profileId,
      a.locale,
      a.mode,
      a.seed,
      a.startedAt,
      a.finishedAt,
      r !== undefined,
      r?.score,
      r?.passMark,
      r?.passed,
      r?.criticalFailures.join(' '),
      r?.elapsedSeconds,
      a.picks.length,
      o?.patient,
      o?.officerInjuries.join(' '),
      o?.arrests,
      o?.citations,
      o?.searches,
      o?.warrantChecks,
      o?.usesOfForce,
      o?.backupCalls,
      o?.referralsOffered,
      o?.referralsAccepted,
      o?.callerTrust,
      r === undefined ? undefined : rubricVersionOf(r),
      r?.majorViolations?.map((group) => group.join('+')).join(' '),
      r === undefined ? undefined : failedConditionsOfReport(r).join(' '),
      o?.withdrawal,
      o?.personTrust,
      a.knowledgeCheck?.pre?.correct,
      a.knowledgeCheck?.pre?.answers.length,
      a.knowledgeCheck?.post?.correct,
      a.knowledgeCheck?.post?.answers.length,
      secondsOnTask(a),
    ];
  });
  return csv([ATTEMPT_COLUMNS, ...rows]);
}

export function rulesCsv(attempts: readonly ExportableAttempt[]): string {
  const rows = attempts.flatMap((a) =>
    (a.report?.rules ?? []).map((rule) => [
      a.id,
      a.traineeCode,
      a.scenario.id,
      a.profileId,
      rule.id,
      rule.family,
      rule.severity,
      rule.verdict,
      rule.at,
    ]),
  );
  return csv([RULE_COLUMNS, ...rows]);
}
