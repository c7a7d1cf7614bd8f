/**
 * The encounter: narration, choices, the observable state, and in assess mode a clock that runs with
 * real time (through the injected TimeSource) and a pause. Learn mode explains each newly violated
 * rule straight after the pick that broke it.
 */
import type { ScoreReport, Session, Step } from '../../engine/index.js';
import { loadScenario } from '../../game/catalogue.js';
import type { Profile } from '../../engine/scoring/profile.js';
import { recordAttempt, type AttemptFacts } from '../../storage/attempt-recorder.js';
import { pickLineStartsOf } from '../../storage/narration-so-far.js';
import { continuationFacts, resumeAttempt, retiringOnFirstSave } from '../../storage/resume-attempt.js';
import { startAssessClock, type AssessClock } from '../assess-clock.js';
import { attemptFactsFor, saveProblemText } from '../attempts.js';
import { soundControls } from '../audio/sound-controls.js';
import { followSceneSounds } from '../audio/scene-sounds.js';
import { createStoryAudio } from '../audio/story-sounds.js';
import { createChoiceList } from '../components/choice-list.js';
import { createNarrationLog } from '../components/narration-log.js';
import { createStatePanel } from '../../kit/state-panel.js';
import { continueOnNewVersion } from '../continue-on-new-version.js';
import { h } from '../../kit/dom.js';
import type { EncounterPlan } from '../flow.js';
import { newlyViolated } from '../learn-hints.js';
import { followScenarioEdits } from '../live-reload.js';
import { patientSigns } from '../patient-signs.js';
import { scenarioTitle } from '../../kit/scenario-text.js';
import type { Screen, ScreenServices } from '../screen.js';
import { startSession } from '../start-session.js';
import { sayStateChanges } from '../state-changes-said.js';
import { classroomProjector, type FollowedEncounter } from '../../classroom/projector.js';
import { reopenConsoleLink } from '../../classroom/open-console.js';

/** Keys 1-9 pick, unless the trainee is typing in a field or holding a modifier. */
function pickedNumber(event: KeyboardEvent): number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return undefined;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, select, textarea, [contenteditable="true"]')) return undefined;
  return /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : undefined;
}

interface Running {
  readonly session: Session;
  readonly storyLocale: string;
}

export function encounterScreen(services: ScreenServices): Screen {
  const { t, context } = services;
  const plan = context.plan;
  const heading = h('h1', { id: 'encounter-heading', attrs: { tabindex: -1 } }, t('ui.encounter.heading'));
  const body = h('div', { class: 'encounter-body' }, [
    h('div', { class: 'card' }, [heading, h('p', { class: 'loading', attrs: { role: 'status' } }, t('ui.loading'))]),
  ]);
  const root = h('section', { class: 'screen screen-encounter', attrs: { 'aria-labelledby': 'encounter-heading' } }, [body]);
  const cleanups: (() => void)[] = [];
  let disposed = false;
  // One attempt per screen, saved under the same id however often the encounter restarts.
  let facts: AttemptFacts | undefined;
  // An attempt carried on to a new version is saved as a new one; the old one goes once that is kept.
  const continued = plan?.continueOnNewVersion?.attempt;
  const saveAttempt = continued
    ? retiringOnFirstSave(services.attempts.save, services.attempts.discard, continued.id)
    : services.attempts.save;

  const fail = (reason: string): void => {
    body.replaceChildren(
      h('div', { class: 'card' }, [
        heading,
        h('p', { attrs: { role: 'alert' } }, t('ui.briefing.loadFailed', { reason })),
        h(
          'button',
          { class: 'secondary', attrs: { type: 'button' }, on: { click: () => services.send({ type: 'open scenarios' }) } },
          t('ui.briefing.back'),
        ),
      ]),
    );
    heading.focus();
  };

  const entry = services.catalogue.scenarios.find((s) => s.id === plan?.scenarioId);
  const profile = services.catalogue.profiles.find((p) => p.id === plan?.profileId) ?? services.catalogue.profiles[0];
  if (!plan || !entry?.ok || !profile) {
    queueMicrotask(() => fail(plan?.scenarioId ?? '?'));
  } else {
    void loadScenario(entry.manifest).then(
      ({ bundle, failed }) => {
        if (disposed) return;
        if (Object.keys(bundle.stories).length === 0) {
          fail(`${t('ui.briefing.storyMissing')} (${failed.join(', ')})`);
          return;
        }
        try {
          const { resume } = plan;
          if (continued) {
            const continuation = continueOnNewVersion(continued, plan, bundle, profile, t);
            facts = continuationFacts(continued, continuation.picksKept, services.attempts.newId, plan.timeFactor);
            play(plan, profile, continuation.start, continuation.note);
          } else
            play(plan, profile, (onBatch) =>
              resume ? resumeAttempt(resume.attempt, bundle, onBatch) : startSession(plan, bundle, profile, onBatch),
            );
        } catch (error) {
          fail(error instanceof Error ? error.message : String(error));
        }
      },
      (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
    );
  }

  function play(
    plan: EncounterPlan,
    profile: Profile,
    start: (onBatch: Parameters<typeof startSession>[3]) => Session,
    note?: string,
  ): void {
    const pending: { lines: Step['lines']; pickText?: string }[] = [];
    const session = start((lines, pickText) => pending.push(pickText === undefined ? { lines } : { lines, pickText }));
    const running: Running = { session, storyLocale: session.locale };
    const manifest = session.manifest;
    heading.textContent = scenarioTitle(manifest, running.storyLocale);
    heading.lang = running.storyLocale;

    const narration = createNarrationLog(t, running.storyLocale, context.settings.locale);
    // Every sound is captioned. Lines replayed or resumed are not all played at once: the scene's ambience resumes.
    const storyAudio = createStoryAudio(manifest.kind, services.sound, t);
    const quietly = pending.length > 1;
    for (const batch of pending) narration.addBatch(batch.lines, batch.pickText, storyAudio.tell(batch.lines, { quietly }));
    if (quietly) storyAudio.resumeAmbience();
    // The clock can bring EMS between picks: its siren is heard and captioned like a story's sounds.
    const sceneSounds = followSceneSounds(session.state(), services.sound, t);
    const hearScene = (state: Step['state'], told?: Step['lines']): void => {
      const heard = sceneSounds.hear(state, told);
      if (heard) narration.addBatch(heard.lines, undefined, heard.captions);
    };
    // A pick's own change is heard after its lines are shown, so its caption follows the pick.
    let choosing = false;
    cleanups.push(() => services.sound.stop());
    const replayed = plan.replay?.picks.length;
    if (replayed !== undefined)
      narration.addNote(replayed === 0 ? t('ui.encounter.replayedNone') : t('ui.encounter.replayed', { count: replayed }));
    if (note !== undefined) narration.addNote(note);
    if (plan.resume) narration.addNote(t('ui.storage.resumedNote'));

    const statePanel = createStatePanel(t, (state) => patientSigns(state, t));
    // The panel is redrawn, not read out: what changes on scene (the clock alone can stop a patient's breathing) is said here.
    const stateChange = h('div', { class: 'state-change', attrs: { role: 'status' } });
    const hint = h('div', { class: 'hint', attrs: { role: 'status' } });
    const choices = createChoiceList(running.storyLocale, (index) => pick(index));
    const choicesSection = h('section', { class: 'choices', attrs: { 'aria-labelledby': 'choices-heading' } }, [
      h('h2', { id: 'choices-heading' }, t('ui.encounter.choices')),
      h('p', { class: 'help' }, t('ui.encounter.choicesHelp')),
      choices.root,
    ]);
    const ending = h('div', { class: 'ending', attrs: { hidden: true } });
    // Instructor-led mode: says when the instructor has paused or is taking the class's vote.
    const classBanner = h('p', { class: 'class-banner', attrs: { role: 'status' } });
    const reopenConsole = classroomProjector().active ? reopenConsoleLink(t) : null;
    const saveStatus = h('p', { class: 'save-status', attrs: { role: 'status' } });
    const clockStatus = h('p', { class: 'clock-status', attrs: { role: 'status' } });
    // The label says what the button will do (Pause or Resume), so it is not also a toggle with aria-pressed.
    const pauseButton = h(
      'button',
      { id: 'pause', class: 'secondary', attrs: { type: 'button' }, on: { click: () => togglePause() } },
      t('ui.encounter.pause'),
    );

    body.replaceChildren(
      h('div', { class: 'encounter-layout' }, [
        h('div', { class: 'scene-side' }, [statePanel.root]),
        h('div', { class: 'card story' }, [
          h('div', { class: 'story-head' }, [
            heading,
            plan.mode === 'assess' ? h('div', { class: 'clock-controls' }, [clockStatus, pauseButton]) : null,
            soundControls(services, { idPrefix: 'encounter-', withHelp: false }),
          ]),
          h('h2', { id: 'narration-heading', class: 'visually-hidden' }, t('ui.encounter.narration')),
          narration.root,
          stateChange,
          hint,
          classBanner,
          reopenConsole,
          choicesSection,
          ending,
          saveStatus,
        ]),
      ]),
    );

    cleanups.push(services.bridge.follow(session));
    let stateBefore = session.state();
    cleanups.push(
      session.subscribe((step) => {
        statePanel.update(step.state);
        const said = sayStateChanges(stateBefore, step.state, t);
        stateBefore = step.state;
        if (!choosing) hearScene(step.state);
        if (said !== '') stateChange.replaceChildren(h('p', {}, said));
      }),
    );
    statePanel.update(session.state());
    const recorder = recordAttempt({
      session,
      facts: (facts ??= attemptFactsFor(plan, context.settings.traineeCode, services.attempts.newId)),
      pickLineStarts: pickLineStartsOf(pending),
      save: saveAttempt,
      onSaved: (error) => {
        const text = error === undefined ? '' : saveProblemText(error, t);
        if (saveStatus.textContent !== text) saveStatus.textContent = text;
      },
    });
    cleanups.push(() => recorder.stop());
    // The picks kept from the old attempt are saved at once, so the title offers the new attempt, not both.
    if (continued) recorder.saveProgress();
    const saveWhenLeaving = (event: Event): void => {
      if (event.type === 'pagehide' || document.hidden) recorder.saveProgress();
    };
    document.addEventListener('visibilitychange', saveWhenLeaving);
    window.addEventListener('pagehide', saveWhenLeaving);
    cleanups.push(() => {
      document.removeEventListener('visibilitychange', saveWhenLeaving);
      window.removeEventListener('pagehide', saveWhenLeaving);
    });

    let lastReport: ScoreReport | undefined = plan.mode === 'learn' ? session.report() : undefined;
    let clock: AssessClock | undefined;
    let finished = false;
    // Instructor-led mode: a pause in learn mode (no clock to stop), a vote that holds the trainees' picks.
    let heldByInstructor = false;
    let classVoteOpen = false;
    let classroom: FollowedEncounter | undefined;

    const showStep = (step: Step): void => {
      if (step.ended) {
        finish();
        return;
      }
      choices.show(step.choices);
      if (step.choices.length === 0) {
        choicesSection.hidden = true;
        ending.hidden = false;
        ending.replaceChildren(
          h('p', { attrs: { role: 'alert' } }, t('ui.encounter.noChoices')),
          h(
            'button',
            { class: 'secondary', attrs: { type: 'button' }, on: { click: () => services.send({ type: 'open scenarios' }) } },
            t('ui.briefing.back'),
          ),
        );
      }
    };

    const finish = (): void => {
      if (finished) return;
      finished = true;
      clock?.stop();
      choicesSection.hidden = true;
      clockStatus.textContent = '';
      pauseButton.hidden = true;
      const attempt = recorder.finish();
      const toDebrief = h(
        'button',
        {
          id: 'to-debrief',
          class: 'primary',
          attrs: { type: 'button' },
          on: { click: () => services.send({ type: 'finished', attemptId: attempt.id }) },
        },
        t('ui.encounter.toDebrief'),
      );
      ending.replaceChildren(h('p', {}, t('ui.encounter.ended')), toDebrief);
      ending.hidden = false;
      toDebrief.focus();
    };

    const pick = (index: number, byInstructor?: { readonly vote: Readonly<Record<number, number>> | undefined }): void => {
      if (finished || clock?.paused || heldByInstructor || (classVoteOpen && !byInstructor)) return;
      const choice = session.next().choices.find((c) => c.index === index);
      if (!choice) return;
      // What changed before this pick is old news; what the pick changes is said afresh.
      stateChange.replaceChildren();
      choosing = true;
      let step: Step;
      try {
        step = session.choose(index, byInstructor?.vote ? { vote: byInstructor.vote } : {});
      } finally {
        choosing = false;
      }
      narration.addBatch(step.lines, choice.text.trim(), storyAudio.tell(step.lines));
      hearScene(step.state, step.lines);
      if (lastReport) {
        const report = session.report();
        const broken = newlyViolated(lastReport, report);
        lastReport = report;
        hint.replaceChildren(
          ...broken.map((rule) =>
            h('p', {}, [h('strong', {}, `${t('ui.encounter.hint')}: `), t(`rules.${rule.id}.violated`, { ...rule.values })]),
          ),
        );
      }
      showStep(step);
      narration.scrollToEnd();
      if (!finished) choices.first()?.focus();
    };

    const togglePause = (): void => {
      if (!clock || finished) return;
      if (clock.paused) clock.resume();
      else clock.pause();
      showClockState();
      if (!clock.paused) choices.first()?.focus();
    };

    const showClockState = (): void => {
      if (!clock) return;
      pauseButton.textContent = clock.paused ? t('ui.encounter.resume') : t('ui.encounter.pause');
      clockStatus.textContent = clock.paused ? t('ui.encounter.paused') : t('ui.encounter.clockRunning', { factor: plan.timeFactor });
      choicesSection.hidden = clock.paused || finished;
      showClassBanner();
      classroom?.changed();
    };

    const showClassBanner = (): void => {
      const paused = heldByInstructor || (clock?.paused ?? false);
      classBanner.textContent = finished
        ? ''
        : paused
          ? t('ui.instructor.projector.paused')
          : classVoteOpen
            ? t('ui.instructor.projector.voteOpen')
            : '';
    };

    const onKey = (event: KeyboardEvent): void => {
      const index = pickedNumber(event);
      const choice = index === undefined ? undefined : session.next().choices[index];
      if (!choice) return;
      event.preventDefault();
      pick(choice.index);
    };
    document.addEventListener('keydown', onKey);
    cleanups.push(() => document.removeEventListener('keydown', onKey));
    // Live reload (dev server): a saved story or manifest restarts the encounter where the trainee was.
    cleanups.push(
      followScenarioEdits({ plan, profile, t, current: () => (finished ? undefined : session) }, (resumed) => {
        for (const cleanup of cleanups.splice(0)) cleanup();
        play(plan, profile, resumed.start, resumed.note);
      }),
    );

    const first = session.next();
    showStep(first);
    if (plan.mode === 'assess' && !finished) {
      clock = startAssessClock({ source: services.timeSource, factor: plan.timeFactor, elapse: (seconds) => session.elapse(seconds) });
      cleanups.push(() => clock?.stop());
      // A resumed attempt waits for the trainee: the clock starts again when they press Resume.
      if (plan.resume || plan.startPaused) clock.pause();
      const onHidden = (): void => {
        if (document.hidden && clock && !clock.paused) togglePause();
      };
      document.addEventListener('visibilitychange', onHidden);
      cleanups.push(() => document.removeEventListener('visibilitychange', onHidden));
      showClockState();
    }
    const holdForInstructor = (paused: boolean): void => {
      heldByInstructor = paused;
      choicesSection.hidden = paused || finished;
      showClassBanner();
      if (!paused && !finished) choices.first()?.focus();
    };
    if (classroomProjector().active) {
      classroom = classroomProjector().follow({
        session,
        title: heading.textContent ?? manifest.id,
        timeFactor: plan.timeFactor,
        t,
        uiLocale: context.settings.locale,
        paused: () => clock?.paused ?? heldByInstructor,
        setPaused: (paused) => {
          if (clock) {
            if (clock.paused !== paused) togglePause();
            return;
          }
          holdForInstructor(paused);
        },
        // The console closed: learn mode has no Pause button of its own, so its pause ends; assess shows its own again.
        releaseHolds: () => {
          if (!clock && heldByInstructor) holdForInstructor(false);
        },
        holdForVote: (open) => {
          classVoteOpen = open;
          showClassBanner();
        },
        pick: (index, vote) => pick(index, { vote }),
        narrate: (text) => narration.addNote(text),
        ended: () => finished,
      });
      const followed = classroom;
      cleanups.push(() => followed.stop());
    }
    narration.scrollToEnd();
    if (!finished) (clock?.paused ? pauseButton : (choices.first() ?? heading)).focus();
  }

  return {
    root,
    initialFocus: heading,
    dispose() {
      disposed = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
}
