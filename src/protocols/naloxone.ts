/**
 * Care at an overdose scene (PROTOCOLS.md, family `naloxone`): recognise, call EMS, give naloxone,
 * keep oxygen going, re-dose in the window, stay, hand over, and care for the person on waking.
 * Every timed rule counts from arrival on scene and uses the time an action starts.
 */
import type { Indexed } from '../engine/scoring/log-view.js';
import { at, defineRule, met, missed, notApplicable, violated, withValues, type Rule } from '../engine/scoring/rule.js';
import { after, before, durationOf, first, isNaloxoneDose, isPatientContact, waking } from './log-queries.js';
import { sources } from './sources.js';

const overdose = ['overdose'] as const;

/** PROTOCOLS.md: recognition (responsiveness and breathing both checked) within a minute of arrival. */
const RECOGNITION_SECONDS = 60;
/** PROTOCOLS.md: each stretch without breathing needs ventilation within a minute. */
const VENTILATION_WITHIN_SECONDS = 60;

export const sceneSafe = defineRule({
  id: 'OD-SCENE-SAFE',
  family: 'naloxone',
  severity: 'minor',
  kinds: overdose,
  trigger: 'there is hands-on contact with the patient',
  evaluate: ({ log }) => {
    const contact = log.first(isPatientContact);
    if (!contact) return notApplicable();
    const sizeUp = before(log.actions('scene_size_up'), contact.index)[0];
    return sizeUp ? met(sizeUp, contact) : missed(contact);
  },
  sources: [sources.bjaNaloxoneToolkit, sources.samhsaToolkit],
});

export const recognize = defineRule({
  id: 'OD-RECOGNIZE',
  family: 'naloxone',
  severity: 'major',
  kinds: overdose,
  evaluate: ({ log }) => {
    const folkRemedy = log.firstAction('folk_remedy');
    if (folkRemedy) return violated(folkRemedy);
    const responsiveness = log.firstAction('check_responsiveness');
    const breathing = log.firstAction('check_breathing');
    const inTime = (check: Indexed | undefined) => check !== undefined && log.sinceArrival(check.entry) <= RECOGNITION_SECONDS;
    const values = { limit: RECOGNITION_SECONDS };
    if (inTime(responsiveness) && inTime(breathing)) return withValues(met(responsiveness, breathing), values);
    return withValues(at(missed(responsiveness, breathing), log.arrivalTime() + RECOGNITION_SECONDS), values);
  },
  sources: [sources.samhsaToolkit, sources.ahaOpioidAlgorithm],
});

export const emsFirst = defineRule({
  id: 'OD-EMS-FIRST',
  family: 'naloxone',
  severity: 'critical',
  kinds: overdose,
  evaluate: ({ log, profile }) => {
    const limit = profile.timing.emsWithinSeconds;
    const call = log.firstAction('call_ems');
    if (!call) return withValues(at(missed(), log.arrivalTime() + limit), { limit });
    const delay = Math.max(0, log.sinceArrival(call.entry));
    return withValues(delay <= limit ? met(call) : violated(call), { delay, limit });
  },
  sources: [sources.samhsaToolkit, sources.ahaOpioidAlgorithm],
});

// PROTOCOLS.md: naloxone as soon as it is available, timed from arrival on scene.
export const naloxonePrompt = defineRule({
  id: 'OD-NALOXONE-PROMPT',
  family: 'naloxone',
  severity: 'critical',
  kinds: overdose,
  evaluate: ({ log, profile }) => {
    const limit = profile.timing.naloxoneWithinSeconds;
    const firstDose = first(log.actionsWhere(isNaloxoneDose));
    if (!firstDose) return withValues(at(missed(), log.arrivalTime() + limit), { limit });
    const delay = Math.max(0, log.sinceArrival(firstDose.entry));
    return withValues(delay <= limit ? met(firstDose) : violated(firstDose), { delay, limit });
  },
  sources: [sources.samhsaToolkit, sources.bjaNaloxoneToolkit, sources.naloxoneLabel, sources.tempeStudy],
});

export const oxygen = defineRule({
  id: 'OD-OXYGEN',
  family: 'naloxone',
  severity: 'major',
  kinds: overdose,
  trigger: 'the patient stops breathing',
  evaluate: ({ log }) => {
    const stretches = log.stretches('breathing', 'none');
    if (stretches.length === 0) return notApplicable();
    // CPR ventilates too, but the protocol asks for it only once the pulse is gone.
    const ventilations = log
      .actions('rescue_breathing', 'cpr')
      .filter(({ entry }) => entry.id !== 'cpr' || log.valueAt('pulse', entry.at) === false);
    const emsArrival = log.firstState('ems_on_scene', true);
    const evidence: Indexed[] = [];
    let decided = false;
    for (const stretch of stretches) {
      const startEntry = stretch.index !== undefined ? { index: stretch.index, entry: log.entries[stretch.index]! } : undefined;
      const waited = log.actions('wait').find((w) => w.entry.at >= stretch.start && (stretch.end === null || w.entry.at < stretch.end));
      if (waited) return withValues(violated(waited, startEntry), { limit: VENTILATION_WITHIN_SECONDS });
      const covering = ventilations.find(({ entry }) => {
        const inProgress = entry.at <= stretch.start && entry.at + durationOf(entry) > stretch.start;
        const soonEnough = entry.at >= stretch.start && entry.at - stretch.start <= VENTILATION_WITHIN_SECONDS;
        return inProgress || soonEnough;
      });
      const emsTookOver = emsArrival !== undefined && emsArrival.entry.at - stretch.start <= VENTILATION_WITHIN_SECONDS;
      // Breathing that came back within the limit needed no ventilation (met); a stretch the
      // encounter ended inside, before the limit, cannot be judged either way.
      const closedSoon = stretch.end !== null && stretch.end - stretch.start <= VENTILATION_WITHIN_SECONDS;
      const cutShort = stretch.end === null && log.endTime - stretch.start <= VENTILATION_WITHIN_SECONDS;
      if (covering) evidence.push(covering);
      else if (emsTookOver && emsArrival) evidence.push(emsArrival);
      else if (cutShort) continue;
      else if (!closedSoon)
        return withValues(at(violated(startEntry), stretch.start + VENTILATION_WITHIN_SECONDS), { limit: VENTILATION_WITHIN_SECONDS });
      decided = true;
    }
    if (!decided) return notApplicable();
    const firstStart = stretches[0]!;
    return withValues(at(met(...evidence), firstStart.start), { limit: VENTILATION_WITHIN_SECONDS });
  },
  sources: [sources.ahaOpioidAlgorithm, sources.samhsaToolkit],
});

export const redose = defineRule({
  id: 'OD-REDOSE',
  family: 'naloxone',
  severity: 'major',
  kinds: overdose,
  trigger: 'a further dose is given, or the patient is still unresponsive 300 s after the last dose',
  evaluate: ({ log, profile }) => {
    const { redoseMinSeconds: min, redoseMaxSeconds: max } = profile.timing;
    const values = { min, max };
    const doses = log.actionsWhere(isNaloxoneDose);
    if (doses.length === 0) return withValues(notApplicable(), values);
    for (let i = 1; i < doses.length; i++) {
      const gap = doses[i]!.entry.at - doses[i - 1]!.entry.at;
      if (gap < min) return withValues(violated(doses[i], doses[i - 1]), { ...values, gap });
    }
    const handoff = log.firstAction('handoff_to_ems');
    const stillUnresponsiveAt = (t: number) =>
      t <= log.endTime && log.valueAt('responsive', t) !== true && (!handoff || handoff.entry.at > t);
    for (let i = 0; i < doses.length; i++) {
      const dose = doses[i]!;
      const deadline = dose.entry.at + max;
      const next = doses[i + 1];
      const nextInTime = next !== undefined && next.entry.at <= deadline;
      if (!nextInTime && stillUnresponsiveAt(deadline)) return withValues(at(missed(dose), deadline), values);
    }
    if (doses.length === 1) return withValues(notApplicable(), values);
    return withValues(met(...doses.slice(1)), values);
  },
  sources: [sources.naloxoneLabel, sources.samhsaToolkit, sources.ahaOpioidAlgorithm],
});

export const recoveryPosition = defineRule({
  id: 'OD-RECOVERY-POSITION',
  family: 'naloxone',
  severity: 'minor',
  kinds: overdose,
  trigger: 'the patient breathes on their own while not fully awake',
  evaluate: ({ log }) => {
    const breathingChanges = log.stateChanges('breathing');
    const unresponsiveAndBreathing = [...breathingChanges, ...log.stateChanges('responsive')].find(({ entry }) => {
      const breathing = log.valueAt('breathing', entry.at);
      return (breathing === 'slow' || breathing === 'normal') && log.valueAt('responsive', entry.at) === false;
    });
    if (!unresponsiveAndBreathing) return notApplicable();
    const handoff = log.firstAction('handoff_to_ems');
    const position = log.actions('recovery_position').find((p) => !handoff || p.index < handoff.index);
    return position ? met(position) : at(missed(handoff), handoff?.entry.at ?? log.endTime);
  },
  sources: [sources.samhsaToolkit, sources.harmReductionCoalition],
});

export const stay = defineRule({
  id: 'OD-STAY',
  family: 'naloxone',
  severity: 'critical',
  kinds: overdose,
  trigger: 'EMS was called',
  evaluate: ({ log }) => {
    const called = log.firstState('ems_called', true);
    if (!called) return notApplicable();
    const emsOnScene = log.firstState('ems_on_scene', true);
    const leftEarly = log.actions('leave_scene').find((l) => !emsOnScene || l.index < emsOnScene.index);
    if (leftEarly) return violated(leftEarly);
    const handoff = log.firstAction('handoff_to_ems');
    return handoff ? met(handoff) : met(called);
  },
  sources: [sources.samhsaToolkit, sources.harmReductionCoalition, sources.naloxoneLabel],
});

export const handoff = defineRule({
  id: 'OD-HANDOFF',
  family: 'naloxone',
  severity: 'minor',
  kinds: overdose,
  trigger: 'EMS arrives',
  evaluate: ({ log }) => {
    const arrival = log.firstState('ems_on_scene', true);
    if (!arrival) return notApplicable();
    const handover = after(log.actions('handoff_to_ems'), arrival.index)[0];
    return handover ? met(handover) : at(missed(arrival), log.endTime);
  },
  sources: [sources.bjaNaloxoneToolkit, sources.samhsaToolkit],
});

export const withdrawalCare = defineRule({
  id: 'OD-WITHDRAWAL-CARE',
  family: 'naloxone',
  severity: 'major',
  kinds: overdose,
  trigger: 'the patient wakes',
  evaluate: ({ log }) => {
    const woke = waking(log);
    if (!woke) return notApplicable();
    const afterWaking = after(log.actions(), woke.index);
    const demeaned = afterWaking.find((a) => a.entry.id === 'demean');
    if (demeaned) return violated(demeaned);
    const threat = log.firstEvent('weapon_threat');
    const restrained = afterWaking.find((a) => a.entry.id === 'restrain' && (!threat || threat.index > a.index));
    if (restrained) return violated(restrained);
    const firstAction = afterWaking[0];
    if (firstAction?.entry.id === 'explain_what_happened') return met(firstAction);
    return firstAction ? missed(firstAction) : at(missed(woke), log.endTime);
  },
  sources: [sources.harmReductionCoalition, sources.naloxoneLabel],
});

export const refusal = defineRule({
  id: 'OD-REFUSAL',
  family: 'naloxone',
  severity: 'major',
  kinds: overdose,
  trigger: 'the story raises #event:transport_refused',
  evaluate: ({ log }) => {
    const refused = log.firstEvent('transport_refused');
    if (!refused) return notApplicable();
    const afterwards = after(log.actions(), refused.index);
    const pressed = afterwards.find((a) => a.entry.id === 'threaten_arrest' || a.entry.id === 'force_transport');
    if (pressed) return violated(pressed, refused);
    const respected = afterwards.find((a) => a.entry.id === 'respect_refusal');
    return respected ? met(respected, refused) : at(missed(refused), log.endTime);
  },
  sources: [sources.harmReductionCoalition, sources.bjaNaloxoneToolkit],
});

export const leaveKit = defineRule({
  id: 'OD-LEAVE-KIT',
  family: 'naloxone',
  severity: 'minor',
  kinds: overdose,
  profileCondition: { describe: 'the profile allows leave-behind kits', holds: (p) => p.leaveBehindAllowed },
  trigger: 'the patient wakes',
  evaluate: ({ log }) => {
    const woke = waking(log);
    if (!woke) return notApplicable();
    const kit = log.firstAction('leave_naloxone_kit');
    return kit ? met(kit) : at(missed(woke), log.endTime);
  },
  sources: [sources.harmReductionCoalition, sources.bjaNaloxoneToolkit],
});

export const fentanylNoDelay = defineRule({
  id: 'FENT-NO-DELAY',
  family: 'naloxone',
  severity: 'major',
  kinds: overdose,
  evaluate: ({ log }) => {
    const delay = log.firstAction('delay_for_exposure_fear');
    return delay ? violated(delay) : met();
  },
  sources: [sources.acmtFentanyl, sources.tempeStudy],
});

export const NALOXONE_RULES: readonly Rule[] = [
  sceneSafe,
  recognize,
  emsFirst,
  naloxonePrompt,
  oxygen,
  redose,
  recoveryPosition,
  stay,
  handoff,
  withdrawalCare,
  refusal,
  leaveKit,
  fentanylNoDelay,
];
