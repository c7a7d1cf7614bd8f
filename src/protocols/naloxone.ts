/**
 * Care at an overdose scene (docs/protocols.md, family `naloxone`): recognise, call EMS, give
 * naloxone, keep oxygen going, re-dose in the window, stay, hand over, and care for the person on
 * waking. Every timed rule counts from arrival on scene and uses the time an action starts. Care
 * rules count only actions on the patient (`target=patient` or none).
 */
import type { Indexed, LogView, Stretch } from '../engine/scoring/log-view.js';
import { at, defineRule, met, missed, notApplicable, violated, withValues, type Rule, type Verdict } from '../engine/scoring/rule.js';
import {
  after,
  before,
  durationOf,
  first,
  isNaloxoneDose,
  isOnPatient,
  isPatientContact,
  isVentilation,
  unjustifiedForce,
  waking,
} from './log-queries.js';
import { sources } from './sources.js';

const overdose = ['overdose'] as const;

/** Recognition (responsiveness and breathing both checked) within a minute of arrival. */
const RECOGNITION_SECONDS = 60;
/** Each stretch without adequate breathing needs ventilation within a minute. */
const VENTILATION_WITHIN_SECONDS = 60;
/** Breathing still slow this long after the first dose started needs ventilation too. */
const SLOW_AFTER_FIRST_DOSE_SECONDS = 60;

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
    const onPatient = (id: 'folk_remedy' | 'check_responsiveness' | 'check_breathing') =>
      log.actionsWhere((e) => e.id === id && isOnPatient(e))[0];
    const folkRemedy = onPatient('folk_remedy');
    if (folkRemedy) return violated(folkRemedy);
    const responsiveness = onPatient('check_responsiveness');
    const breathing = onPatient('check_breathing');
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
    const call = log.actionsWhere((e) => e.id === 'call_ems' && isOnPatient(e))[0];
    if (!call) return withValues(at(missed(), log.arrivalTime() + limit), { limit });
    const delay = Math.max(0, log.sinceArrival(call.entry));
    return withValues(delay <= limit ? met(call) : violated(call), { delay, limit });
  },
  sources: [sources.samhsaToolkit, sources.ahaOpioidAlgorithm],
});

// Naloxone as soon as it is available, timed from arrival on scene.
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

/** A stretch of inadequate breathing that needs ventilation: none at all, or still slow after naloxone. */
interface OxygenStretch extends Stretch {
  readonly breathing: 'none' | 'slow';
  /** What began it: the change of breathing, or the first dose a slow stretch is counted from. */
  readonly cause?: Indexed;
}

/**
 * The stretches OD-OXYGEN judges: every stretch of no breathing, and every stretch of slow breathing
 * from 60 s after the first dose (a slow stretch starts at the later of that moment and its onset).
 */
function oxygenStretches(log: LogView): OxygenStretch[] {
  const change = (stretch: Stretch): Indexed | undefined =>
    stretch.index !== undefined ? { index: stretch.index, entry: log.entries[stretch.index]! } : undefined;
  const none = log.stretches('breathing', 'none').map((s): OxygenStretch => ({ ...s, breathing: 'none', cause: change(s) }));
  const firstDose = first(log.actionsWhere(isNaloxoneDose));
  const slow: OxygenStretch[] = [];
  if (firstDose) {
    const from = firstDose.entry.at + SLOW_AFTER_FIRST_DOSE_SECONDS;
    for (const stretch of log.stretches('breathing', 'slow')) {
      if (stretch.end !== null && stretch.end <= from) continue;
      const clipped = stretch.start < from;
      slow.push({ ...stretch, start: clipped ? from : stretch.start, breathing: 'slow', cause: clipped ? firstDose : change(stretch) });
    }
  }
  return [...none, ...slow].sort((a, b) => a.start - b.start);
}

type StretchJudgement = { readonly kind: 'covered'; readonly by: Indexed } | { readonly kind: 'undecided' } | Verdict;

function judgeStretch(log: LogView, stretch: OxygenStretch, ventilations: readonly Indexed[]): StretchJudgement {
  const startEntry = stretch.cause;
  const within = (t: number) => t >= stretch.start && (stretch.end === null || t < stretch.end);
  if (stretch.breathing === 'none') {
    const waited = log.actions('wait').find((w) => within(w.entry.at));
    if (waited) return violated(waited, startEntry);
  }
  const covering = ventilations.find(({ entry }) => {
    const inProgress = entry.at <= stretch.start && entry.at + durationOf(entry) > stretch.start;
    const soonEnough = entry.at >= stretch.start && entry.at - stretch.start <= VENTILATION_WITHIN_SECONDS;
    return inProgress || soonEnough;
  });
  if (covering) return { kind: 'covered', by: covering };
  // EMS on scene, or arriving within the minute, have the airway: the stretch is theirs.
  const emsArrival = log.firstState('ems_on_scene', true);
  if (emsArrival && emsArrival.entry.at - stretch.start <= VENTILATION_WITHIN_SECONDS) return { kind: 'covered', by: emsArrival };
  const deadline = stretch.start + VENTILATION_WITHIN_SECONDS;
  // Breathing that came back within the minute needed no ventilation; a stretch the encounter ended
  // inside, before its minute was up, cannot be judged either way.
  if (stretch.end !== null && stretch.end <= deadline) return { kind: 'undecided' };
  if (stretch.end === null && log.endTime <= deadline) return { kind: 'undecided' };
  const verdict = stretch.breathing === 'none' ? violated(startEntry) : missed(startEntry);
  return at(verdict, deadline);
}

export const oxygen = defineRule({
  id: 'OD-OXYGEN',
  family: 'naloxone',
  severity: 'major',
  kinds: overdose,
  trigger: 'the patient stops breathing, or still breathes slowly a minute after the first naloxone dose',
  evaluate: ({ log }) => {
    const stretches = oxygenStretches(log);
    const values = { limit: VENTILATION_WITHIN_SECONDS };
    if (stretches.length === 0) return withValues(notApplicable(), values);
    const ventilations = log.actionsWhere(isVentilation);
    const judgements = stretches.map((stretch) => judgeStretch(log, stretch, ventilations));
    const verdicts = judgements.filter((j): j is Verdict => 'verdict' in j);
    const worst = verdicts.find((v) => v.verdict === 'violated') ?? verdicts.find((v) => v.verdict === 'missed');
    if (worst) return withValues(worst, values);
    const covered = judgements.flatMap((j) => ('kind' in j && j.kind === 'covered' ? [j.by] : []));
    if (covered.length === 0) return withValues(notApplicable(), values);
    return withValues(at(met(...covered), stretches[0]!.start), values);
  },
  sources: [sources.ahaOpioidAlgorithm, sources.samhsaToolkit],
});

export const redose = defineRule({
  id: 'OD-REDOSE',
  family: 'naloxone',
  severity: 'major',
  kinds: overdose,
  trigger: 'a further dose is given, or breathing is still not normal 300 s after the last dose',
  evaluate: ({ log, profile }) => {
    const { redoseMinSeconds: min, redoseMaxSeconds: max } = profile.timing;
    const values = { min, max };
    const doses = log.actionsWhere(isNaloxoneDose);
    if (doses.length === 0) return withValues(notApplicable(), values);
    for (let i = 1; i < doses.length; i++) {
      const dose = doses[i]!;
      const gap = dose.entry.at - doses[i - 1]!.entry.at;
      if (gap < min) return withValues(violated(dose, doses[i - 1]), { ...values, gap });
      // Stacking on a patient who breathes but does not wake brings withdrawal, not waking.
      if (log.valueAt('breathing', dose.entry.at) === 'normal') return withValues(violated(dose), { ...values, gap, breathing: 'normal' });
    }
    const handoff = log.firstAction('handoff_to_ems');
    const stillNotBreathingAt = (t: number) =>
      t <= log.endTime && log.valueAt('breathing', t) !== 'normal' && (!handoff || handoff.entry.at > t);
    for (let i = 0; i < doses.length; i++) {
      const dose = doses[i]!;
      const deadline = dose.entry.at + max;
      const next = doses[i + 1];
      const nextInTime = next !== undefined && next.entry.at <= deadline;
      if (!nextInTime && stillNotBreathingAt(deadline)) return withValues(at(missed(dose), deadline), values);
    }
    if (doses.length === 1) return withValues(notApplicable(), values);
    return withValues(met(...doses.slice(1)), values);
  },
  sources: [sources.naloxoneLabel, sources.samhsaToolkit, sources.ahaOpioidAlgorithm],
});

/** The pick an action was made at. */
function pickOf({ entry }: Indexed): number | undefined {
  return entry.source.origin === 'choice' ? entry.source.pick : undefined;
}

/**
 * The officer's picks while the patient breathes normally but is not awake, before EMS is on scene:
 * the window the recovery position is for.
 */
function breathingButNotAwakePicks(log: LogView) {
  return log
    .picks()
    .filter(
      ({ at: t }) =>
        log.valueAt('breathing', t) === 'normal' &&
        log.valueAt('responsive', t) === false &&
        log.valueAt('dead', t) !== true &&
        log.valueAt('ems_on_scene', t) !== true,
    );
}

export const recoveryPosition = defineRule({
  id: 'OD-RECOVERY-POSITION',
  family: 'naloxone',
  severity: 'minor',
  kinds: overdose,
  trigger: 'the officer has a pick while the patient breathes normally but is not awake',
  evaluate: ({ log }) => {
    const window = breathingButNotAwakePicks(log);
    const firstPick = window[0];
    if (!firstPick) return notApplicable();
    const rolls = log.actionsWhere((e) => e.id === 'recovery_position' && isOnPatient(e));
    const rolledAt = (pick: number) => rolls.find((r) => pickOf(r) === pick);
    const rolledNow = rolledAt(firstPick.pick);
    if (rolledNow) return met(rolledNow);
    // Rolled earlier and not turned onto the back again for breaths or CPR since.
    const beforeWindow = (i: Indexed) => (pickOf(i) ?? Infinity) < firstPick.pick;
    const earlier = rolls.filter(beforeWindow).at(-1);
    const turnedBack = earlier !== undefined && log.actionsWhere(isVentilation).some((v) => v.index > earlier.index && beforeWindow(v));
    if (earlier && !turnedBack) return met(earlier);
    const rolledNext = rolledAt(firstPick.pick + 1);
    if (rolledNext) return met(rolledNext);
    const nextPick = log.picks().find((p) => p.pick === firstPick.pick + 1);
    return at(missed(), nextPick?.at ?? log.endTime);
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
    const afterWaking = after(log.actionsWhere(isOnPatient), woke.index);
    const demeaned = afterWaking.find((a) => a.entry.id === 'demean');
    if (demeaned) return violated(demeaned);
    const forced = after(unjustifiedForce(log, isOnPatient), woke.index)[0];
    if (forced) return violated(forced);
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
    const afterwards = after(log.actionsWhere(isOnPatient), refused.index);
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
