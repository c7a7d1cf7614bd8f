import { describe, expect, it } from 'vitest';
import { profile } from '../helpers/fixtures.js';
import { describeRuleCases, playSandbox, times, verdictOf } from '../helpers/sandbox.js';
import { NALOXONE_CASES, NALOXONE_SANDBOX } from './cases/naloxone.js';

describeRuleCases(NALOXONE_CASES, NALOXONE_SANDBOX);

describe('timing and evidence', () => {
  it('reports the delay and the limit for a late dose, and points at the dose', () => {
    const report = playSandbox('sandbox-overdose', `${times(5, 'act:wait')},act:naloxone_nasal`);
    const rule = report.rules.find((r) => r.id === 'OD-NALOXONE-PROMPT');
    expect(rule).toMatchObject({ verdict: 'violated', at: 150, values: { delay: 150, limit: 120 } });
    expect(report.log[rule!.evidence[0]!]).toMatchObject({ kind: 'action', id: 'naloxone_nasal', at: 150 });
  });

  it('counts from the on_scene event, not from the start of the story', () => {
    const report = playSandbox('sandbox-overdose', 'act:naloxone_nasal');
    expect(report.log.find((e) => e.kind === 'event' && e.id === 'on_scene')?.at).toBe(0);
    expect(report.rules.find((r) => r.id === 'OD-NALOXONE-PROMPT')?.values).toMatchObject({ delay: 0 });
  });

  it("uses the profile's timings", () => {
    const strict = { ...profile('model-policy'), id: 'strict', timing: { ...profile('model-policy').timing, naloxoneWithinSeconds: 30 } };
    expect(verdictOf(playSandbox('sandbox-overdose', 'act:wait,act:naloxone_nasal', strict), 'OD-NALOXONE-PROMPT')).toBe('met');
    expect(verdictOf(playSandbox('sandbox-overdose', 'act:wait,act:wait,act:naloxone_nasal', strict), 'OD-NALOXONE-PROMPT')).toBe(
      'violated',
    );
  });
});
