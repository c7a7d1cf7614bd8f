/**
 * The knowledge check's items: every protocol family has two, each in every language with four
 * options, exactly one right, a source from the protocol reference, and a one-line explanation; and
 * the items are written so that the kindest-sounding answer, the longest answer or one letter does
 * not pass the check.
 */
import { describe, expect, it } from 'vitest';
import { PROTOCOL_FAMILIES } from '../../src/engine/index.js';
import { sources } from '../../src/protocols/sources.js';
import {
  KNOWLEDGE_ITEMS,
  KNOWLEDGE_OPTIONS,
  knowledgeItemsFor,
  scoreKnowledgeCheck,
  type KnowledgeOption,
} from '../../src/protocols/knowledge-check.js';
import { createI18n } from '../../src/i18n/translator.js';
import { SUPPORTED_LOCALES } from '../../src/i18n/resources.js';

const text = (locale: string, id: string, part: string): string => createI18n(locale).t(`ui.knowledge.items.${id}.${part}`);

describe('knowledge items', () => {
  it('gives every protocol family two items with unique ids named after the family', () => {
    for (const family of PROTOCOL_FAMILIES) expect(KNOWLEDGE_ITEMS.filter((i) => i.family === family)).toHaveLength(2);
    expect(new Set(KNOWLEDGE_ITEMS.map((i) => i.id)).size).toBe(KNOWLEDGE_ITEMS.length);
    for (const item of KNOWLEDGE_ITEMS) expect(item.id).toMatch(new RegExp(`^${item.family}-[0-9]+$`));
  });

  it('has a question, four distinct options and an explanation for every item in every language', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const i18n = createI18n(locale);
      for (const item of KNOWLEDGE_ITEMS) {
        for (const part of ['question', 'explanation', ...KNOWLEDGE_OPTIONS]) {
          const key = `ui.knowledge.items.${item.id}.${part}`;
          expect(i18n.exists(key), `${locale} ${key}`).toBe(true);
          expect(i18n.t(key).trim().length, `${locale} ${key}`).toBeGreaterThan(10);
        }
        const options = KNOWLEDGE_OPTIONS.map((o) => text(locale, item.id, o));
        expect(new Set(options).size).toBe(4);
        // One line, shown under the answer in the debrief.
        expect(text(locale, item.id, 'explanation')).not.toContain('\n');
      }
    }
    // No Spanish item is left in English.
    for (const item of KNOWLEDGE_ITEMS) expect(text('es', item.id, 'question')).not.toBe(text('en', item.id, 'question'));
  });

  it('has exactly one right answer and a tempting wrong one per item', () => {
    for (const item of KNOWLEDGE_ITEMS) {
      expect(KNOWLEDGE_OPTIONS).toContain(item.correct);
      expect(KNOWLEDGE_OPTIONS).toContain(item.tempting);
      expect(item.tempting).not.toBe(item.correct);
      const right = KNOWLEDGE_OPTIONS.filter((o) => scoreKnowledgeCheck([item], { [item.id]: o }, 'now').correct === 1);
      expect(right).toEqual([item.correct]);
    }
  });

  it('cites for every item a source of the protocol reference', () => {
    const known = new Set(Object.values(sources).map((s) => s.id));
    for (const item of KNOWLEDGE_ITEMS) {
      expect(known.has(item.source.id), item.id).toBe(true);
      expect(item.source.title.length).toBeGreaterThan(5);
    }
  });

  it('is not passed by the kindest-sounding answer, the longest answer, or one letter throughout', () => {
    const all = (pick: (id: string) => KnowledgeOption): number =>
      scoreKnowledgeCheck(KNOWLEDGE_ITEMS, Object.fromEntries(KNOWLEDGE_ITEMS.map((i) => [i.id, pick(i.id)])), 'now').correct;
    const byId = new Map(KNOWLEDGE_ITEMS.map((i) => [i.id, i]));
    expect(all((id) => byId.get(id)!.tempting)).toBe(0);
    for (const locale of SUPPORTED_LOCALES) {
      const longest = (id: string): KnowledgeOption =>
        [...KNOWLEDGE_OPTIONS].sort((a, b) => text(locale, id, b).length - text(locale, id, a).length)[0]!;
      expect(all(longest), locale).toBeLessThanOrEqual(KNOWLEDGE_ITEMS.length / 2);
    }
    for (const letter of KNOWLEDGE_OPTIONS)
      expect(
        all(() => letter),
        letter,
      ).toBeLessThanOrEqual(KNOWLEDGE_ITEMS.length / 3);
  });
});

describe('choosing and scoring a check', () => {
  it('asks one item per family the scenario trains, in its order, taking turns between attempts', () => {
    const first = knowledgeItemsFor(['naloxone', 'good-samaritan', 'naloxone'], 0);
    expect(first.map((i) => i.id)).toEqual(['naloxone-1', 'good-samaritan-1']);
    expect(knowledgeItemsFor(['naloxone', 'good-samaritan'], 1).map((i) => i.id)).toEqual(['naloxone-2', 'good-samaritan-2']);
    expect(knowledgeItemsFor(['sharps-safety'], 2).map((i) => i.id)).toEqual(['sharps-safety-1']);
    expect(knowledgeItemsFor([], 0)).toEqual([]);
  });

  it('counts right answers, and an unanswered item as asked but not right', () => {
    const items = knowledgeItemsFor(['naloxone', 'good-samaritan', 'sharps-safety', 'lawful-contact'], 0);
    const result = scoreKnowledgeCheck(
      items,
      { 'naloxone-1': 'c', 'good-samaritan-1': 'a', 'sharps-safety-1': 'b' },
      '2026-12-07T10:00:00.000Z',
    );
    expect(result).toEqual({
      at: '2026-12-07T10:00:00.000Z',
      correct: 2,
      answers: [
        { item: 'naloxone-1', family: 'naloxone', answer: 'c', correct: true },
        { item: 'good-samaritan-1', family: 'good-samaritan', answer: 'a', correct: false },
        { item: 'sharps-safety-1', family: 'sharps-safety', answer: 'b', correct: true },
        { item: 'lawful-contact-1', family: 'lawful-contact', answer: null, correct: false },
      ],
    });
  });
});
