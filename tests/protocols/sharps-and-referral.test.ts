import { describe, expect, it } from 'vitest';
import { describeRuleCases, playSandbox } from '../helpers/sandbox.js';
import { SHARPS_AND_REFERRAL_CASES, SHARPS_AND_REFERRAL_SANDBOX } from './cases/sharps-and-referral.js';

describeRuleCases(SHARPS_AND_REFERRAL_CASES, SHARPS_AND_REFERRAL_SANDBOX);

describe('a blind reach into a pocket holding needles', () => {
  it('records a needlestick and fails the attempt', () => {
    const report = playSandbox('sandbox-patdown', 'act:explain_stop,act:ask_about_sharps,act:reach_into_pocket');
    expect(report.outcome.officerInjuries).toEqual(['needlestick']);
    expect(report.passed).toBe(false);
    expect(report.criticalFailures).toContain('SH-NO-BLIND-REACH');
  });
});
