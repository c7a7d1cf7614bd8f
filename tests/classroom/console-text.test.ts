/** The console's words: the hidden state, the log, the rules at risk, what it announces; every string in both languages. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { announcements, liveFacts, logLineText, riskExplanation, riskStatusText } from '../../src/classroom/console-text.js';
import { encounterView } from '../../src/classroom/encounter-view.js';
import { injectNarration } from '../../src/classroom/inject-text.js';
import type { EncounterView, LogLine } from '../../src/classroom/messages.js';
import { STORY_EVENTS } from '../../src/engine/index.js';
import { createI18n, createTranslator } from '../../src/i18n/translator.js';
import { profile } from '../helpers/fixtures.js';
import { apartmentSession, pickActions, shipped } from './helpers.js';
import { scoredSession } from '../../src/protocols/scored-session.js';

const t = createTranslator('en');
const es = createTranslator('es');
const flags = { title: 'The roommate’s call', timeFactor: 1, paused: false, voteOpen: false, ended: false };

function factsOf(view: EncounterView, translate = t): Record<string, string> {
  return Object.fromEntries(liveFacts(view, translate).map((row) => [row.id, row.value]));
}

describe('what the console shows that the trainees do not see', () => {
  it('gives the patient’s oxygen, pulse and the doses needed at an overdose', () => {
    const session = apartmentSession('assess');
    session.elapse(300);
    const facts = factsOf(encounterView(session, flags));
    expect(facts.breathing).toBe('not breathing');
    expect(facts.pulse).toBe('yes');
    expect(facts.oxygen).toMatch(/^\d+ s \(brain injury at 240 s, death at 600 s\)$/);
    expect(facts.doses).toMatch(/^0 given, [12] needed$/);
    expect(facts.caller).toBe('here, trust 4 of 10');
    expect(liveFacts(encounterView(session, flags), t).find((r) => r.id === 'oxygen')?.alarming).toBe(true);
    expect(factsOf(encounterView(session, flags), es).oxygen).toMatch(/^\d+ s \(daño cerebral a los 240 s, muerte a los 600 s\)$/);
  });

  it('gives the person’s trust and agitation as numbers in a pat-down', () => {
    const session = scoredSession({ scenario: shipped('patdown-park-bench'), profile: profile(), seed: 1 });
    const facts = factsOf(encounterView(session, flags));
    expect(Object.keys(facts)).toEqual([
      'clock',
      'trust',
      'agitation',
      'weapon-indicators',
      'consent-refused',
      'ssp-card',
      'sharps-disclosed',
      'officer',
    ]);
    expect(facts.trust).toBe('4 of 10');
  });

  it('gives what the pat-down person has signalled, whether the story or the instructor raised it', () => {
    const session = scoredSession({ scenario: shipped('patdown-park-bench'), profile: profile(), seed: 1 });
    const before = liveFacts(encounterView(session, flags), t);
    expect(Object.fromEntries(before.map((row) => [row.id, row.value]))).toMatchObject({
      'weapon-indicators': '0',
      'consent-refused': 'no',
      'ssp-card': 'no',
      'sharps-disclosed': 'no',
    });
    expect(before.find((row) => row.id === 'weapon-indicators')?.alarming).toBeUndefined();
    session.inject('weapon_indicator');
    session.inject('weapon_indicator', {}, 'A bulge at his waistband');
    session.inject('consent_refused');
    session.inject('ssp_card_shown');
    session.inject('sharps_disclosed');
    const after = liveFacts(encounterView(session, flags), t);
    expect(Object.fromEntries(after.map((row) => [row.id, row.value]))).toMatchObject({
      'weapon-indicators': '2',
      'consent-refused': 'yes',
      'ssp-card': 'yes',
      'sharps-disclosed': 'yes',
    });
    expect(after.find((row) => row.id === 'weapon-indicators')?.alarming).toBe(true);
    const spanish = liveFacts(encounterView(session, flags), es);
    expect(
      spanish
        .filter((row) => ['weapon-indicators', 'consent-refused', 'ssp-card', 'sharps-disclosed'].includes(row.id))
        .map((row) => [row.label, row.value]),
    ).toEqual([
      ['Indicios de que la persona está armada', '2'],
      ['Se negó a un registro', 'sí'],
      ['Mostró una tarjeta del programa de jeringas', 'sí'],
      ['Dijo que trae agujas', 'sí'],
    ]);
  });

  it('logs each signal once, as the event that raised it, with no state line repeating it', () => {
    const session = scoredSession({ scenario: shipped('patdown-park-bench'), profile: profile(), seed: 1 });
    const statesBefore = session.log().filter((entry) => entry.kind === 'state').length;
    session.inject('consent_refused');
    session.inject('weapon_indicator');
    const log = encounterView(session, flags).log;
    expect(log.filter((line) => line.kind === 'state')).toHaveLength(statesBefore);
    expect(log.filter((line) => line.origin === 'instructor').map((line) => logLineText(line, t))).toEqual([
      'The person refuses a search',
      'Something suggests the person is armed',
    ]);
  });
});

describe('the event log and the rules at risk in words', () => {
  it('words actions, events, state changes and the instructor’s notes', () => {
    const session = apartmentSession();
    pickActions(session, 'scene_size_up');
    session.inject('ems_delayed', { minutes: 5 });
    session.note('Ask about the warrant');
    const lines = encounterView(session, flags).log.map((line) => logLineText(line, t));
    expect(lines).toContain('looked for hazards');
    expect(lines).toContain('EMS is delayed 5 minutes');
    expect(lines).toContain('Note: Ask about the warrant');
    expect(lines).toContain('Breathing slowly');
    expect(lines).not.toContain('Not breathing');
    session.elapse(400);
    const later = encounterView(session, flags).log;
    expect(later.map((line) => logLineText(line, t))).toContain('Not breathing');
    expect(later.map((line) => logLineText(line, es))).toContain('No respira');
    expect(later.map((line) => logLineText(line, t))).toContain("Caller's trust: 4 of 10");
    expect(later.map((line) => logLineText(line, es))).toContain('Confianza del que llamó: 4 de 10');
  });

  it('words every state the engine logs, with every value it can take, in every language', () => {
    const values: Record<string, readonly (string | null)[]> = {
      breathing: ['normal', 'slow', 'none'],
      withdrawal: ['none', 'mild', 'severe'],
      fate: [null, 'revived', 'revived_with_injury', 'died', 'resedated', 'in_ems_care'],
    };
    // Every state id the engine logs, from the first entries of an overdose and of a pat-down.
    const first = [apartmentSession(), scoredSession({ scenario: shipped('patdown-park-bench'), profile: profile(), seed: 1 })].flatMap(
      (session) => session.log().filter((entry) => entry.kind === 'state'),
    );
    const byKey = new Map<string, LogLine>();
    for (const entry of first) {
      const { value } = entry.params;
      const possible = typeof value === 'boolean' ? [true, false] : typeof value === 'number' ? [value] : values[entry.id];
      expect(possible, entry.id).toBeDefined();
      for (const v of possible ?? [])
        byKey.set(`${entry.id}:${String(v)}`, { at: 0, kind: 'state', id: entry.id, params: { value: v }, origin: 'engine' });
    }
    const lines = [...byKey.values()];
    expect(new Set(lines.map((l) => l.id)).size).toBeGreaterThanOrEqual(15);
    for (const translate of [t, es]) {
      const worded = lines.map((line) => logLineText(line, translate));
      // The fallback reads "<id>: <value>"; no line may need it.
      expect(worded.filter((text, n) => text.startsWith(`${lines[n]?.id}:`) || text.includes('{{'))).toEqual([]);
      expect(new Set(worded).size).toBe(worded.length);
    }
  });

  it('counts down an open rule and says what missing it would mean, with the rubric’s figures', () => {
    const open = { id: 'OD-EMS-FIRST', severity: 'critical', status: 'open', secondsLeft: 75, values: { limit: 90 } } as const;
    expect(riskStatusText(open, t)).toBe('Open: 01:15 left');
    expect(riskStatusText({ ...open, secondsLeft: undefined }, t)).toBe('Open until the end');
    expect(riskExplanation(open, t)).toBe(`If missed: ${t('rules.OD-EMS-FIRST.missed', { limit: 90 })}`);
    expect(riskExplanation({ ...open, status: 'violated', values: { delay: 130, limit: 90 } }, t)).toMatch(
      /^EMS was requested 130 seconds after you arrived/,
    );
    expect(riskStatusText({ ...open, status: 'violated' }, es)).toBe('Incumplida');
  });
});

describe('announcements', () => {
  it('say once what changed: a start, a pick, a pause, a broken rule, the instructor’s entries, the end', () => {
    const session = apartmentSession();
    const first = encounterView(session, flags);
    expect(announcements(null, first, t)).toEqual(['Encounter started: The roommate’s call.']);
    expect(announcements(first, encounterView(session, flags), t)).toEqual([]);
    pickActions(session, 'warrant_check');
    session.inject('caller_left', {}, 'He bolts');
    const after = encounterView(session, { ...flags, paused: true });
    expect(announcements(first, after, t)).toEqual([
      'Pick 1 made.',
      'Paused.',
      'Rule broken: No warrant checks or ID demands at an overdose.',
      'Logged: The caller leaves.',
    ]);
    expect(announcements(after, null, t)).toEqual(['The encounter was left before it ended.']);
  });

  it('say the instructor’s entries even once the log sent has slid past the earlier ones', () => {
    const session = apartmentSession('assess');
    session.note('First remark');
    for (let n = 0; n < 40; n++) session.elapse(30);
    const view = encounterView(session, flags);
    const [firstNote] = view.log.filter((l) => l.origin === 'instructor');
    const engine = view.log.filter((l) => l.origin !== 'instructor').slice(0, 15);
    expect(engine).toHaveLength(15);
    const secondNote: LogLine = {
      at: view.elapsedSeconds,
      kind: 'note',
      id: 'instructor_note',
      params: { text: 'Second remark' },
      origin: 'instructor',
    };
    // The console sees only the latest lines: as the window slides, the first note drops off its start.
    const earlier: EncounterView = { ...view, instructorInputs: 1, log: [firstNote!, ...engine] };
    const later: EncounterView = { ...view, instructorInputs: 2, log: [...engine, secondNote] };
    expect(earlier.log.filter((l) => l.origin === 'instructor')).toHaveLength(1);
    expect(later.log.filter((l) => l.origin === 'instructor')).toHaveLength(1);
    expect(announcements(earlier, later, t)).toEqual(['Logged: Note: Second remark.']);
    expect(announcements(later, later, t)).toEqual([]);
  });
});

describe('the classroom’s strings', () => {
  it('has every key the classroom code asks for, and a label for every story event, in every language', () => {
    const dir = path.resolve(import.meta.dirname, '..', '..', 'src', 'classroom');
    const used = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/['`]((?:ui|rules)\.[A-Za-z0-9_.]+)['`]/g))
        used.add(match[1] ?? '');
    }
    for (const event of STORY_EVENTS) used.add(`ui.instructor.events.${event.id}`);
    for (const status of ['violated', 'missed']) used.add(`ui.instructor.risk.${status}`);
    expect(used.size).toBeGreaterThan(60);
    for (const locale of ['en', 'es']) {
      const i18n = createI18n(locale);
      expect(
        [...used].filter((key) => !i18n.exists(key) && !i18n.exists(`${key}_other`)),
        locale,
      ).toEqual([]);
    }
  });

  it('tells the trainees about an inject in their language', () => {
    expect(injectNarration(es, 'caller_left', {})).toBe('[Instructor: El que llamó se va]');
    expect(injectNarration(es, 'ems_delayed', { minutes: 1 })).toBe('[Instructor: Los paramédicos se retrasan 1 minuto]');
  });
});
