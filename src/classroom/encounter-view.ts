/**
 * What the projector tells the console about the running encounter: the live state the trainees do
 * not see, the choices with the actions they carry, the rules at risk and the event log.
 */
import type { LogEntry, Session } from '../engine/index.js';
import type { EncounterView, LogLine } from './messages.js';
import { rulesAtRisk } from './rules-at-risk.js';

/** The console shows the latest entries; an encounter's whole log stays in the attempt. */
const LOG_LINES_SENT = 400;

export interface EncounterFlags {
  readonly title: string;
  readonly timeFactor: number;
  readonly paused: boolean;
  readonly voteOpen: boolean;
  readonly ended: boolean;
}

function logLine(entry: LogEntry): LogLine {
  const note = entry.source.origin === 'instructor' ? entry.source.note : undefined;
  return {
    at: entry.at,
    kind: entry.kind,
    id: entry.id,
    params: { ...entry.params },
    origin: entry.source.origin,
    ...(note !== undefined ? { note } : {}),
  };
}

export function encounterView(session: Session, flags: EncounterFlags): EncounterView {
  const step = session.next();
  const { state } = step;
  const ended = flags.ended || step.ended;
  const { parameters } = session;
  return {
    scenarioId: session.manifest.id,
    title: flags.title,
    kind: session.manifest.kind,
    storyLocale: session.locale,
    mode: session.mode,
    timeFactor: flags.timeFactor,
    paused: flags.paused,
    voteOpen: flags.voteOpen && !ended,
    ended,
    elapsedSeconds: state.elapsedSeconds,
    patient: {
      breathing: state.breathing,
      responsive: state.responsive,
      pulse: state.pulse,
      dosesGiven: state.dosesGiven,
      dosesNeeded: parameters.dosesNeeded,
      oxygenDebtSeconds: state.oxygenDebtSeconds,
      injuryAfterSeconds: parameters.injuryAfterSeconds,
      deathAfterSeconds: parameters.deathAfterSeconds,
      brainInjury: state.brainInjury,
      dead: state.dead,
    },
    scene: {
      emsCalled: state.emsCalled,
      emsOnScene: state.emsOnScene,
      emsEtaMinutes: state.emsEtaMinutes,
      callerPresent: state.callerPresent,
      callerTrust: state.callerTrust,
      personTrust: state.personTrust,
      personAgitation: state.personAgitation,
      weaponIndicators: state.weaponIndicators,
      consentRefused: state.consentRefused,
      sspCardShown: state.sspCardShown,
      sharpsDisclosed: state.sharpsDisclosed,
      officerInjuries: [...state.officerInjuries],
    },
    choices: ended ? [] : step.choices.map((c) => ({ index: c.index, text: c.text.trim(), actions: c.actions.map((a) => a.action) })),
    picks: session.picks().length,
    instructorInputs: session.instructorInputs().length,
    injectable: [...parameters.injectableEvents],
    atRisk: rulesAtRisk(session.report(), ended),
    log: session.log().slice(-LOG_LINES_SENT).map(logLine),
  };
}
