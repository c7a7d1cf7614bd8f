import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import { RUBRIC } from '../../src/protocols/index.js';
import { rubricDocument } from '../../src/protocols/rubric-table.js';
import { runCli } from '../helpers/cli.js';

const PROTOCOL_IDS = readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'PROTOCOLS.md'), 'utf8');

describe('the rubric as data', () => {
  it('has every rule id of PROTOCOLS.md, each once', () => {
    const specified = [...PROTOCOL_IDS.matchAll(/^\| ([A-Z]+(?:-[A-Z]+)+) \|/gm)].map((m) => m[1]);
    expect(specified.length).toBe(31);
    expect(RUBRIC.map((r) => r.id).sort()).toEqual([...specified].sort());
  });

  it('gives every rule a source', () => {
    for (const rule of RUBRIC) expect(rule.sources.length, rule.id).toBeGreaterThan(0);
  });

  it('keeps docs/rubric.md generated from the code', () => {
    const t = createTranslator('en');
    const expected = rubricDocument(RUBRIC, (id) => t(`rules.${id}.title`));
    const committed = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'docs', 'rubric.md'), 'utf8');
    expect(committed, 'run: npm run -s rubric -- --write').toBe(expected);
  });

  it('prints the table from the command line', () => {
    const result = runCli('src/cli/rubric.ts', []);
    expect(result.code).toBe(0);
    const rows = result.stdout.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(RUBRIC.length);
    expect(result.stdout).toContain('| `NA-NO-WARRANT-CHECK` | No warrant checks or ID demands at an overdose | no-arrest-at-overdose | critical (3) | overdose scenarios; the profile has the agency overlay |');
  });
});
