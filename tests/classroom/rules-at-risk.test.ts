/** The rules at risk mid-encounter: open ones with their deadline, then missed and broken ones. */
import { describe, expect, it } from 'vitest';
import { rulesAtRisk } from '../../src/classroom/rules-at-risk.js';
import { apartmentSession, pickActions } from './helpers.js';

describe('rules at risk', () => {
  it('counts down the timed rules from arrival, nearest deadline first', () => {
    const session = apartmentSession('assess');
    const start = rulesAtRisk(session.report(), false);
    const timed = start.filter((r) => r.secondsLeft !== undefined);
    expect(timed.map((r) => [r.id, r.status])).toEqual([
      ['OD-RECOGNIZE', 'open'],
      ['OD-EMS-FIRST', 'open'],
      ['OD-NALOXONE-PROMPT', 'open'],
    ]);
    const arrival = session.log().find((e) => e.id === 'on_scene')?.at ?? 0;
    const now = session.state().elapsedSeconds;
    expect(timed.map((r) => r.secondsLeft)).toEqual([60, 90, 120].map((limit) => arrival + limit - now));
    expect(start.every((r) => r.status === 'open')).toBe(true);
    // Values for the rubric's texts travel with each rule: "within {{limit}} seconds".
    expect(start.find((r) => r.id === 'OD-EMS-FIRST')?.values).toEqual({ limit: 90 });
  });

  it('settles a deadline that passed as missed, and puts broken rules first', () => {
    const session = apartmentSession('assess');
    session.elapse(100);
    const risks = rulesAtRisk(session.report(), false);
    expect(risks.find((r) => r.id === 'OD-EMS-FIRST')).toMatchObject({ status: 'missed' });
    expect(risks.find((r) => r.id === 'OD-EMS-FIRST')?.secondsLeft).toBeUndefined();
    expect(risks.find((r) => r.id === 'OD-NALOXONE-PROMPT')).toMatchObject({ status: 'open', secondsLeft: expect.any(Number) });

    const rude = apartmentSession();
    pickActions(rude, 'warrant_check');
    const broken = rulesAtRisk(rude.report(), false);
    expect(broken[0]).toMatchObject({ id: 'NA-NO-WARRANT-CHECK', status: 'violated', severity: 'critical' });
  });

  it('leaves out what is met or does not apply, and once ended nothing stays open', () => {
    const session = apartmentSession();
    pickActions(session, 'scene_size_up');
    const ids = rulesAtRisk(session.report(), false).map((r) => r.id);
    expect(ids).not.toContain('OD-SCENE-SAFE');
    expect(ids).not.toContain('OD-REFUSAL');
    expect(rulesAtRisk(session.report(), true).some((r) => r.status === 'open')).toBe(false);
  });
});
