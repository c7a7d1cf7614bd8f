/**
 * One run of the encounter on screen (a new version saved while playing starts another): the
 * narration with its sounds, the state panel, the choices, the banners, assess mode's clock and the
 * ending, all drawn from the play controller's view. Everything the trainee does is sent to it.
 */
import type { PlayEvent, PlayView, Told } from '../../play/controller.js';
import { h } from '../../kit/dom.js';
import { scenarioTitle } from '../../kit/scenario-text.js';
import { createStatePanel } from '../../kit/state-panel.js';
import { saveProblemText } from '../attempts.js';
import { followSceneSounds } from '../audio/scene-sounds.js';
import { soundControls } from '../audio/sound-controls.js';
import { createStoryAudio } from '../audio/story-sounds.js';
import { patientSigns } from '../patient-signs.js';
import { playNoteText } from '../play-notes.js';
import type { ScreenServices } from '../screen.js';
import { sayPerceivedChanges } from '../state-changes-said.js';
import { createChoiceList } from './choice-list.js';
import { createClockControls } from './clock-controls.js';
import { createEncounterEnding } from './encounter-ending.js';
import { createNarrationLog } from './narration-log.js';

export interface EncounterRun {
  readonly root: HTMLElement;
  update(view: PlayView): void;
  /** Where focus starts: Resume when the clock waits for the trainee, else the first choice. */
  focusStart(): void;
  dispose(): void;
}

export interface RunOptions {
  readonly heading: HTMLElement;
  readonly send: (event: PlayEvent) => void;
  /** Opens the encounter's menu (resume, restart, quit). */
  readonly menuButton?: HTMLElement;
  /** The projector of a class run from a console: its banner and the way back to the console. */
  readonly classroom?: { readonly reopenLink: HTMLElement };
}

const isBatch = (told: Told): told is Extract<Told, { kind: 'batch' }> => told.kind === 'batch';

export function drawRun(first: PlayView, services: ScreenServices, options: RunOptions): EncounterRun {
  const { t, context } = services;
  const session = first.session!;
  const { heading, send } = options;
  heading.textContent = scenarioTitle(session.manifest, session.locale);
  heading.lang = session.locale;
  const mode = session.mode;

  const narration = createNarrationLog(t, session.locale, context.settings.locale);
  // Every sound is captioned. Lines replayed or resumed are not all played at once: the scene's ambience resumes.
  const storyAudio = createStoryAudio(session.manifest.kind, services.sound, t);
  // The clock can bring EMS between picks: its siren is heard and captioned like a story's sounds.
  const sceneSounds = followSceneSounds(session.state(), services.sound, t);
  const tell = (told: Told, quietly = false): void => {
    if (told.kind === 'note') narration.addNote(playNoteText(told.note, t));
    else narration.addBatch(told.lines, told.pickText, storyAudio.tell(told.lines, { quietly }));
  };
  const quietly = first.told.filter(isBatch).length > 1;
  for (const told of first.told) tell(told, quietly);
  if (quietly) storyAudio.resumeAmbience();

  const statePanel = createStatePanel(t, (state) => patientSigns(state, t));
  // On a short laptop screen the panel scrolls under the picture: a keyboard must be able to scroll it too.
  statePanel.root.tabIndex = 0;
  // The panel is redrawn, not read out: what the officer notices change on scene (the clock alone can wake a patient) is said here.
  const stateChange = h('div', { class: 'state-change', attrs: { role: 'status' } });
  const hint = h('div', { class: 'hint', attrs: { role: 'status' } });
  const choices = createChoiceList(session.locale, (index) => send({ type: 'pick', index }));
  const choicesSection = h('section', { class: 'choices', attrs: { 'aria-labelledby': 'choices-heading' } }, [
    h('h2', { id: 'choices-heading' }, t('ui.encounter.choices')),
    h('p', { class: 'help' }, t('ui.encounter.choicesHelp')),
    choices.root,
  ]);
  const ending = createEncounterEnding(services);
  // Instructor-led mode: says when the instructor has paused or is taking the class's vote.
  const classBanner = h('p', { class: 'class-banner', attrs: { role: 'status' } });
  const saveStatus = h('p', { class: 'save-status', attrs: { role: 'status' } });
  const clock = mode === 'assess' ? createClockControls(t, send) : undefined;

  const root = h('div', { class: 'encounter-layout' }, [
    h('div', { class: 'scene-side' }, [statePanel.root]),
    h('div', { class: 'card story' }, [
      h('div', { class: 'story-head' }, [
        heading,
        h('div', { class: 'story-tools' }, [options.menuButton, clock?.root]),
        soundControls(services, { idPrefix: 'encounter-', withHelp: false }),
      ]),
      h('h2', { id: 'narration-heading', class: 'visually-hidden' }, t('ui.encounter.narration')),
      narration.root,
      stateChange,
      hint,
      classBanner,
      options.classroom?.reopenLink,
      choicesSection,
      ending.root,
      saveStatus,
    ]),
  ]);
  const stopFollowing = services.bridge.follow(session);

  let before: PlayView | undefined;
  let toldShown = first.told.length;
  const update = (view: PlayView): void => {
    const step = view.step!;
    const fresh = view.told.slice(toldShown);
    toldShown = view.told.length;
    const pick = fresh.filter(isBatch).find((told) => told.pickText !== undefined);
    // What changed before this pick is old news; what the pick changes is said afresh.
    if (pick) stateChange.replaceChildren();
    for (const told of fresh) tell(told);
    if (before && step.state !== before.step?.state) {
      // A pick's own change is heard after its lines are shown, so its caption follows the pick.
      const heard = sceneSounds.hear(step.state, pick?.lines);
      if (heard) narration.addBatch(heard.lines, undefined, heard.captions);
      const said = sayPerceivedChanges(before.step!.state, step.state, t);
      if (said !== '') stateChange.replaceChildren(h('p', {}, said));
    }
    statePanel.update(step.state);
    if (pick && mode === 'learn')
      hint.replaceChildren(
        ...view.hints.map((rule) =>
          h('p', {}, [h('strong', {}, `${t('ui.encounter.hint')}: `), t(`rules.${rule.id}.violated`, { ...rule.values })]),
        ),
      );
    if (step !== before?.step) choices.show(step.choices);
    const finished = view.status === 'finished';
    const waiting = view.clock === 'paused' || view.held;
    choicesSection.hidden = finished || waiting || step.choices.length === 0;
    ending.show(view);
    clock?.show(view, context.plan?.timeFactor ?? 1);
    classBanner.textContent =
      !options.classroom || finished
        ? ''
        : waiting
          ? t('ui.instructor.projector.paused')
          : view.voting
            ? t('ui.instructor.projector.voteOpen')
            : '';
    const problem = view.saveProblem === undefined ? '' : saveProblemText(view.saveProblem, t);
    if (saveStatus.textContent !== problem) saveStatus.textContent = problem;

    const wasWaiting = before !== undefined && (before.clock === 'paused' || before.held);
    if (before && finished && before.status !== 'finished') ending.focus();
    else if (!finished && ((pick && before) || (wasWaiting && !waiting))) choices.first()?.focus();
    narration.scrollToEnd();
    before = view;
  };
  update(first);

  return {
    root,
    update,
    focusStart() {
      narration.scrollToEnd();
      if (before?.status === 'finished') ending.focus();
      else (before?.clock === 'paused' ? clock?.button : (choices.first() ?? heading))?.focus();
    },
    dispose() {
      stopFollowing();
      services.sound.stop();
    },
  };
}
