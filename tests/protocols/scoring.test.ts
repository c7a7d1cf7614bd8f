import { describe, expect, it } from 'vitest';
import { criticalFailuresOf, scoreOf, type RuleResult } from '../../src/engine/scoring/report.js';
import type { Severity, VerdictKind } from '../../src/engine/scoring/rule.js';
import { profile } from '../helpers/fixtures.js';
import { playSandbox, times } from '../helpers/sandbox.js';

function result(id: string, severity: Severity, verdict: VerdictKind): RuleResult {
  return { id, family: 'naloxone', severity, verdict, evidence: [], explanation: `rules.${id}.${verdict}` };
}

describe('scoring', () => {
  it('weighs critical 3, major 2, minor 1 over the rules that applied', () => {
    const results = [
      result('A', 'critical', 'met'),
      result('B', 'major', 'missed'),
      result('C', 'minor', 'met'),
      result('D', 'major', 'violated'),
    ];
    expect(scoreOf(results)).toBe(50);
  });

  it('leaves the score alone for rules that do not apply', () => {
    const base = [result('A', 'critical', 'met'), result('B', 'minor', 'missed')];
    expect(scoreOf([...base, result('C', 'critical', 'not_applicable')])).toBe(scoreOf(base));
    expect(scoreOf(base)).toBe(75);
  });

  it('rounds to one decimal', () => {
    expect(scoreOf([result('A', 'major', 'met'), result('B', 'minor', 'missed')])).toBe(66.7);
  });

  it('lists critical rules violated or missed, and nothing else', () => {
    const results = [
      result('A', 'critical', 'missed'),
      result('B', 'critical', 'violated'),
      result('C', 'major', 'violated'),
      result('D', 'critical', 'met'),
    ];
    expect(criticalFailuresOf(results)).toEqual(['A', 'B']);
  });

  it('fails an attempt with a critical failure even above the pass mark', () => {
    const exemplary =
      'act:scene_size_up,act:check_responsiveness,act:check_breathing,act:call_ems,act:reassure_good_samaritan,act:naloxone_nasal,act:recovery_position';
    const passing = playSandbox(
      'sandbox-overdose',
      `${exemplary},act:monitor,act:monitor,act:explain_what_happened,text:offer_referral,act:leave_naloxone_kit`,
    );
    expect(passing.passed).toBe(true);
    const withWarrantCheck = playSandbox(
      'sandbox-overdose',
      `${exemplary},act:monitor,act:monitor,act:explain_what_happened,text:offer_referral,act:leave_naloxone_kit,act:warrant_check`,
    );
    expect(withWarrantCheck.score).toBeGreaterThanOrEqual(withWarrantCheck.passMark);
    expect(withWarrantCheck.criticalFailures).toEqual(['NA-NO-WARRANT-CHECK']);
    expect(withWarrantCheck.passed).toBe(false);
  });

  it('fails an attempt with two violated major rules, however high the score (revision 2)', () => {
    const respectful = 'act:explain_stop,act:ask_about_sharps,act:have_person_remove_items,act:don_gloves';
    const oneViolation = playSandbox('sandbox-patdown', `${respectful},text:threaten_arrest target=person,act:release`);
    expect(oneViolation.majorViolations).toEqual([['LC-NO-THREAT']]);
    expect(oneViolation.passed).toBe(oneViolation.score >= oneViolation.passMark);
    const lenient = { ...profile('model-policy'), id: 'lenient', passMark: 60 };
    const twoViolations = playSandbox(
      'sandbox-patdown',
      `${respectful},text:threaten_arrest target=person,act:ask_for_intelligence,act:release`,
      lenient,
    );
    expect(twoViolations.score).toBeGreaterThanOrEqual(twoViolations.passMark);
    expect(twoViolations.criticalFailures).toEqual([]);
    expect(twoViolations.majorViolations).toEqual([['DIV-NO-INFORMANT'], ['LC-NO-THREAT']]);
    expect(twoViolations.failedConditions).toEqual(['majorViolations']);
    expect(twoViolations.passed).toBe(false);
  });

  it('counts one act that breaks two major rules once', () => {
    // Informant recruitment at an overdose is an investigatory question and a recruitment at once.
    const report = playSandbox(
      'sandbox-overdose',
      'act:scene_size_up,act:check_responsiveness,act:check_breathing,act:call_ems,act:reassure_good_samaritan,act:naloxone_nasal,act:ask_for_intelligence',
    );
    expect(report.rules.filter((r) => r.severity === 'major' && r.verdict === 'violated').map((r) => r.id)).toEqual([
      'NA-MEDICAL-QUESTIONS-ONLY',
      'DIV-NO-INFORMANT',
    ]);
    expect(report.majorViolations).toEqual([['NA-MEDICAL-QUESTIONS-ONLY', 'DIV-NO-INFORMANT']]);
    expect(report.failedConditions).not.toContain('majorViolations');
  });

  it('does not count missed major rules as violations', () => {
    const report = playSandbox('sandbox-overdose', `act:call_ems,act:naloxone_nasal,${times(3, 'act:monitor')},text:end`);
    expect(report.rules.filter((r) => r.severity === 'major' && r.verdict === 'missed').length).toBeGreaterThanOrEqual(2);
    expect(report.majorViolations).toEqual([]);
  });

  it('names every failed condition, the critical one first, and names the rubric version', () => {
    const report = playSandbox(
      'sandbox-patdown',
      'act:reach_into_pocket,text:threaten_arrest target=person,act:ask_for_intelligence,act:release',
    );
    expect(report.failedConditions).toEqual(['critical', 'majorViolations', 'passMark']);
    expect(report.rubricVersion).toBe(2);
  });

  it('takes the pass mark from the profile', () => {
    const picks = `act:call_ems,act:naloxone_nasal,${times(3, 'act:monitor')}`;
    const lenient = { ...profile('model-policy'), id: 'lenient', passMark: 10 };
    const strict = { ...profile('model-policy'), id: 'strict', passMark: 100 };
    const a = playSandbox('sandbox-overdose', picks, lenient);
    const b = playSandbox('sandbox-overdose', picks, strict);
    expect(a.score).toBe(b.score);
    expect([a.passMark, b.passMark]).toEqual([10, 100]);
    expect(a.passed).toBe(true);
    expect(b.passed).toBe(false);
  });
});

describe('outcomes beside the score', () => {
  it('counts enforcement, force, backup and referrals', () => {
    const report = playSandbox(
      'sandbox-overdose',
      'act:warrant_check,act:search_area,act:search_person,text:arrest reason=possession target=caller,text:cite reason=possession target=caller,act:restrain,act:force_transport,act:call_backup,text:offer_referral,act:offer_diversion,text:event referral_accepted',
    );
    expect(report.outcome).toMatchObject({
      arrests: 1,
      citations: 1,
      searches: 2,
      warrantChecks: 1,
      usesOfForce: 2,
      backupCalls: 1,
      referralsOffered: 2,
      referralsAccepted: 1,
      officerInjuries: [],
    });
  });

  it("records the caller's final trust at an overdose and none at a pat-down", () => {
    const reassured = playSandbox('sandbox-overdose', 'act:reassure_good_samaritan');
    const threatened = playSandbox('sandbox-overdose', 'text:threaten_arrest target=caller,act:warrant_check');
    expect(reassured.outcome.callerTrust).toBeGreaterThan(threatened.outcome.callerTrust!);
    expect(playSandbox('sandbox-patdown', 'act:explain_stop').outcome.callerTrust).toBeNull();
  });

  it('tells what became of the patient', () => {
    expect(playSandbox('sandbox-overdose', `act:naloxone_nasal,${times(5, 'act:monitor')}`).outcome.patient).toBe('revived');
    // Breathing normally but not yet awake when the encounter ends: waking follows.
    expect(playSandbox('sandbox-overdose', `act:naloxone_nasal,${times(3, 'act:monitor')},text:end`).outcome.patient).toBe('revived');
    expect(
      playSandbox('sandbox-overdose-sedated', `act:call_ems,act:naloxone_nasal,${times(9, 'act:monitor')},act:handoff_to_ems`).outcome,
    ).toMatchObject({ patient: 'in_ems_care', withdrawal: 'none' });
    expect(
      playSandbox('sandbox-overdose-sedated', `act:naloxone_nasal,${times(3, 'act:monitor')},act:naloxone_nasal`).outcome.withdrawal,
    ).toBe('severe');
    expect(playSandbox('sandbox-overdose', `act:call_ems,${times(9, 'act:monitor')},act:handoff_to_ems`).outcome.patient).toBe(
      'in_ems_care',
    );
    expect(playSandbox('sandbox-overdose', times(12, 'act:monitor')).outcome.patient).toBe('died');
    expect(
      playSandbox('sandbox-overdose', `act:naloxone_nasal,${times(3, 'act:monitor')},text:event caller_left,act:leave_scene`).outcome
        .patient,
    ).toBe('resedated');
    expect(playSandbox('sandbox-patdown', 'act:explain_stop').outcome.patient).toBe('not_applicable');
  });
});
