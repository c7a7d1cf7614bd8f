import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n/translator.js';
import { RUBRIC } from '../../src/protocols/index.js';
import { rubricDocument } from '../../src/protocols/rubric-table.js';
import { runCli } from '../helpers/cli.js';

const PROTOCOLS = readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'PROTOCOLS.md'), 'utf8');

interface SpecifiedRule {
  readonly id: string;
  readonly family: string;
  readonly severity: string;
}

/** Each rule row of PROTOCOLS.md (`| ID | sev | ...`), with the family its section names (`## ... (family \`x\`...)`). */
function specifiedRules(markdown: string): SpecifiedRule[] {
  const rules: SpecifiedRule[] = [];
  let family: string | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) family = /\(family `([a-z-]+)`/.exec(line)?.[1];
    const row = /^\| ([A-Z]+(?:-[A-Z]+)+) \| ([a-z]+) \|/.exec(line);
    if (!row) continue;
    if (!family) throw new Error(`PROTOCOLS.md: ${row[1]} is in a section that names no family`);
    rules.push({ id: row[1]!, family, severity: row[2]! });
  }
  return rules;
}

describe('the rubric as data', () => {
  const specified = specifiedRules(PROTOCOLS);

  it('has every rule id of PROTOCOLS.md, each once', () => {
    expect(specified.length).toBe(31);
    expect(RUBRIC.rules.map((r) => r.id).sort()).toEqual(specified.map((r) => r.id).sort());
  });

  it('gives every rule the family and severity PROTOCOLS.md gives it', () => {
    expect(new Set(specified.map((r) => r.family))).toEqual(
      new Set(['naloxone', 'good-samaritan', 'no-arrest-at-overdose', 'sharps-safety', 'voluntary-referral']),
    );
    const implemented = RUBRIC.rules.map(({ id, family, severity }) => ({ id, family, severity })).sort((a, b) => a.id.localeCompare(b.id));
    expect(implemented).toEqual([...specified].sort((a, b) => a.id.localeCompare(b.id)));
  });

  it('gives every rule a source', () => {
    for (const rule of RUBRIC.rules) expect(rule.sources.length, rule.id).toBeGreaterThan(0);
  });

  it('keeps docs/rubric.md generated from the code', () => {
    const t = createTranslator('en');
    const expected = rubricDocument(RUBRIC.rules, (id) => t(`rules.${id}.title`));
    const committed = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'docs', 'rubric.md'), 'utf8');
    expect(committed, 'run: npm run -s rubric -- --write').toBe(expected);
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
