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
    expect(first.result.response).toBe('warrant_check');
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
