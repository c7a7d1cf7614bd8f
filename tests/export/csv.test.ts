import { describe, expect, it } from 'vitest';
import { ATTEMPT_COLUMNS, attemptsCsv, csvCell, RULE_COLUMNS, rulesCsv } from '../../src/export/csv.js';
import type { ExportableAttempt } from '../../src/export/exportable-attempt.js';
import { parsePicks, playPicks } from '../../src/tooling/picks.js';
import { loadFixture, profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

function played(id: string, picks: string, traineeCode: string): ExportableAttempt {
  const session = scoredSession({ scenario: loadFixture('sandbox-patdown'), profile: profile(), seed: 3 });
  playPicks(session, parsePicks(picks));
  return {
    id,
    traineeCode,
    scenario: { id: 'sandbox-patdown', version: 1 },
    profileId: 'model-policy',
    locale: 'en',
    mode: 'learn',
    seed: 3,
    startedAt: '2026-11-25T09:00:00Z',
    finishedAt: '2026-11-25T09:03:00Z',
    picks: session.picks(),
    report: session.report(),
  };
}

/** A minimal RFC 4180 reader, enough to read back what the exporter wrote. */
function parseCsv(withBom: string): string[][] {
  expect(withBom.startsWith('\uFEFF')).toBe(true);
  const text = withBom.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV exports', () => {
  const attempts = [
    played('attempt-1', 'act:explain_stop,act:ask_about_sharps,act:have_person_remove_items,text:offer_referral', 'RED-FOX-11'),
    played('attempt-2', 'act:reach_into_pocket,text:arrest reason=possession target=person', 'GREY "OWL", 7'),
  ];

  it('writes an attempts sheet with the expected columns and one row per attempt', () => {
    const rows = parseCsv(attemptsCsv(attempts));
    expect(rows[0]).toEqual([...ATTEMPT_COLUMNS]);
    expect(rows).toHaveLength(3);
    const second = Object.fromEntries(ATTEMPT_COLUMNS.map((c, i) => [c, rows[2]![i]]));
    expect(second).toMatchObject({
      attempt_id: 'attempt-2',
      trainee_code: 'GREY "OWL", 7',
      passed: 'false',
      officer_injuries: 'needlestick',
      arrests: '1',
      searches: '1',
      patient_outcome: 'not_applicable',
      caller_trust: '',
      rubric_version: '2',
      failed_conditions: 'critical passMark',
      withdrawal: 'not_applicable',
    });
    expect(second.critical_failures).toContain('SH-NO-BLIND-REACH');
    expect(Number(second.score)).toBe(attempts[1]!.report!.score);
  });

  it('writes a rules sheet with one row per attempt per rule', () => {
    const rows = parseCsv(rulesCsv(attempts));
    expect(rows[0]).toEqual([...RULE_COLUMNS]);
    expect(rows).toHaveLength(1 + attempts.reduce((n, a) => n + a.report!.rules.length, 0));
    expect(rows).toContainEqual([
      'attempt-2',
      'GREY "OWL", 7',
      'sandbox-patdown',
      'model-policy',
      'SH-NO-BLIND-REACH',
      'sharps-safety',
      'critical',
      'violated',
      '0',
    ]);
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-5')).toBe(`'-5`);
    expect(csvCell(-5)).toBe('-5');
    for (const lead of ['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE62', ' =', '\u3000＝'])
      expect(csvCell(`${lead}1+1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('TR-ABCD-2345')).toBe('TR-ABCD-2345');
    expect(csvCell('Peña')).toBe('Peña');
  });

  it('starts with a UTF-8 byte order mark, so a spreadsheet reads accented codes as written', () => {
    const bytes = new TextEncoder().encode(rulesCsv([]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
