/**
 * The knowledge check across imported attempts: per protocol family, the share of answers right
 * before the encounter and after it. Only attempts that took both checks are counted, so the two
 * shares are over the same trainees and the same questions.
 */
import { PROTOCOL_FAMILIES, type ProtocolFamily } from '../engine/index.js';
import type { FinishedAttempt, KnowledgeResult } from '../storage/attempt-record.js';

export interface RightOf {
  readonly right: number;
  readonly asked: number;
}

export interface KnowledgeFamilyFigures {
  readonly family: ProtocolFamily;
  /** Attempts that asked about this family both before and after. */
  readonly attempts: number;
  readonly pre: RightOf;
  readonly post: RightOf;
}

export interface KnowledgeFigures {
  /** Attempts with both checks. */
  readonly attempts: number;
  readonly families: readonly KnowledgeFamilyFigures[];
}

function tally(result: KnowledgeResult, family: ProtocolFamily): RightOf {
  const answers = result.answers.filter((a) => a.family === family);
  return { right: answers.filter((a) => a.correct).length, asked: answers.length };
}

export function knowledgeFigures(attempts: readonly FinishedAttempt[]): KnowledgeFigures {
  const both = attempts.flatMap((a) => (a.knowledgeCheck?.pre && a.knowledgeCheck.post ? [a.knowledgeCheck] : []));
  const families = PROTOCOL_FAMILIES.flatMap((family): KnowledgeFamilyFigures[] => {
    let counted = 0;
    const pre = { right: 0, asked: 0 };
    const post = { right: 0, asked: 0 };
    for (const check of both) {
      const before = tally(check.pre!, family);
      const after = tally(check.post!, family);
      if (before.asked === 0 || after.asked === 0) continue;
      counted++;
      pre.right += before.right;
      pre.asked += before.asked;
      post.right += after.right;
      post.asked += after.asked;
    }
    return counted > 0 ? [{ family, attempts: counted, pre, post }] : [];
  });
  return { attempts: both.length, families };
}
