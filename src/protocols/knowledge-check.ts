/**
 * The optional knowledge check a trainee may take before and after an encounter: two multiple-choice
 * items per protocol family, written for Good Call from its own protocol reference (docs/protocols.md),
 * each with the source it rests on. The words are in `locales/<language>/knowledge.json`
 * (`ui.knowledge.items.<id>`); this file holds what scoring needs: the family, the options, which one
 * is right, and which wrong one sounds kindest (every item has one, so a recruit who picks whatever
 * sounds nicest does not pass the check).
 *
 * A check asks one item per family the scenario trains. The same items are asked before and after one
 * attempt, so the change between them is not a change of question; which of a family's two items is
 * asked turns with each attempt the trainee makes at the scenario, so a repeat is not a memory test.
 */
import type { ProtocolFamily } from '../engine/scenario/manifest.js';
import type { Source } from '../engine/scoring/rule.js';
import { sources } from './sources.js';

export const KNOWLEDGE_OPTIONS = ['a', 'b', 'c', 'd'] as const;
export type KnowledgeOption = (typeof KNOWLEDGE_OPTIONS)[number];

export interface KnowledgeItem {
  /** `<family>-<n>`: saved in attempts and exports, so never renamed or reused. */
  readonly id: string;
  readonly family: ProtocolFamily;
  readonly correct: KnowledgeOption;
  /** The wrong answer that sounds kindest or most reasonable: the trap the item is written around. */
  readonly tempting: KnowledgeOption;
  readonly source: Source;
}

function item(id: string, family: ProtocolFamily, correct: KnowledgeOption, tempting: KnowledgeOption, source: Source): KnowledgeItem {
  return { id, family, correct, tempting, source };
}

export const KNOWLEDGE_ITEMS: readonly KnowledgeItem[] = [
  item('naloxone-1', 'naloxone', 'c', 'a', sources.samhsaToolkit),
  item('naloxone-2', 'naloxone', 'a', 'c', sources.acmtFentanyl),
  item('good-samaritan-1', 'good-samaritan', 'd', 'c', sources.pdapsGoodSamaritan),
  item('good-samaritan-2', 'good-samaritan', 'b', 'a', sources.pdapsGoodSamaritan),
  item('no-arrest-at-overdose-1', 'no-arrest-at-overdose', 'c', 'a', sources.osfPoliceHarmReduction),
  item('no-arrest-at-overdose-2', 'no-arrest-at-overdose', 'a', 'b', sources.redesigningPublicSafety),
  item('sharps-safety-1', 'sharps-safety', 'b', 'a', sources.niosh2022154),
  item('sharps-safety-2', 'sharps-safety', 'd', 'a', sources.oshaBloodborne),
  item('voluntary-referral-1', 'voluntary-referral', 'c', 'a', sources.dpaGatekeepers),
  item('voluntary-referral-2', 'voluntary-referral', 'a', 'c', sources.leadBureau),
  item('lawful-contact-1', 'lawful-contact', 'd', 'a', sources.floridaVBostick),
  item('lawful-contact-2', 'lawful-contact', 'b', 'c', sources.rodriguezVUnitedStates),
];

export function knowledgeItem(id: string): KnowledgeItem | undefined {
  return KNOWLEDGE_ITEMS.find((i) => i.id === id);
}

/**
 * The items of one check: one per family the scenario trains, in the scenario's order. `turn` is how
 * many attempts the trainee has already made at the scenario; each family's items take turns by it.
 */
export function knowledgeItemsFor(families: readonly ProtocolFamily[], turn: number): KnowledgeItem[] {
  return [...new Set(families)].flatMap((family) => {
    const ofFamily = KNOWLEDGE_ITEMS.filter((i) => i.family === family);
    const chosen = ofFamily[((turn % ofFamily.length) + ofFamily.length) % ofFamily.length];
    return chosen ? [chosen] : [];
  });
}

/** One item as answered: self-contained, so a dashboard can count it by family without this bank. */
export interface KnowledgeAnswer {
  readonly item: string;
  readonly family: ProtocolFamily;
  /** The option chosen; `null` when the item was left unanswered. */
  readonly answer: KnowledgeOption | null;
  readonly correct: boolean;
}

/** A check as taken, before or after the encounter. */
export interface KnowledgeResult {
  /** ISO date-time, real time, when it was handed in. */
  readonly at: string;
  readonly answers: readonly KnowledgeAnswer[];
  /** How many answers were right. */
  readonly correct: number;
}

/** Scores a check: every item asked is counted, answered or not. */
export function scoreKnowledgeCheck(
  items: readonly KnowledgeItem[],
  chosen: Readonly<Record<string, KnowledgeOption | undefined>>,
  at: string,
): KnowledgeResult {
  const answers = items.map((i): KnowledgeAnswer => {
    const answer = chosen[i.id] ?? null;
    return { item: i.id, family: i.family, answer, correct: answer === i.correct };
  });
  return { at, answers, correct: answers.filter((a) => a.correct).length };
}
