import { describe, expect, it } from 'vitest';
import enRules from '../../locales/en/rules.json';
import esRules from '../../locales/es/rules.json';
import type { VerdictKind } from '../../src/engine/scoring/rule.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { RUBRIC } from '../../src/protocols/index.js';
import { IMMUNITY_KINDS } from '../../src/engine/scoring/profile.js';
import { profile } from '../helpers/fixtures.js';
import { playSandbox } from '../helpers/sandbox.js';
import { CASE_TABLES } from './cases/index.js';

type Explanations = Record<string, Record<string, string>>;
const en = enRules as Explanations;
const es = esRules as Explanations;
const LOCALES = { en: createTranslator('en'), es: createTranslator('es') };

/** Every rule case, played once: the rule's verdict and its explanation as the report gives them. */
const played = CASE_TABLES.flatMap(({ cases, sandbox }) =>
  Object.entries(cases).flatMap(([ruleId, ruleCases]) =>
    ruleCases.map((c) => {
      const rule = playSandbox(c.sandbox ?? sandbox, c.picks, c.profile).rules.find((r) => r.id === ruleId);
      if (!rule) throw new Error(`${ruleId} is not in the report of "${c.name}"`);
      return { ruleId, name: c.name, rule };
    }),
  ),
);

/** The verdicts a rule's case tables show it giving while in force (its own explanation text). */
function verdictsInForce(ruleId: string): Set<VerdictKind> {
  return new Set(played.filter((p) => p.ruleId === ruleId && p.rule.explanation.startsWith('rules.')).map((p) => p.rule.verdict));
}

/** Text left for the reader to see that should have been replaced: a placeholder, a nesting, a key. */
const UNRESOLVED = /\{\{|\$t\(|\b(?:rules|ui)\.[\w-]+\./;

describe('rule explanations', () => {
  it.each(RUBRIC.rules.map((r) => [r.id]))('%s is explained in English and Spanish for every verdict its cases give', (id) => {
    const english = en[id];
    const spanish = es[id];
    expect(english).toBeDefined();
    expect(spanish).toBeDefined();
    for (const key of ['title', 'met', 'not_applicable']) {
      expect(english?.[key], `en ${id}.${key}`).toBeTruthy();
    }
    const verdicts = verdictsInForce(id);
    expect(verdicts.has('missed') || verdicts.has('violated'), `${id}: no case shows the rule missed or violated`).toBe(true);
    for (const verdict of verdicts) {
      expect(english?.[verdict], `en ${id}.${verdict}`).toBeTruthy();
      expect(spanish?.[verdict], `es ${id}.${verdict}`).toBeTruthy();
    }
    for (const failure of ['missed', 'violated'] as const) {
      if (english?.[failure]) expect(verdicts.has(failure), `${id}.${failure} has text but no case gives it`).toBe(true);
    }
    expect(Object.keys(spanish ?? {}).sort()).toEqual(Object.keys(english ?? {}).sort());
    for (const [key, text] of Object.entries(english ?? {})) {
      const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(placeholders(spanish?.[key] ?? ''), `${id}.${key} placeholders`).toEqual(placeholders(text));
      expect(spanish?.[key], `es ${id}.${key}`).not.toBe(text);
    }
  });

  it.each(played.map((p) => [`${p.ruleId}: ${p.name}`, p] as const))(
    '%s reads as finished text in English and Spanish',
    (_name, { rule }) => {
      for (const [locale, t] of Object.entries(LOCALES)) {
        const text = t(rule.explanation, { ...rule.values });
        expect(text, `${locale} ${rule.explanation}`).not.toBe(rule.explanation);
        expect(text, `${locale} ${rule.explanation}`).not.toMatch(UNRESOLVED);
      }
    },
  );

  it("words the Good Samaritan immunity in the reader's language, for every kind a profile can name", () => {
    const expected = {
      arrest: ['immunity from arrest', 'inmunidad frente al arresto'],
      charge: ['immunity from charge and prosecution', 'inmunidad frente a cargos y procesamiento'],
      defence: [
        'an affirmative defence in court, not immunity from arrest',
        'una defensa afirmativa ante el tribunal, no inmunidad frente al arresto',
      ],
      mitigation: ['only mitigation at sentencing', 'solo una atenuante al dictar sentencia'],
    } as const;
    expect(Object.keys(expected).sort()).toEqual([...IMMUNITY_KINDS].sort());
    for (const immunity of IMMUNITY_KINDS) {
      const model = profile('model-policy');
      const report = playSandbox('sandbox-overdose', 'text:arrest reason=possession target=caller', {
        ...model,
        goodSamaritan: { ...model.goodSamaritan, immunity },
      });
      const rule = report.rules.find((r) => r.id === 'GS-NO-ARREST')!;
      expect(rule).toMatchObject({ verdict: 'violated', values: { immunity } });
      const [english, spanish] = expected[immunity];
      expect(LOCALES.en(rule.explanation, { ...rule.values })).toContain(`(under this profile the law grants ${english}).`);
      expect(LOCALES.es(rule.explanation, { ...rule.values })).toContain(`(con este perfil, la ley otorga ${spanish}).`);
    }
  });

  it('has no explanations for rules that do not exist', () => {
    const ids = new Set(RUBRIC.rules.map((r) => r.id));
    expect(Object.keys(en).filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.keys(es).filter((id) => !ids.has(id))).toEqual([]);
  });
});
