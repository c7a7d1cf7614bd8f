/**
 * What the encounter and debrief screens compute from a real session on the hub fixture: the state
 * in words, the picture and its description, learn-mode hints, the debrief's order and timeline, a
 * replay from any pick, and attempt records that survive JSON.
 */
import { describe, expect, it } from 'vitest';
import { type RuleResult, type ScoreReport } from '../../src/engine/index.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { finishedAttemptOf } from '../../src/storage/attempt-recorder.js';
import { createAttemptHistory } from '../../src/ui/attempts.js';
import { createSceneBridge, type SceneView } from '../../src/ui/bridge.js';
import { buildTimeline, decisionsThatMattered, rulesByFamily, rulesInDebriefOrder, type Timeline } from '../../src/kit/debrief-model.js';
import { agitationLevel, describeState, trustLevel } from '../../src/kit/describe-state.js';
import { attemptFacts, type EncounterPlan } from '../../src/play/start.js';
import { openSession } from '../../src/play/open-session.js';
import { formatClock } from '../../src/kit/format.js';
import { newlyViolated } from '../../src/play/learn-hints.js';
import { describeScene, lastPlace, type ScenePicture } from '../../src/ui/scene-picture.js';
import { loadFixture, profile } from '../helpers/fixtures.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const t = createTranslator('en');
const hub = loadFixture('hub-overdose');
const plan: EncounterPlan = {
  scenarioId: 'hub-overdose',
  seed: 7,
  profileId: 'model-policy',
  mode: 'learn',
  timeFactor: 1,
  locale: 'en',
  start: { kind: 'fresh' },
};

function rule(
  id: string,
  verdict: RuleResult['verdict'],
  severity: RuleResult['severity'],
  at?: number,
  evidence: number[] = [],
): RuleResult {
  return {
    id,
    family: 'naloxone',
    severity,
    verdict,
    evidence,
    explanation: `rules.${id}.${verdict}`,
    ...(at !== undefined ? { at } : {}),
  };
}

describe('the state panel in words', () => {
  it('says what an officer at an overdose sees, and nothing an officer could not know', () => {
    const session = scoredSession({ scenario: hub, profile: profile(), seed: 1 });
    const rows = describeState(session.state(), t);
    expect(rows.map((r) => r.id)).toEqual(['clock', 'breathing', 'responsive', 'doses', 'ems', 'caller']);
    // Nothing checked yet: the panel does not give the assessment away.
    expect(rows.find((r) => r.id === 'breathing')?.value).toBe('not checked yet');
    expect(rows.find((r) => r.id === 'responsive')?.value).toBe('not checked yet');
    // A trainer's preview shows the truth.
    expect(describeState(session.state(), t, [], { truth: true }).find((r) => r.id === 'breathing')?.value).toBe('slow and shallow');
    expect(rows.find((r) => r.id === 'ems')?.value).toBe('not called');
    session.choose(session.next().choices.findIndex((c) => c.actions.some((a) => a.action === 'call_ems')));
    expect(describeState(session.state(), t).find((r) => r.id === 'ems')?.value).toMatch(/^on the way, about \d+ minutes?$/);
    expect(JSON.stringify(rows)).not.toMatch(/oxygen/i);
  });

  it('words trust and agitation on a 0-10 scale', () => {
    expect([0, 1, 2, 5, 10].map(trustLevel)).toEqual([0, 1, 1, 3, 5]);
    expect([0, 1, 2, 7, 10].map(agitationLevel)).toEqual([0, 0, 1, 3, 4]);
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(754.6)).toBe('12:34');
  });
});

describe('the picture behind the encounter', () => {
  it('follows the session through the bridge, describing the place and the patient', () => {
    const shown: ScenePicture[] = [];
    const descriptions: string[] = [];
    const view: SceneView = { show: (p) => shown.push(p) };
    const bridge = createSceneBridge((text) => descriptions.push(text), t);
    const session = scoredSession({ scenario: hub, profile: profile(), seed: 1 });
    bridge.attach(view);
    const stop = bridge.follow(session);
    expect(shown.at(-1)).toMatchObject({ screen: 'encounter', place: 'apartment', breathing: 'slow', emsCalled: false });
    expect(descriptions.at(-1)).toBe(
      'A small apartment living room. A person lies on the floor, not moving. An officer stands at the door. Someone nearby holds a phone.',
    );
    session.choose(session.next().choices.findIndex((c) => c.actions.some((a) => a.action === 'call_ems')));
    expect(descriptions.at(-1)).toMatch(/An ambulance is on the way\.$/);
    // Breathing for him: the officer is beside him, and the face and the breathing they found are described.
    session.choose(session.next().choices.findIndex((c) => c.actions.some((a) => a.action === 'rescue_breathing')));
    expect(shown.at(-1)).toMatchObject({ officer: 'beside', care: 'rescue_breathing', posture: 'on_back' });
    expect(descriptions.at(-1)).toContain('Eyes barely open, pupils pinpoint.');
    expect(descriptions.at(-1)).toContain('The officer is breathing for them through a face shield.');
    stop();
    const count = shown.length;
    session.choose(0);
    expect(shown.length).toBe(count);
    bridge.retranslate(createTranslator('es'));
    expect(descriptions.at(-1)).toMatch(/^La sala de un apartamento pequeño\./);
  });

  it('takes the latest place a story names that can be drawn', () => {
    const line = (bg?: string) => ({ text: 'x', sfx: [], events: [], at: 0, ...(bg ? { bg } : {}) });
    expect(lastPlace([line('patrol_car'), line(), line('apartment'), line('unknown_place')])).toBe('apartment');
    expect(lastPlace([line()])).toBeUndefined();
    expect(describeScene({ screen: 'debrief', passed: false }, t)).toMatch(/did not pass/);
  });
});

describe('learn-mode hints', () => {
  it('names only rules that became violated since the last pick', () => {
    const report = (rules: RuleResult[]) => ({ rules }) as unknown as ScoreReport;
    const before = report([rule('A', 'violated', 'major'), rule('B', 'missed', 'minor')]);
    const after = report([rule('A', 'violated', 'major'), rule('B', 'violated', 'minor'), rule('C', 'met', 'critical')]);
    expect(newlyViolated(before, after).map((r) => r.id)).toEqual(['B']);
    expect(newlyViolated(undefined, after).map((r) => r.id)).toEqual(['A', 'B']);
  });
});

describe('the debrief', () => {
  it('lists critical failures first, then the worst verdicts, and keeps rules that did not apply apart', () => {
    const report = {
      criticalFailures: ['CRIT'],
      rules: [
        rule('MET', 'met', 'critical', 5),
        rule('MINOR-V', 'violated', 'minor', 9),
        rule('CRIT', 'missed', 'critical', 30),
        rule('NA', 'not_applicable', 'major'),
        rule('MAJOR-V', 'violated', 'major', 50),
      ],
    } as unknown as ScoreReport;
    const { applicable, notApplicable } = rulesInDebriefOrder(report);
    expect(applicable.map((r) => r.id)).toEqual(['CRIT', 'MAJOR-V', 'MINOR-V', 'MET']);
    expect(notApplicable.map((r) => r.id)).toEqual(['NA']);
  });

  it('puts each rule on the timeline at the pick its evidence came from', () => {
    const session = scoredSession({ scenario: hub, profile: profile(), seed: 1 });
    session.choose(session.next().choices.findIndex((c) => c.actions.some((a) => a.action === 'call_ems')));
    session.choose(0);
    const report = session.report();
    const naloxoneEntry = report.log.findIndex((e) => e.kind === 'action' && e.id === 'naloxone_nasal');
    const emsEntry = report.log.findIndex((e) => e.kind === 'action' && e.id === 'call_ems');
    const fake = {
      ...report,
      rules: [
        rule('EMS', 'met', 'major', 0, [emsEntry]),
        rule('NALOXONE', 'met', 'critical', 20, [naloxoneEntry]),
        rule('DEADLINE', 'missed', 'minor', 300),
      ],
    };
    const timeline = buildTimeline(fake, session.picks());
    expect(timeline.picks.map((p) => p.settled.map((r) => r.id))).toEqual([['EMS'], ['NALOXONE']]);
    expect(timeline.unsettledByPicks.map((r) => r.id)).toEqual(['DEADLINE']);
  });

  it('leads with the picks that settled the most severe rules, broken before kept, in the order they were made', () => {
    const pick = (index: number, settled: RuleResult[]): Timeline['picks'][number] => ({
      index,
      pick: { at: index * 10, text: `pick ${index}`, actions: [] } as unknown as Timeline['picks'][number]['pick'],
      settled,
      instructorBefore: [],
    });
    const timeline: Timeline = {
      picks: [
        pick(0, [rule('MINOR-MET', 'met', 'minor')]),
        pick(1, [rule('CRIT-V', 'violated', 'critical')]),
        pick(2, []),
        pick(3, [rule('MAJOR-V', 'violated', 'major')]),
        pick(4, [rule('CRIT-MET', 'met', 'critical')]),
      ],
      unsettledByPicks: [],
      instructorAfter: [],
    };
    // Weights: a broken critical rule 300, a kept one 100, a broken major rule 30, a kept minor one 1.
    expect(decisionsThatMattered(timeline).map((p) => p.index)).toEqual([1, 3, 4]);
    expect(decisionsThatMattered(timeline, 2).map((p) => p.index)).toEqual([1, 4]);
    expect(decisionsThatMattered({ ...timeline, picks: [pick(0, [])] })).toEqual([]);
  });

  it('folds rules under their protocol family, the family of the first (worst) rule first', () => {
    const sharps = (r: RuleResult): RuleResult => ({ ...r, family: 'sharps-safety' });
    const grouped = rulesByFamily([
      sharps(rule('S1', 'violated', 'critical')),
      rule('N1', 'missed', 'major'),
      sharps(rule('S2', 'met', 'minor')),
    ]);
    expect(grouped.map((g) => [g.family, g.rules.map((r) => r.id)])).toEqual([
      ['sharps-safety', ['S1', 'S2']],
      ['naloxone', ['N1']],
    ]);
  });
});

describe('replaying an attempt', () => {
  it('replays the first picks of an attempt to the same state, telling the story in order', () => {
    const { session: original } = openSession(plan, hub, profile());
    for (const index of [2, 0, 0, 1]) original.choose(index);
    const { session: replayed, narration } = openSession(
      { ...plan, start: { kind: 'replay', of: 'attempt-1', play: { picks: original.picks().slice(0, 3) }, paused: false } },
      hub,
      profile(),
    );
    expect(narration.map((b) => b.pickText)).toEqual([
      undefined,
      ...original
        .picks()
        .slice(0, 3)
        .map((p) => p.text.trim()),
    ]);
    expect(replayed.picks()).toEqual(original.picks().slice(0, 3));
    replayed.choose(1);
    expect(replayed.state()).toEqual(original.state());
    expect(replayed.report().rules).toEqual(original.report().rules);
  });

  it('keeps attempts as plain data that survives JSON', async () => {
    const { session } = openSession(plan, hub, profile());
    session.choose(0);
    const history = createAttemptHistory();
    const replayPlan: EncounterPlan = { ...plan, start: { kind: 'replay', of: 'attempt-0', play: { picks: [] }, paused: false } };
    const facts = attemptFacts(replayPlan, 0, 'TR-AAAA-BBBB', history.newId, new Date('2025-01-01T00:00:00.000Z'));
    const record = finishedAttemptOf(session, facts, '2025-01-01T00:05:00.000Z');
    await history.save(record);
    expect(record).toMatchObject({
      id: 'attempt-1',
      scenario: { id: 'hub-overdose', version: 1 },
      profileId: 'model-policy',
      locale: 'en',
      mode: 'learn',
      seed: 7,
      timeFactor: 0,
    });
    expect(record.replayOf).toEqual({ attemptId: 'attempt-0', picksKept: 0 });
    expect(record.picks).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    expect(history.get('attempt-1')).toEqual(record);
    expect(history.list()).toHaveLength(1);
  });
});
