/** The rubric: every rule of PROTOCOLS.md, in the order the debrief lists them. */
import type { Rule } from '../engine/scoring/rule.js';

export const RUBRIC: readonly Rule[] = [];
