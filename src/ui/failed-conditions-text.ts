/** Why an attempt did not pass, in words: one sentence per failed pass condition, the first that failed first. */
import { failedConditionsOfReport, type PassCondition, type ScoreReport } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';

export interface FailedConditionText {
  readonly condition: PassCondition;
  readonly text: string;
}

export function failedConditionTexts(report: ScoreReport, t: Translate): FailedConditionText[] {
  const majors = report.majorViolations ?? [];
  const rules = majors.map((group) => group.map((id) => t(`rules.${id}.title`, { defaultValue: id })).join(' + ')).join('; ');
  return failedConditionsOfReport(report).map((condition) => ({
    condition,
    text: t(`ui.debrief.failedBecause.${condition}`, { score: report.score, passMark: report.passMark, count: majors.length, rules }),
  }));
}
