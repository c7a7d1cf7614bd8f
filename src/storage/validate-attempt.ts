/**
 * Field-level validation of a stored attempt (attempt-record.ts), after migration to the current
 * shape: what the device reads back from IndexedDB, and what an instructor imports from a file.
 * Every problem names its field, so a quarantined record says exactly what is wrong with it.
 * It checks what the game reads (the debrief, resume, re-scoring); the engine's own data inside a
 * session snapshot (Ink state, machine snapshot) is checked by the engine when it is restored.
 */
import {
  MODES,
  PASS_CONDITIONS,
  PROTOCOL_FAMILIES,
  SCENARIO_KINDS,
  SEVERITIES,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  STORY_EVENTS,
  validateProfile,
  VERDICTS,
  WITHDRAWAL_ORDER,
} from '../engine/index.js';
import { MAX_SCENARIO_VERSION } from '../engine/scenario/manifest.js';
import { validateParameters } from '../engine/scenario/parameters.js';
import { FieldChecks, isRecord, type FieldProblem } from '../engine/validation/field-checks.js';
import { ATTEMPT_SCHEMA_VERSION, type StoredAttempt } from './attempt-record.js';
import { migrateAttempt } from './schema.js';
import { KNOWLEDGE_OPTIONS } from '../protocols/knowledge-check.js';

/** Where in the record (`report.rules[3].verdict`, `(root)`) and what is wrong there. */
export type AttemptProblem = FieldProblem;

export type AttemptValidation =
  { readonly ok: true; readonly attempt: StoredAttempt } | { readonly ok: false; readonly problems: readonly AttemptProblem[] };

const STATUSES = ['finished', 'in-progress'] as const;
const STORY_EVENT_IDS = STORY_EVENTS.map((e) => e.id);
const EXPLANATION_KEY = new RegExp(
  `^(rules\\.[A-Za-z0-9-]{1,80}\\.(${VERDICTS.join('|')})|ui\\.debrief\\.notInForce\\.(kind|profile|covered))$`,
);
/** i18next's own option names, which interpolation values must not use. */
const TRANSLATION_OPTIONS: ReadonlySet<string> = new Set([
  'returnObjects',
  'returnDetails',
  'returnEmptyString',
  'returnNull',
  'joinArrays',
  'lng',
  'lngs',
  'fallbackLng',
  'ns',
  'context',
  'count',
  'ordinal',
  'replace',
  'interpolation',
  'postProcess',
  'keySeparator',
  'nsSeparator',
  'skipInterpolation',
  'appendNamespaceToMissingKey',
  'defaultNS',
]);
/**
 * The largest number each kind of field may hold. A record is read back from disk or from someone
 * else's file, so nothing in it is trusted: a clock of 1e308 ms would otherwise resume as
 * "1.6666666666666665e+303:40" and a score of 1e308 would make a class's mean infinite.
 */
export const LIMITS = {
  /** Simulated seconds: a week, far beyond any encounter (an assess-mode clock left running included). */
  seconds: 7 * 24 * 60 * 60,
  /** Picks in one attempt, and so also actions counted in its outcome. */
  picks: 100_000,
  /** The index of a choice among those offered at once. */
  choiceIndex: 999,
  /** Votes for one choice in a class. */
  votes: 10_000,
  /** The seed's generator keeps 32 bits. */
  seed: 0xffffffff,
  /** Simulated seconds per real second in assess mode. */
  timeFactor: 1_000,
  /** Lines of narration kept in a snapshot. */
  lines: 1_000_000,
  /** A figure an explanation interpolates (a delay, a limit, a dose count), either way from zero. */
  explanationValue: 1_000_000_000,
} as const;

const PATIENT_OUTCOME = /^[a-z][a-z0-9_]{0,39}$/;

const OUTCOME_COUNTS = [
  'arrests',
  'citations',
  'searches',
  'warrantChecks',
  'usesOfForce',
  'backupCalls',
  'referralsOffered',
  'referralsAccepted',
] as const;

class Checker extends FieldChecks {
  list(value: unknown, field: string): readonly unknown[] | undefined {
    if (Array.isArray(value)) return value;
    this.fail(field, 'must be a list');
    return undefined;
  }

  text(value: unknown, field: string, maxLength = 200): void {
    if (typeof value !== 'string' || value.trim() === '') this.fail(field, 'must be non-empty text');
    else if (value.length > maxLength) this.fail(field, `must be at most ${maxLength} characters`);
  }

  string(value: unknown, field: string): void {
    if (typeof value !== 'string') this.fail(field, 'must be text');
  }

  /** A finite number from `min` to `max`; `whole` for counts, indexes and versions. */
  number(value: unknown, field: string, min: number, max: number, whole = false): void {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)
      this.fail(field, `must be a number from ${min} to ${max}`);
    else if (whole && !Number.isInteger(value)) this.fail(field, 'must be a whole number');
  }

  seconds(value: unknown, field: string): void {
    this.number(value, field, 0, LIMITS.seconds);
  }

  count(value: unknown, field: string, max: number = LIMITS.picks): void {
    this.number(value, field, 0, max, true);
  }

  /** `rules.<id>.<verdict>`: an imported record names a rule's explanation, never any other text. */
  explanationKey(value: unknown, field: string): void {
    if (typeof value !== 'string' || !EXPLANATION_KEY.test(value)) {
      this.fail(field, 'must be a rule explanation key such as rules.OD-EMS-FIRST.violated');
    }
  }

  /**
   * The values an explanation interpolates: short text or numbers under plain names. They reach
   * i18next beside its options, so a name such as `returnObjects` or `lng` would change what the
   * translation does rather than what it says.
   */
  explanationValues(value: unknown, field: string): void {
    const values = this.object(value, field);
    if (!values) return;
    for (const [name, item] of Object.entries(values)) {
      if (!/^[a-z][A-Za-z0-9]{0,39}$/.test(name) || TRANSLATION_OPTIONS.has(name) || name.startsWith('defaultValue'))
        this.fail(`${field}.${name}`, 'is not a name an explanation can use');
      else if (
        !(typeof item === 'string' && item.length <= 200) &&
        !(typeof item === 'number' && Number.isFinite(item) && Math.abs(item) <= LIMITS.explanationValue)
      )
        this.fail(`${field}.${name}`, `must be a number within ±${LIMITS.explanationValue} or text of at most 200 characters`);
    }
  }

  dateTime(value: unknown, field: string): void {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) this.fail(field, 'must be an ISO date-time');
  }

  profile(value: unknown, field: string): void {
    const validation = validateProfile(value);
    if (!validation.ok) for (const p of validation.problems) this.fail(`${field}.${p.field}`, p.message);
  }
}

function checkPicks(check: Checker, value: unknown, field: string): void {
  check.list(value, field)?.forEach((item, i) => {
    const pick = check.object(item, `${field}[${i}]`);
    if (!pick) return;
    check.count(pick.index, `${field}[${i}].index`, LIMITS.choiceIndex);
    check.seconds(pick.at, `${field}[${i}].at`);
    check.string(pick.text, `${field}[${i}].text`);
    check.list(pick.actions, `${field}[${i}].actions`)?.forEach((a, j) => check.string(a, `${field}[${i}].actions[${j}]`));
    if (pick.path !== undefined) check.text(pick.path, `${field}[${i}].path`, 500);
    if (pick.vote !== undefined) checkVote(check, pick.vote, `${field}[${i}].vote`);
  });
}

/** A class's tally at a pick: votes (whole numbers) by choice index. */
function checkVote(check: Checker, value: unknown, field: string): void {
  const vote = check.object(value, field);
  if (!vote) return;
  for (const [index, count] of Object.entries(vote)) {
    if (!/^(0|[1-9][0-9]?)$/.test(index)) check.fail(`${field}.${index}`, 'must be keyed by a choice index');
    else check.count(count, `${field}.${index}`, LIMITS.votes);
  }
}

function checkInstructorInputs(check: Checker, value: unknown, field: string): void {
  check.list(value, field)?.forEach((item, i) => {
    const input = check.object(item, `${field}[${i}]`);
    if (!input) return;
    check.oneOf(input.kind, `${field}[${i}].kind`, ['inject', 'note']);
    check.seconds(input.at, `${field}[${i}].at`);
    check.count(input.afterPick, `${field}[${i}].afterPick`);
    if (input.kind === 'inject') {
      check.oneOf(input.event, `${field}[${i}].event`, STORY_EVENT_IDS);
      const params = check.object(input.params, `${field}[${i}].params`);
      for (const [name, param] of Object.entries(params ?? {})) {
        if (!['string', 'number', 'boolean'].includes(typeof param) || (typeof param === 'number' && !Number.isFinite(param)))
          check.fail(`${field}[${i}].params.${name}`, 'must be text, a number, or true or false');
      }
      if (input.note !== undefined) check.text(input.note, `${field}[${i}].note`, 2000);
    }
    if (input.kind === 'note') check.text(input.text, `${field}[${i}].text`, 2000);
  });
}

/** The most items a check may hold: one per protocol family, with room for families a newer build adds. */
const MAX_KNOWLEDGE_ITEMS = 50;
const KNOWLEDGE_ITEM_ID = /^[a-z][a-z0-9-]{0,59}$/;

function checkKnowledgeResult(check: Checker, value: unknown, field: string): void {
  const result = check.object(value, field);
  if (!result) return;
  check.dateTime(result.at, `${field}.at`);
  const answers = check.list(result.answers, `${field}.answers`);
  if (answers && answers.length > MAX_KNOWLEDGE_ITEMS) check.fail(`${field}.answers`, `must hold at most ${MAX_KNOWLEDGE_ITEMS} items`);
  let right = 0;
  answers?.slice(0, MAX_KNOWLEDGE_ITEMS).forEach((item, i) => {
    const where = `${field}.answers[${i}]`;
    const answer = check.object(item, where);
    if (!answer) return;
    if (typeof answer.item !== 'string' || !KNOWLEDGE_ITEM_ID.test(answer.item))
      check.fail(`${where}.item`, 'must be an item id such as naloxone-1');
    check.oneOf(answer.family, `${where}.family`, PROTOCOL_FAMILIES);
    if (answer.answer !== null) check.oneOf(answer.answer, `${where}.answer`, KNOWLEDGE_OPTIONS);
    check.flag(answer.correct, `${where}.correct`);
    if (answer.correct === true) right++;
    if (answer.correct === true && answer.answer === null) check.fail(`${where}.correct`, 'is true, but the item was not answered');
  });
  if (answers) {
    check.count(result.correct, `${field}.correct`, Math.min(answers.length, MAX_KNOWLEDGE_ITEMS));
    if (Number.isInteger(result.correct) && Number(result.correct) <= answers.length && result.correct !== right)
      check.fail(`${field}.correct`, `is ${result.correct}, but ${right} of the answers are marked right`);
  }
}

function checkKnowledgeCheck(check: Checker, value: unknown, field: string): void {
  const record = check.object(value, field);
  if (!record) return;
  if (record.pre !== undefined) checkKnowledgeResult(check, record.pre, `${field}.pre`);
  if (record.post !== undefined) checkKnowledgeResult(check, record.post, `${field}.post`);
}

function checkLog(check: Checker, value: unknown, field: string): void {
  check.list(value, field)?.forEach((item, i) => {
    const entry = check.object(item, `${field}[${i}]`);
    if (!entry) return;
    check.seconds(entry.at, `${field}[${i}].at`);
    if (entry.seconds !== undefined) check.seconds(entry.seconds, `${field}[${i}].seconds`);
    check.oneOf(entry.kind, `${field}[${i}].kind`, ['action', 'event', 'state', 'note']);
    check.text(entry.id, `${field}[${i}].id`);
    check.object(entry.params, `${field}[${i}].params`);
    check.object(entry.source, `${field}[${i}].source`);
  });
}

/** The parts of an observable state that the debrief, the outcome measures and the timed rules read. */
function checkObservedState(check: Checker, value: unknown, field: string): void {
  const state = check.object(value, field);
  if (!state) return;
  check.oneOf(state.kind, `${field}.kind`, SCENARIO_KINDS);
  check.seconds(state.elapsedSeconds, `${field}.elapsedSeconds`);
  for (const flag of ['responsive', 'dead', 'brainInjury', 'emsCalled', 'emsOnScene'] as const) check.flag(state[flag], `${field}.${flag}`);
  check.list(state.officerInjuries, `${field}.officerInjuries`);
}

function checkReport(check: Checker, value: unknown, field: string): void {
  const report = check.object(value, field);
  if (!report) return;
  check.text(report.scenario, `${field}.scenario`);
  check.flag(report.passed, `${field}.passed`);
  check.number(report.score, `${field}.score`, 0, 100);
  check.number(report.passMark, `${field}.passMark`, 0, 100);
  check.seconds(report.elapsedSeconds, `${field}.elapsedSeconds`);
  check.list(report.criticalFailures, `${field}.criticalFailures`)?.forEach((id, i) => check.string(id, `${field}.criticalFailures[${i}]`));
  // Revision 2 fields; absent on reports scored under rubric 1.
  if (report.rubricVersion !== undefined) check.number(report.rubricVersion, `${field}.rubricVersion`, 1, 1000, true);
  if (report.majorViolations !== undefined) {
    check
      .list(report.majorViolations, `${field}.majorViolations`)
      ?.forEach((group, i) =>
        check.list(group, `${field}.majorViolations[${i}]`)?.forEach((id, j) => check.string(id, `${field}.majorViolations[${i}][${j}]`)),
      );
  }
  if (report.failedConditions !== undefined) {
    check
      .list(report.failedConditions, `${field}.failedConditions`)
      ?.forEach((c, i) => check.oneOf(c, `${field}.failedConditions[${i}]`, PASS_CONDITIONS));
  }
  check.list(report.rules, `${field}.rules`)?.forEach((item, i) => {
    const where = `${field}.rules[${i}]`;
    const rule = check.object(item, where);
    if (!rule) return;
    check.text(rule.id, `${where}.id`);
    check.oneOf(rule.family, `${where}.family`, PROTOCOL_FAMILIES);
    check.oneOf(rule.severity, `${where}.severity`, SEVERITIES);
    check.oneOf(rule.verdict, `${where}.verdict`, VERDICTS);
    check.explanationKey(rule.explanation, `${where}.explanation`);
    if (rule.at !== undefined) check.seconds(rule.at, `${where}.at`);
    check.list(rule.evidence, `${where}.evidence`);
    if (rule.values !== undefined) check.explanationValues(rule.values, `${where}.values`);
  });
  const outcome = check.object(report.outcome, `${field}.outcome`);
  if (outcome) {
    // A newer build's outcome is counted under its own name, so any id will do but a name every object
    // already has: `constructor` or `__proto__` would corrupt the class's figures rather than add to them.
    const patient = outcome.patient;
    if (typeof patient !== 'string' || !PATIENT_OUTCOME.test(patient) || patient in Object.prototype)
      check.fail(`${field}.outcome.patient`, 'must be an outcome such as revived, in_ems_care, died or not_applicable');
    for (const count of OUTCOME_COUNTS) check.count(outcome[count], `${field}.outcome.${count}`);
    check
      .list(outcome.officerInjuries, `${field}.outcome.officerInjuries`)
      ?.forEach((injury, i) => check.text(injury, `${field}.outcome.officerInjuries[${i}]`));
    if (outcome.callerTrust !== null) check.number(outcome.callerTrust, `${field}.outcome.callerTrust`, 0, 10);
    if (outcome.withdrawal !== undefined)
      check.oneOf(outcome.withdrawal, `${field}.outcome.withdrawal`, [...WITHDRAWAL_ORDER, 'not_applicable']);
    if (outcome.personTrust !== undefined && outcome.personTrust !== null)
      check.number(outcome.personTrust, `${field}.outcome.personTrust`, 0, 10);
  }
  checkLog(check, report.log, `${field}.log`);
  checkPassed(check, report, field);
}

/**
 * A pass must agree with what it is made of: the score reaches the pass mark and no critical rule
 * failed. (A fail needs no such check: other conditions may fail an attempt whatever its score.)
 */
function checkPassed(check: Checker, report: Record<string, unknown>, field: string): void {
  if (report.passed !== true) return;
  const { score, passMark, criticalFailures, rules } = report;
  if (typeof score === 'number' && typeof passMark === 'number' && score < passMark)
    check.fail(`${field}.passed`, `is true, but the score ${score} is below the pass mark ${passMark}`);
  if (Array.isArray(criticalFailures) && criticalFailures.length > 0)
    check.fail(`${field}.passed`, `is true, but critical rules failed: ${criticalFailures.map(String).join(', ')}`);
  else if (Array.isArray(rules)) {
    const failed = rules
      .filter((r) => isRecord(r) && r.severity === 'critical' && (r.verdict === 'violated' || r.verdict === 'missed'))
      .map((r) => String((r as Record<string, unknown>).id));
    if (failed.length > 0) check.fail(`${field}.passed`, `is true, but critical rules failed: ${failed.join(', ')}`);
  }
}

function checkScoring(check: Checker, value: unknown, field: string): void {
  const scoring = check.object(value, field);
  if (!scoring) return;
  check.oneOf(scoring.kind, `${field}.kind`, SCENARIO_KINDS);
  if (check.object(scoring.parameters, `${field}.parameters`)) {
    for (const p of validateParameters(scoring.parameters, `${field}.parameters`)) check.fail(p.field, p.message);
  }
  checkObservedState(check, scoring.final, `${field}.final`);
  check.profile(scoring.profile, `${field}.profile`);
}

function checkProgress(check: Checker, value: unknown, field: string, attempt: Record<string, unknown>): void {
  const progress = check.object(value, field);
  if (!progress) return;
  const snapshot = check.object(progress.snapshot, `${field}.snapshot`);
  if (snapshot) {
    const where = `${field}.snapshot`;
    if (snapshot.format !== SNAPSHOT_FORMAT) check.fail(`${where}.format`, `must be "${SNAPSHOT_FORMAT}"`);
    if (snapshot.version !== SNAPSHOT_VERSION)
      check.fail(`${where}.version`, `must be ${SNAPSHOT_VERSION}, the session snapshot this build resumes`);
    const scenario = check.object(snapshot.scenario, `${where}.scenario`);
    const recorded = isRecord(attempt.scenario) ? attempt.scenario : {};
    if (scenario && (scenario.id !== recorded.id || scenario.version !== recorded.version))
      check.fail(`${where}.scenario`, 'must be the scenario and version the attempt records');
    if (snapshot.seed !== attempt.seed) check.fail(`${where}.seed`, 'must be the seed the attempt records');
    if (snapshot.mode !== attempt.mode) check.fail(`${where}.mode`, 'must be the mode the attempt records');
    check.number(snapshot.clockMs, `${where}.clockMs`, 0, LIMITS.seconds * 1000);
    check.string(snapshot.ink, `${where}.ink`);
    check.object(snapshot.encounter, `${where}.encounter`);
    const lines = Array.isArray(snapshot.transcript) ? snapshot.transcript.length : LIMITS.lines;
    check.count(snapshot.pendingLines, `${where}.pendingLines`, lines);
    check.flag(snapshot.reachedEnding, `${where}.reachedEnding`);
    check.profile(snapshot.profile, `${where}.profile`);
    checkObservedState(check, snapshot.observed, `${where}.observed`);
    checkLog(check, snapshot.log, `${where}.log`);
    const transcript = check.list(snapshot.transcript, `${where}.transcript`);
    if (transcript && transcript.length > LIMITS.lines) check.fail(`${where}.transcript`, `must hold at most ${LIMITS.lines} lines`);
    transcript?.forEach((line, i) => {
      if (!isRecord(line) || typeof line.text !== 'string') check.fail(`${where}.transcript[${i}]`, 'must be a line with text');
      else check.seconds(line.at, `${where}.transcript[${i}].at`);
    });
    checkPicks(check, snapshot.picks, `${where}.picks`);
    if (Array.isArray(snapshot.picks) && Array.isArray(attempt.picks) && snapshot.picks.length !== attempt.picks.length) {
      check.fail(`${where}.picks`, 'must hold the same picks as the attempt');
    }
  }
  const starts = check.list(progress.pickLineStarts, `${field}.pickLineStarts`);
  if (starts) {
    starts.forEach((start, i) => check.count(start, `${field}.pickLineStarts[${i}]`, LIMITS.lines));
    if (Array.isArray(attempt.picks) && starts.length !== attempt.picks.length)
      check.fail(`${field}.pickLineStarts`, 'must have one entry per pick');
  }
}

/**
 * Every number anywhere in the record, the engine's own data included, must be finite and exact:
 * IndexedDB keeps Infinity and NaN, and JSON reads 1e400 as Infinity. (The fields the game reads
 * are bounded more tightly above.) At most a few problems are named: one bad array would otherwise
 * name every item.
 */
function checkEveryNumber(check: Checker, value: unknown, field: string, budget = { left: 5 }, depth = 0): void {
  if (budget.left <= 0) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      budget.left--;
      check.fail(field, 'must be a finite number no larger than 9007199254740991');
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkEveryNumber(check, item, `${field}[${i}]`, budget, depth + 1));
  } else if (isRecord(value) && depth < 200) {
    for (const [key, item] of Object.entries(value))
      checkEveryNumber(check, item, field === '(root)' ? key : `${field}.${key}`, budget, depth + 1);
  }
}

/** Checks a record already migrated to the current shape (schema.ts `migrateAttempt`). */
export function validateAttempt(value: unknown): AttemptValidation {
  const check = new Checker();
  const root = check.object(value, '(root)');
  if (!root) return { ok: false, problems: check.problems };
  if (root.schemaVersion !== ATTEMPT_SCHEMA_VERSION) {
    const newer = typeof root.schemaVersion === 'number' && root.schemaVersion > ATTEMPT_SCHEMA_VERSION;
    check.fail(
      'schemaVersion',
      newer
        ? `is ${root.schemaVersion}: saved by a newer version of Good Call, which this one cannot read`
        : `must be ${ATTEMPT_SCHEMA_VERSION}`,
    );
    return { ok: false, problems: check.problems };
  }
  check.text(root.id, 'id');
  check.text(root.traineeCode, 'traineeCode', 64);
  const scenario = check.object(root.scenario, 'scenario');
  if (scenario) {
    check.text(scenario.id, 'scenario.id');
    check.number(scenario.version, 'scenario.version', 1, MAX_SCENARIO_VERSION, true);
  }
  check.text(root.profileId, 'profileId');
  check.text(root.locale, 'locale', 35);
  check.oneOf(root.mode, 'mode', MODES);
  check.number(root.seed, 'seed', 0, LIMITS.seed, true);
  check.number(root.timeFactor, 'timeFactor', 0, LIMITS.timeFactor);
  check.dateTime(root.startedAt, 'startedAt');
  check.dateTime(root.savedAt, 'savedAt');
  checkPicks(check, root.picks, 'picks');
  if (root.pickTimes !== undefined) {
    const times = check.list(root.pickTimes, 'pickTimes');
    times?.forEach((time, i) => {
      if (time !== null) check.dateTime(time, `pickTimes[${i}]`);
    });
    if (times && Array.isArray(root.picks) && times.length > root.picks.length)
      check.fail('pickTimes', 'must have at most one time per pick');
  }
  if (root.instructorInputs !== undefined) checkInstructorInputs(check, root.instructorInputs, 'instructorInputs');
  if (root.replayOf !== undefined) {
    const replayOf = check.object(root.replayOf, 'replayOf');
    if (replayOf) {
      check.text(replayOf.attemptId, 'replayOf.attemptId');
      check.count(replayOf.picksKept, 'replayOf.picksKept');
    }
  }
  if (root.knowledgeCheck !== undefined) checkKnowledgeCheck(check, root.knowledgeCheck, 'knowledgeCheck');
  check.oneOf(root.status, 'status', STATUSES);
  if (root.status === 'finished') {
    check.dateTime(root.finishedAt, 'finishedAt');
    checkReport(check, root.report, 'report');
    if (root.scoring !== undefined) checkScoring(check, root.scoring, 'scoring');
  } else if (root.status === 'in-progress') {
    checkProgress(check, root.progress, 'progress', root);
  }
  if (check.problems.length === 0) checkEveryNumber(check, root, '(root)');
  if (check.problems.length > 0) return { ok: false, problems: check.problems };
  return { ok: true, attempt: root as unknown as StoredAttempt };
}

/** Problems as one line each, for people: `report.score: must be a number of at least 0`. */
export function describeProblems(problems: readonly AttemptProblem[]): string[] {
  return problems.map((p) => `${p.field}: ${p.message}`);
}

/** A record as read from the device or a file, of any schema this build knows: migrated, then validated. */
export function readAttempt(value: unknown): AttemptValidation {
  return validateAttempt(migrateAttempt(value));
}
