/**
 * The console's words for what the projector reports: the live facts the trainees do not see, the
 * event log, the rules at risk, and what to announce when something changes. Pure, so tested in Node.
 */
import type { Translate } from '../i18n/translator.js';
import { emsText } from '../kit/describe-state.js';
import { formatClock } from '../kit/format.js';
import { injectLabel } from './inject-text.js';
import type { EncounterView, LogLine, RuleAtRisk } from './messages.js';

export interface FactRow {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly alarming?: boolean;
}

function yesNo(t: Translate, value: boolean): string {
  return t(value ? 'ui.state.yes' : 'ui.state.no');
}

/** Everything the instructor sees that the trainees' state panel leaves out or softens. */
export function liveFacts(view: EncounterView, t: Translate): FactRow[] {
  const { patient, scene } = view;
  const rows: FactRow[] = [{ id: 'clock', label: t('ui.state.clock'), value: formatClock(view.elapsedSeconds) }];
  const injuries = scene.officerInjuries.map((i) => t(`ui.injuries.${i}`, { defaultValue: i })).join(', ');
  const officer: FactRow = {
    id: 'officer',
    label: t('ui.state.officer'),
    value: injuries ? t('ui.state.officerInjured', { injuries }) : t('ui.state.officerUnhurt'),
    ...(injuries ? { alarming: true } : {}),
  };
  if (view.kind === 'patdown') {
    return [
      ...rows,
      { id: 'trust', label: t('ui.state.trust'), value: t('ui.instructor.live.outOfTen', { value: scene.personTrust }) },
      {
        id: 'agitation',
        label: t('ui.state.agitation'),
        value: t('ui.instructor.live.outOfTen', { value: scene.personAgitation }),
        ...(scene.personAgitation >= 6 ? { alarming: true } : {}),
      },
      {
        id: 'weapon-indicators',
        label: t('ui.instructor.live.weaponIndicators'),
        value: String(scene.weaponIndicators),
        ...(scene.weaponIndicators > 0 ? { alarming: true } : {}),
      },
      { id: 'consent-refused', label: t('ui.instructor.live.consentRefused'), value: yesNo(t, scene.consentRefused) },
      { id: 'ssp-card', label: t('ui.instructor.live.sspCardShown'), value: yesNo(t, scene.sspCardShown) },
      { id: 'sharps-disclosed', label: t('ui.instructor.live.sharpsDisclosed'), value: yesNo(t, scene.sharpsDisclosed) },
      officer,
    ];
  }
  return [
    ...rows,
    {
      id: 'breathing',
      label: t('ui.state.breathing'),
      value: patient.dead ? t('ui.state.dead') : t(`ui.breathing.${patient.breathing}`),
      ...(patient.dead || patient.breathing === 'none' ? { alarming: true } : {}),
    },
    { id: 'responsive', label: t('ui.state.responsive'), value: yesNo(t, patient.responsive) },
    { id: 'pulse', label: t('ui.state.pulse'), value: yesNo(t, patient.pulse), ...(patient.pulse ? {} : { alarming: true }) },
    {
      id: 'oxygen',
      label: t('ui.instructor.live.withoutOxygen'),
      value: t('ui.instructor.live.withoutOxygenValue', {
        seconds: Math.round(patient.oxygenDebtSeconds),
        injury: patient.injuryAfterSeconds,
        death: patient.deathAfterSeconds,
      }),
      ...(patient.oxygenDebtSeconds > 0 ? { alarming: true } : {}),
    },
    {
      id: 'brain-injury',
      label: t('ui.instructor.live.brainInjury'),
      value: yesNo(t, patient.brainInjury),
      ...(patient.brainInjury ? { alarming: true } : {}),
    },
    {
      id: 'doses',
      label: t('ui.state.doses'),
      value: t('ui.instructor.live.dosesValue', { given: patient.dosesGiven, needed: patient.dosesNeeded }),
    },
    { id: 'ems', label: t('ui.state.ems'), value: emsText(scene, t) },
    {
      id: 'caller',
      label: t('ui.state.caller'),
      value: scene.callerPresent ? t('ui.instructor.live.callerPresent', { trust: scene.callerTrust }) : t('ui.state.callerLeft'),
    },
    ...(injuries ? [officer] : []),
  ];
}

/**
 * A change the engine logged in the state (src/engine/encounter/state-changes.ts): each value in
 * words (`log.states.breathing.none`), a number with its value (`log.states.caller_trust.number`).
 * A state this build has no words for still shows, as its id and value.
 */
function stateText(line: LogLine, t: Translate): string {
  const { value } = line.params;
  const raw = String(value);
  const key = `ui.instructor.log.states.${line.id}.${typeof value === 'number' ? 'number' : raw}`;
  return t(key, { value: raw, defaultValue: t('ui.instructor.log.state', { what: line.id, value: raw }) });
}

/** One line of the event log in words. */
export function logLineText(line: LogLine, t: Translate): string {
  switch (line.kind) {
    case 'action':
      return t(`ui.actions.${line.id}`, { defaultValue: line.id });
    case 'event':
      return injectLabel(t, line.id, line.params);
    case 'state':
      return stateText(line, t);
    case 'note':
      return t('ui.instructor.log.note', { text: String(line.params.text ?? '') });
  }
}

/** "Broken", "Missed", "Open: 00:45 left", "Open until the end". */
export function riskStatusText(risk: RuleAtRisk, t: Translate): string {
  if (risk.status !== 'open') return t(`ui.instructor.risk.${risk.status}`);
  return risk.secondsLeft !== undefined
    ? t('ui.instructor.risk.openDeadline', { time: formatClock(risk.secondsLeft) })
    : t('ui.instructor.risk.open');
}

/** The rubric's explanation for the verdict the rule has now, or would have if missed. */
export function riskExplanation(risk: RuleAtRisk, t: Translate): string {
  const values = { ...risk.values, defaultValue: '' };
  if (risk.status === 'open') {
    const ifMissed = t(`rules.${risk.id}.missed`, values);
    return ifMissed ? t('ui.instructor.risk.ifMissed', { text: ifMissed }) : '';
  }
  return t(`rules.${risk.id}.${risk.status}`, values);
}

/** What changed between two views, said once in the console's live region. */
export function announcements(previous: EncounterView | null, next: EncounterView | null, t: Translate): string[] {
  if (!next) return previous && !previous.ended ? [t('ui.instructor.announce.left')] : [];
  if (!previous || previous.scenarioId !== next.scenarioId || next.picks < previous.picks)
    return [t('ui.instructor.announce.started', { title: next.title })];
  const said: string[] = [];
  if (next.picks > previous.picks) said.push(t('ui.instructor.announce.picked', { count: next.picks }));
  if (next.paused !== previous.paused) said.push(t(next.paused ? 'ui.instructor.announce.paused' : 'ui.instructor.announce.resumed'));
  if (next.voteOpen !== previous.voteOpen && next.voteOpen) said.push(t('ui.instructor.announce.voteOpen'));
  const broken = next.atRisk.filter(
    (r) => r.status === 'violated' && !previous.atRisk.some((p) => p.id === r.id && p.status === 'violated'),
  );
  for (const rule of broken)
    said.push(t('ui.instructor.announce.broken', { rule: t(`rules.${rule.id}.title`, { defaultValue: rule.id }) }));
  // Counted by the projector, not in the log: the log sent is a sliding window of its latest lines.
  const added = next.instructorInputs - previous.instructorInputs;
  const byInstructor = next.log.filter((l) => l.origin === 'instructor');
  for (const line of added > 0 ? byInstructor.slice(-added) : [])
    said.push(t('ui.instructor.announce.logged', { what: logLineText(line, t) }));
  if (next.ended && !previous.ended) said.push(t('ui.instructor.announce.ended'));
  return said;
}
