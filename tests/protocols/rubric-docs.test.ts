/**
 * The code held to the project's own hand-written references, docs/protocols.md and docs/actions.md.
 * The documents are written by people from the protocols, never generated from the code, so a rule,
 * an action or a number that drifts from what trainers were told fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMETER_DEFAULTS, DRAWN_BY_DEFAULT, type ParameterName } from '../../src/engine/scenario/parameters.js';
import { PROTOCOL_FAMILIES } from '../../src/engine/scenario/manifest.js';
import {
  failedConditionsOf,
  majorViolationsOf,
  MAJOR_VIOLATIONS_THAT_FAIL,
  PASS_CONDITIONS,
  scoreOf,
  type RuleResult,
} from '../../src/engine/scoring/report.js';
import { notInForce, SEVERITY_WEIGHTS, type Severity } from '../../src/engine/scoring/rule.js';
import { ENGINE_VARIABLES } from '../../src/engine/story/engine-variables.js';
import { parseTag } from '../../src/engine/story/parse-tag.js';
import {
  ACTIONS,
  FORCE_ACTIONS,
  NALOXONE_ACTIONS,
  PATIENT_CONTACT_ACTIONS,
  PERSON_CONTACT_ACTIONS,
  SEARCH_ACTIONS,
  SYRINGE_HANDLING_ACTIONS,
  VENTILATION_ACTIONS,
} from '../../src/engine/vocabulary/actions.js';
import { REASONS, REFERRAL_DESTINATIONS, SPEAKERS, STORY_EVENTS, TARGETS } from '../../src/engine/vocabulary/events.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { RUBRIC } from '../../src/protocols/index.js';
import type { Profile } from '../../src/engine/scoring/profile.js';
import { rubricDocument } from '../../src/protocols/rubric-table.js';
import { runCli } from '../helpers/cli.js';
import { profile } from '../helpers/fixtures.js';
import { codeSpan, codeSpans, markdownTables, tableWithColumns, type MarkdownTable } from '../helpers/markdown-tables.js';
import { verdictOf, type Sandbox } from '../helpers/sandbox.js';
import { scoredSession } from '../../src/protocols/scored-session.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import type { ScenarioBundle } from '../../src/engine/scenario/bundle.js';
import { loadFixture } from '../helpers/fixtures.js';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const readDoc = (name: string) => readFileSync(path.join(REPO, 'docs', name), 'utf8');
const PROTOCOLS = markdownTables(readDoc('protocols.md'));
const VOCABULARY = markdownTables(readDoc('actions.md'));

const bundles = new Map<Sandbox, ScenarioBundle>();

/** Picks played on a sandbox fixture under model-policy; each sandbox is compiled once for the file. */
function playSandbox(sandbox: Sandbox, picks: string) {
  const scenario = bundles.get(sandbox) ?? loadFixture(sandbox);
  bundles.set(sandbox, scenario);
  const session = scoredSession({ scenario, profile: profile('model-policy'), seed: 1 });
  playPicks(session, parsePicks(picks));
  return session.report();
}

const sorted = <T>(items: Iterable<T>): T[] => [...items].sort();
const column = (table: MarkdownTable, index: number) => table.rows.map((row) => row[index]!);

// ---------------------------------------------------------------------------------------------
// docs/protocols.md

interface DocumentedRule {
  readonly id: string;
  readonly family: string;
  readonly severity: string;
  readonly kinds: readonly string[];
  /** `every profile`, or the profile field that must be true. */
  readonly inForceUnder: string;
}

/** Each row of a family's table (`| ID | severity | applies in | in force under | ...`), with the family its heading names. */
function documentedRules(): DocumentedRule[] {
  const rules: DocumentedRule[] = [];
  for (const table of PROTOCOLS.filter((t) => t.columns[0] === 'ID')) {
    expect(table.columns.slice(0, 4), `table at docs/protocols.md:${table.line}`).toEqual([
      'ID',
      'severity',
      'applies in',
      'in force under',
    ]);
    const family = /\(family `([a-z-]+)`\)/.exec(table.heading)?.[1];
    if (!family) throw new Error(`docs/protocols.md:${table.line}: the rule table under "${table.heading}" names no family`);
    for (const [id, severity, appliesIn, inForceUnder] of table.rows) {
      const kinds = appliesIn === 'both' ? ['overdose', 'patdown'] : [appliesIn!];
      rules.push({
        id: id!,
        family,
        severity: severity!,
        kinds,
        inForceUnder: inForceUnder === 'every profile' ? inForceUnder : codeSpan(inForceUnder!),
      });
    }
  }
  return rules;
}

const documented = documentedRules();
const implemented = (id: string) => RUBRIC.rules.find((r) => r.id === id)!;

describe('docs/protocols.md: the rules', () => {
  it('lists every rule of the rubric once, and no rule the rubric lacks', () => {
    const ids = documented.map((r) => r.id);
    expect(new Set(ids).size, 'a rule id listed twice').toBe(ids.length);
    expect(sorted(RUBRIC.rules.map((r) => r.id))).toEqual(sorted(ids));
  });

  it('gives every rule the family and severity the document gives it, with one table per family', () => {
    expect(sorted(new Set(documented.map((r) => r.family)))).toEqual(sorted(PROTOCOL_FAMILIES));
    for (const rule of documented) {
      expect({ id: rule.id, family: implemented(rule.id).family, severity: implemented(rule.id).severity }).toEqual({
        id: rule.id,
        family: rule.family,
        severity: rule.severity,
      });
    }
  });

  it('applies every rule in the kinds of encounter the document names', () => {
    for (const rule of documented) expect(sorted(implemented(rule.id).kinds), rule.id).toEqual(sorted(rule.kinds));
  });

  it('puts every rule in force under exactly the profiles the document says', () => {
    const flags = ['agencyOverlay', 'sharpsDisclosureProtected', 'programSyringesLegal', 'leaveBehindAllowed'] as const;
    const base = profile('model-policy');
    const variants: Profile[] = [
      base,
      ...flags.map((flag) => ({ ...base, id: `no-${flag}`, [flag]: false })),
      { ...base, id: 'no-diversion', diversion: { available: false } },
      profile('limited-immunity'),
      profile('warrant-parole-immunity'),
    ];
    const setting = (p: Profile, field: string): unknown =>
      field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], p);
    for (const rule of documented) {
      expect(['every profile', ...flags, 'diversion.available'], `${rule.id}: in force under`).toContain(rule.inForceUnder);
      for (const p of variants) {
        const expected = rule.inForceUnder === 'every profile' || setting(p, rule.inForceUnder) === true;
        const inForce = notInForce(implemented(rule.id), rule.kinds[0] as 'overdose' | 'patdown', p, RUBRIC.rules) !== 'profile';
        expect(inForce, `${rule.id} under ${p.id}`).toBe(expected);
      }
    }
  });

  it('stands a rule aside at an overdose exactly where the document says another rule covers its acts', () => {
    const table = tableWithColumns(PROTOCOLS, 'rule', 'not applicable at an overdose while this rule is in force');
    const covered = Object.fromEntries(table.rows.map(([rule, by]) => [codeSpan(rule!), codeSpan(by!)]));
    const inCode = Object.fromEntries(RUBRIC.rules.filter((r) => r.coveredAtOverdoseBy).map((r) => [r.id, r.coveredAtOverdoseBy]));
    expect(inCode).toEqual(covered);
  });
});

describe('docs/protocols.md: words the rules use', () => {
  const sets: Readonly<Record<string, ReadonlySet<string>>> = {
    search: SEARCH_ACTIONS,
    'hands-on contact with the patient': PATIENT_CONTACT_ACTIONS,
    'hands-on contact with a person': PERSON_CONTACT_ACTIONS,
    'handling a syringe': SYRINGE_HANDLING_ACTIONS,
    'use of force': FORCE_ACTIONS,
    'naloxone dose': NALOXONE_ACTIONS,
    ventilation: VENTILATION_ACTIONS,
  };

  it('defines each term by the actions the rules use for it', () => {
    const table = tableWithColumns(PROTOCOLS, 'term', 'actions');
    expect(sorted(column(table, 0))).toEqual(sorted(Object.keys(sets)));
    for (const [term, actions] of table.rows) expect(sorted(codeSpans(actions!)), term).toEqual(sorted(sets[term!]!));
  });

  it('justifies force after the events the document names, and after no other', () => {
    const justifying = new Set(column(tableWithColumns(PROTOCOLS, 'justifies force', 'meaning'), 0).map(codeSpan));
    expect(verdictOf(playSandbox('sandbox-patdown', 'act:grab'), 'LC-FORCE')).toBe('violated');
    for (const { id } of STORY_EVENTS.filter((e) => e.id !== 'on_scene')) {
      const report = playSandbox('sandbox-patdown', `text:event ${id},act:grab`);
      expect(
        report.log.some((e) => e.kind === 'event' && e.id === id),
        `the sandbox raised ${id}`,
      ).toBe(true);
      expect(verdictOf(report, 'LC-FORCE'), `a grab after ${id}`).toBe(justifying.has(id) ? 'met' : 'violated');
    }
  });
});

/** A rule result for the pass-rule functions: only severity, verdict and the act (first evidence) matter. */
function result(severity: Severity, verdict: RuleResult['verdict'], act: number, id = `${severity}-${act}`): RuleResult {
  return { id, family: 'naloxone', severity, verdict, evidence: [act], explanation: `rules.${id}.${verdict}` };
}

describe('docs/protocols.md: the score and the pass rule', () => {
  const weights = Object.fromEntries(tableWithColumns(PROTOCOLS, 'severity', 'weight').rows.map(([s, w]) => [codeSpan(s!), Number(w)]));
  const conditions = tableWithColumns(PROTOCOLS, 'condition', 'the attempt fails when', 'in the report');

  it('weighs each severity as the document says', () => {
    expect(weights).toEqual(SEVERITY_WEIGHTS);
    // Score = 100 x weight met / weight applicable, one decimal; not applicable is left out.
    const results = [
      result('critical', 'met', 1),
      result('major', 'missed', 2),
      result('minor', 'met', 3),
      result('major', 'not_applicable', 4),
    ];
    const expected = Math.round((1000 * (weights.critical! + weights.minor!)) / (weights.critical! + weights.major! + weights.minor!)) / 10;
    expect(scoreOf(results)).toBe(expected);
    expect(scoreOf([result('minor', 'not_applicable', 1)])).toBe(100);
  });

  it('has the three pass conditions in the order the debrief names them', () => {
    expect(column(conditions, 0).map(codeSpan)).toEqual([...PASS_CONDITIONS]);
  });

  it('fails an attempt on as many violated major rules as the document says, counting one act once', () => {
    const row = conditions.rows.find(([c]) => codeSpan(c!) === 'majorViolations')!;
    const stated = Number(/(\d+) or more major rules are violated/.exec(row[1]!)?.[1]);
    expect(MAJOR_VIOLATIONS_THAT_FAIL).toBe(stated);
    const separateActs = Array.from({ length: stated }, (_, i) => result('major', 'violated', i + 1));
    const groups = majorViolationsOf(separateActs);
    expect(groups).toHaveLength(stated);
    expect(failedConditionsOf(100, 80, [], groups)).toEqual(['majorViolations']);
    expect(failedConditionsOf(100, 80, [], majorViolationsOf(separateActs.slice(1)))).toEqual([]);
    // One act breaking several major rules is one harmful act.
    const oneAct = Array.from({ length: stated }, (_, i) => result('major', 'violated', 7, `major-rule-${i}`));
    expect(majorViolationsOf(oneAct)).toHaveLength(1);
    // Missed majors do not count here.
    expect(majorViolationsOf(Array.from({ length: stated }, (_, i) => result('major', 'missed', i + 1)))).toEqual([]);
  });

  it('fails an attempt on any critical rule violated or missed, and below the pass mark, whatever else holds', () => {
    expect(failedConditionsOf(100, 80, ['OD-EMS-FIRST'], [])).toEqual(['critical']);
    expect(failedConditionsOf(79.9, 80, [], [])).toEqual(['passMark']);
    expect(failedConditionsOf(80, 80, [], [])).toEqual([]);
  });

  it('uses the pass mark the document gives every shipped profile', () => {
    const row = conditions.rows.find(([c]) => codeSpan(c!) === 'passMark')!;
    const stated = Number(/\((\d+) in every shipped profile\)/.exec(row[1]!)?.[1]);
    for (const id of shippedProfileIds()) expect(profile(id).passMark, id).toBe(stated);
  });
});

function shippedProfileIds(): string[] {
  return readdirSync(path.join(REPO, 'scenarios', 'profiles'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

describe('docs/protocols.md: timings, outcomes, profiles and sources', () => {
  it('gives the timings every shipped profile sets', () => {
    const profileTimings = tableWithColumns(PROTOCOLS, 'profile timing', 'seconds', 'rule').rows;
    expect(sorted(profileTimings.map(([t]) => codeSpan(t!)))).toEqual(sorted(Object.keys(profile('model-policy').timing)));
    for (const id of shippedProfileIds()) {
      for (const [timing, seconds] of profileTimings) {
        expect(profile(id).timing[codeSpan(timing!) as keyof Profile['timing']], `${id} ${timing}`).toBe(Number(seconds));
      }
    }
  });

  it('gives the timings fixed in the rules', () => {
    const fixed = tableWithColumns(PROTOCOLS, 'fixed timing', 'seconds', 'rule').rows;
    // No pick at all: each rule reports the limit it would have judged by.
    const report = playSandbox('sandbox-overdose', '');
    for (const [what, seconds, rule] of fixed) {
      expect(report.rules.find((r) => r.id === rule)?.values?.limit, `${rule}: ${what}`).toBe(Number(seconds));
    }
  });

  it("gives the defaults of the patient's body", () => {
    const table = tableWithColumns(PROTOCOLS, 'parameter', 'default', 'what it models');
    for (const [name, value] of table.rows) {
      const parameter = codeSpan(name!) as ParameterName;
      const drawn = DRAWN_BY_DEFAULT[parameter];
      expect(value, parameter).toBe(drawn ? `${drawn[0]}-${drawn[1]}` : String(PARAMETER_DEFAULTS[parameter]));
    }
  });

  it('records the outcomes the document lists, counting what it says', () => {
    const table = tableWithColumns(PROTOCOLS, 'key', 'what it counts');
    const keys = column(table, 0).map(codeSpan);
    for (const sandbox of ['sandbox-overdose', 'sandbox-patdown'] as const) {
      expect(sorted(Object.keys(playSandbox(sandbox, '').outcome)), sandbox).toEqual(sorted(keys));
    }
    const counted = (key: string) => codeSpans(table.rows.find(([k]) => codeSpan(k!) === key)![1]!);
    expect(sorted(counted('searches'))).toEqual(sorted(SEARCH_ACTIONS));
    expect(sorted(counted('usesOfForce'))).toEqual(sorted(FORCE_ACTIONS));
  });

  it('describes every shipped profile as its file does', () => {
    const table = tableWithColumns(PROTOCOLS, 'profile', 'protects', 'covers');
    expect(sorted(column(table, 0).map(codeSpan))).toEqual(shippedProfileIds());
    const list = (cell: string) => sorted(cell.split(',').map((s) => s.trim()));
    for (const row of table.rows) {
      const p = profile(codeSpan(row[0]!));
      const settings = table.columns.slice(3).map((field, i) => [field, row[i + 3] === 'yes'] as const);
      expect({ protects: list(row[1]!), covers: list(row[2]!) }, p.id).toEqual({
        protects: sorted(p.goodSamaritan.protects),
        covers: sorted(p.goodSamaritan.covers),
      });
      for (const [field, on] of settings) {
        const actual = field === 'diversion.available' ? p.diversion.available : p[field as 'agencyOverlay'];
        expect(actual, `${p.id} ${field}`).toBe(on);
      }
    }
  });

  it('names the sources of every rule', () => {
    const table = tableWithColumns(PROTOCOLS, 'source id', 'source', 'rules');
    const documentedSources = Object.fromEntries(
      table.rows.map(([id, , rules]) => [codeSpan(id!), sorted(rules!.split(',').map((r) => r.trim()))]),
    );
    const citing: Record<string, string[]> = {};
    for (const rule of RUBRIC.rules) for (const s of rule.sources) (citing[s.id] ??= []).push(rule.id);
    expect(Object.fromEntries(Object.entries(citing).map(([id, rules]) => [id, sorted(rules)]))).toEqual(documentedSources);
    for (const rule of RUBRIC.rules) expect(rule.sources.length, rule.id).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------------------------------------
// docs/actions.md

describe('docs/actions.md: the vocabulary', () => {
  it('lists every action with its category and default seconds, and no other', () => {
    const rows = VOCABULARY.filter((t) => t.columns[0] === 'action').flatMap((table) => {
      const category = /\(category `([a-z]+)`\)/.exec(table.heading)?.[1];
      if (!category) throw new Error(`docs/actions.md:${table.line}: the action table under "${table.heading}" names no category`);
      expect(table.columns, `docs/actions.md:${table.line}`).toEqual(['action', 'seconds', 'meaning']);
      return table.rows.map(([id, seconds]) => ({ id: codeSpan(id!), category, seconds: Number(seconds) }));
    });
    expect(new Set(rows.map((r) => r.id)).size, 'an action listed twice').toBe(rows.length);
    const inCode = ACTIONS.map(({ id, category, seconds }) => ({ id, category, seconds }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect([...inCode].sort(byId)).toEqual([...rows].sort(byId));
  });

  it('lists every event, and no other', () => {
    const table = tableWithColumns(VOCABULARY, 'event', 'meaning');
    expect(sorted(column(table, 0).map(codeSpan))).toEqual(sorted(STORY_EVENTS.map((e) => e.id)));
  });

  it('lists every value of target=, reason= and to=, and every speaker', () => {
    const values = (first: string) => sorted(column(tableWithColumns(VOCABULARY, first), 0).map(codeSpan));
    expect(values('target')).toEqual(sorted(TARGETS));
    expect(values('reason')).toEqual(sorted(REASONS));
    expect(values('to')).toEqual(sorted(REFERRAL_DESTINATIONS));
    expect(values('speaker')).toEqual(sorted(SPEAKERS));
  });

  it('accepts each key exactly where the document allows it', () => {
    const table = tableWithColumns(VOCABULARY, 'key', 'allowed on', 'values');
    const example: Readonly<Record<string, string>> = {
      'target=': 'person',
      'reason=': REASONS[0],
      'to=': REFERRAL_DESTINATIONS[0],
      'minutes=': '5',
    };
    expect(sorted(column(table, 0).map(codeSpan))).toEqual(sorted(Object.keys(example)));
    for (const [keyCell, allowedOn] of table.rows) {
      const key = codeSpan(keyCell!);
      const everyAction = allowedOn!.includes('any action');
      const everyEvent = allowedOn!.includes('any event');
      const named = new Set(codeSpans(allowedOn!));
      for (const { id } of ACTIONS) {
        const ok = parseTag(`act:${id} ${key}${example[key]}`).ok;
        expect(ok, `#act:${id} ${key}`).toBe(everyAction || named.has(id));
      }
      for (const { id } of STORY_EVENTS) {
        const ok = parseTag(`event:${id} ${key}${example[key]}`).ok;
        expect(ok, `#event:${id} ${key}`).toBe(everyEvent || named.has(id));
      }
    }
  });

  it('lists every variable the engine writes into a story, with its type and values', () => {
    const table = tableWithColumns(VOCABULARY, 'variable', 'type', 'values', 'meaning');
    const rows = table.rows.map(([name, type, values]) => ({ name: codeSpan(name!), type, values: codeSpans(values!) }));
    const inCode = ENGINE_VARIABLES.map((v) => ({ name: v.name, type: v.type, values: [...(v.values ?? [])] }));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect([...inCode].sort(byName)).toEqual([...rows].sort(byName));
  });
});

// ---------------------------------------------------------------------------------------------
// docs/rubric.md, generated from the code for a one-table overview

describe('docs/rubric.md', () => {
  it('is generated from the code (npm run -s rubric -- --write)', () => {
    const t = createTranslator('en');
    const expected = rubricDocument(RUBRIC.rules, (id) => t(`rules.${id}.title`));
    expect(readDoc('rubric.md'), 'run: npm run -s rubric -- --write').toBe(expected);
  });

  it('prints the table from the command line', () => {
    const result = runCli('src/cli/rubric.ts', []);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(RUBRIC.rules.length);
    expect(result.stdout).toContain(
      '| `NA-NO-WARRANT-CHECK` | No warrant checks or ID demands at an overdose | no-arrest-at-overdose | critical (3) | overdose scenarios; the profile has the agency overlay |',
    );
  });
});
