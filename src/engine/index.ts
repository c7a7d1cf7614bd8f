/** The headless engine's public surface: what the game, the command-line tools and the tests use. */
export { createSession, restoreSession, choiceCosts, drawVariant, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './session.js';
export { replay } from './replay.js';
export type { RecordedPick, RecordedPlay, ReplayReport } from './replay.js';
export type {
  Choice,
  InstructorInput,
  Line,
  PickRecord,
  Session,
  SessionListener,
  SessionOptions,
  SessionSnapshot,
  Step,
} from './session.js';
export type { ObservableState } from './encounter/observe.js';
export type { ScoreReport, RuleResult, PassCondition } from './scoring/report.js';
export { SEVERITIES, VERDICTS, MODES, bySeverity } from './scoring/scales.js';
export type { Severity, VerdictKind, Mode } from './scoring/scales.js';
export { validateProfile, profileText } from './scoring/profile.js';
export type { Profile, ProfileText, ProfileProblem, ProfileValidation } from './scoring/profile.js';
export { buildReport, evaluateRules, failedConditionsOfReport, PASS_CONDITIONS, rubricVersionOf } from './scoring/report.js';
export { WITHDRAWAL_ORDER } from './encounter/physiology.js';
export { PARAMETER_DEFAULTS, resolveParameters } from './scenario/parameters.js';
export type { ScenarioParameters } from './scenario/parameters.js';
export type { Outcome, PatientOutcome } from './scoring/outcomes.js';
export type { EventLog, LogEntry, LogKind, LogSource } from './log.js';
export { describeSource, LOG_KINDS, LOG_ORIGINS } from './log.js';
export { BREATHINGS } from './encounter/physiology.js';
export { BREATHS_PER_MINUTE, type Hypoxia } from './encounter/signs.js';
export type { ScenarioBundle } from './scenario/bundle.js';
export type { ScenarioManifest, ScenarioKind, ProtocolFamily } from './scenario/manifest.js';
export { validateManifest, localized, PROTOCOL_FAMILIES, SCENARIO_KINDS } from './scenario/manifest.js';
export type { CompiledStory } from './story/compiled-story.js';
export type { Diagnostic } from './diagnostics.js';
export { ScenarioError, formatDiagnostic } from './diagnostics.js';
export { RunawayStoryError, STEP_BUDGET, CALL_DEPTH_LIMIT } from './story/runaway.js';
export type { Runaway, RunawayKind } from './story/runaway.js';
export { ACTIONS, actionDefinition, isActionId } from './vocabulary/actions.js';
export type { ActionId } from './vocabulary/actions.js';
export { STORY_EVENTS } from './vocabulary/events.js';
export type { StoryEventId } from './vocabulary/events.js';
export type { ActionRef, EventParams } from './story/parse-tag.js';
