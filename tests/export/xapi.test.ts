import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { xapiStatements } from '../../src/export/xapi-statements.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { loadScenarioDir, resolveScenarioDir } from '../../src/tooling/load-scenario.js';
import { profile } from '../helpers/fixtures.js';
import { XAPI_STATEMENT_SCHEMA } from '../helpers/xapi-statement.schema.js';
import type { ExportableAttempt } from '../../src/export/exportable-attempt.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
ajv.addFormat('iri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
const validate = ajv.compile(XAPI_STATEMENT_SCHEMA);

function attempt(picks: string, seed = 7): ExportableAttempt {
  const scenario = loadScenarioDir(resolveScenarioDir('overdose-apartment')).bundle!;
  const session = scoredSession({ scenario, profile: profile(), seed });
  playPicks(session, parsePicks(picks));
  return {
    id: 'attempt-1',
    traineeCode: 'BLUE-HERON-42',
    scenario: { id: session.manifest.id, version: session.manifest.version },
    profileId: 'model-policy',
    locale: 'en',
    mode: 'learn',
    seed,
    startedAt: '2026-11-25T09:00:00.000Z',
    finishedAt: '2026-11-25T09:07:30.000Z',
    picks: session.picks(),
    report: session.report(),
  };
}

describe('xAPI statements', () => {
  const played = attempt('act:warrant_check,text:Let it go,text:Kneel beside him,act:call_ems,act:naloxone_nasal,act:monitor*');
  const statements = xapiStatements(played, { titles: { 'overdose-apartment': "The roommate's call" } });

  it('validate against the statement structure of the xAPI specification', () => {
    for (const statement of statements) {
      const ok = validate(statement);
      expect(validate.errors ?? [], JSON.stringify(statement).slice(0, 200)).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('are checked by a schema that rejects what the specification forbids', () => {
    const result = statements.at(-1) as Record<string, unknown>;
    expect(validate({ ...result, result: { score: { scaled: 1.5 } } })).toBe(false);
    expect(validate({ ...result, actor: { objectType: 'Agent', name: 'Officer Smith' } })).toBe(false);
    expect(validate({ ...result, verb: { id: 'passed' } })).toBe(false);
    expect(validate({ ...result, id: 'attempt-1' })).toBe(false);
  });

  it('give one answered statement per pick with its actions, then one failed with score and outcomes', () => {
    expect(statements).toHaveLength(played.picks.length + 1);
    const first = statements[0] as { verb: { id: string }; result: { response: string; success?: boolean } };
    expect(first.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
    expect(first.result.response).toBe(played.picks[0]!.path);
    expect(Object.values((first.result as unknown as { extensions: Record<string, unknown> }).extensions)).toContainEqual([
      'warrant_check',
    ]);
    expect(first.result.success).toBe(false);
    const last = statements.at(-1) as {
      verb: { id: string };
      result: { score: { raw: number; scaled: number }; success: boolean; duration: string; extensions: Record<string, unknown> };
    };
    expect(last.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(last.result.score.raw).toBe(played.report!.score);
    expect(last.result.score.scaled).toBeCloseTo(played.report!.score / 100, 3);
    expect(last.result.duration).toBe('PT7M30S');
    expect(Object.values(last.result.extensions)).toContainEqual(played.report!.outcome);
  });

  it('identify the trainee only by the pseudonymous code', () => {
    for (const statement of statements)
      expect((statement as { actor: unknown }).actor).toEqual({
        objectType: 'Agent',
        account: { homePage: 'https://good-call.invalid', name: 'BLUE-HERON-42' },
      });
    expect(JSON.stringify(statements)).not.toMatch(/mbox|@/);
  });

  it('stamp every statement, and name no statement its own parent', () => {
    for (const statement of statements) {
      expect(Date.parse(String(statement.timestamp))).not.toBeNaN();
      const parents = ((statement.context as { contextActivities?: { parent?: { id: string }[] } }).contextActivities?.parent ?? []).map(
        (p) => p.id,
      );
      expect(parents).not.toContain((statement.object as { id: string }).id);
    }
    expect(statements.at(-1)?.timestamp).toBe(played.finishedAt);
    const withTimes = xapiStatements({ ...played, pickTimes: played.picks.map((_, n) => `2026-11-25T09:0${n % 10}:00.000Z`) });
    expect(withTimes[3]?.timestamp).toBe('2026-11-25T09:03:00.000Z');
  });

  it('name a choice by the same activity in every attempt, and in the language the attempt was played in', () => {
    const other = attempt('act:warrant_check,text:Let it go,text:Kneel beside him,act:naloxone_nasal,act:call_ems', 9);
    expect(other.picks.findIndex((p) => p.actions.includes('call_ems'))).not.toBe(
      played.picks.findIndex((p) => p.actions.includes('call_ems')),
    );
    const idOf = (a: ExportableAttempt, action: string) => {
      const n = a.picks.findIndex((p) => p.actions.includes(action as never));
      return (xapiStatements(a)[n]!.object as { id: string }).id;
    };
    expect(idOf(played, 'call_ems')).toBe(idOf(other, 'call_ems'));
    expect(idOf(played, 'call_ems')).toMatch(/^https:\/\/good-call\.invalid\/scenarios\/overdose-apartment\/v\d+\/choices\/\w+\/[0-9.]+$/);
    const spanish = xapiStatements({ ...played, locale: 'es' });
    const names = JSON.stringify(spanish.map((s) => (s.object as { definition: unknown }).definition));
    expect(names).not.toMatch(/en-US|pick/);
    expect(JSON.stringify(spanish[0]!.verb)).toContain('respondió');
  });

  it("name the trainee on the agency's home page when one is set", () => {
    const mine = xapiStatements(played, { homePage: 'https://academy.example.gov/' });
    expect((mine[0]!.actor as { account: { homePage: string } }).account.homePage).toBe('https://academy.example.gov/');
  });

  it('are the same statements, with the same ids, when exported twice', () => {
    expect(xapiStatements(played)).toEqual(xapiStatements(played));
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });

  it("name activities under an agency's own IRI when given one", () => {
    const mine = xapiStatements(played, { base: 'https://academy.example.gov/training/' });
    expect((mine.at(-1) as { object: { id: string } }).object.id).toBe('https://academy.example.gov/training/scenarios/overdose-apartment');
    for (const s of mine) expect(validate(s)).toBe(true);
  });
});
