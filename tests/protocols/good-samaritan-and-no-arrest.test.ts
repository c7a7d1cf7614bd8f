import { describe, expect, it } from 'vitest';
import { describeRuleCases, playSandbox, verdictOf } from '../helpers/sandbox.js';
import { GOOD_SAMARITAN_AND_NO_ARREST_CASES, GOOD_SAMARITAN_AND_NO_ARREST_SANDBOX } from './cases/good-samaritan-and-no-arrest.js';

describeRuleCases(GOOD_SAMARITAN_AND_NO_ARREST_CASES, GOOD_SAMARITAN_AND_NO_ARREST_SANDBOX);

describe('arresting for possession under two profiles', () => {
  it('fails under model-policy on the Good Samaritan law and the agency overlay, but only on the law under limited-immunity', () => {
    const picks = 'act:call_ems,act:naloxone_nasal,text:arrest reason=possession target=patient';
    const model = playSandbox('sandbox-overdose', picks, 'model-policy');
    const limited = playSandbox('sandbox-overdose', picks, 'limited-immunity');
    expect(model.criticalFailures).toEqual(expect.arrayContaining(['GS-NO-ARREST', 'NA-NO-ARREST']));
    expect(limited.criticalFailures).toContain('GS-NO-ARREST');
    expect(limited.criticalFailures).not.toContain('NA-NO-ARREST');
    expect(verdictOf(limited, 'NA-NO-ARREST')).toBe('not_applicable');
  });
});
