/**
 * The encounter screen. The play controller (src/play) runs the encounter: assess mode's clock and
 * its pause, the attempt's saves, a class's console, live reload. This screen starts it with the
 * game's services, draws what it shows (components/encounter-run.ts) and sends it the trainee's
 * picks, pauses and the page being hidden or left. Its menu (components/encounter-menu.ts) resumes,
 * restarts or quits to the list; either way the attempt so far is saved first.
 */
import { loadScenario } from '../../game/catalogue.js';
import { h } from '../../kit/dom.js';
import { pickedNumber } from '../../kit/pick-keys.js';
import { scenarioTitle } from '../../kit/scenario-text.js';
import { startPlay, type PlayView } from '../../play/controller.js';
import { retiringOnFirstSave } from '../../storage/retiring-save.js';
import { reopenConsoleLink } from '../../classroom/open-console.js';
import { encounterFailure } from '../components/encounter-failure.js';
import { createEncounterMenu } from '../components/encounter-menu.js';
import { drawRun, type EncounterRun } from '../components/encounter-run.js';
import { scenarioEdits } from '../live-reload.js';
import type { Screen, ScreenServices } from '../screen.js';

export function encounterScreen(services: ScreenServices): Screen {
  const { t, context, attempts, classroom } = services;
  const plan = context.plan;
  const heading = h('h1', { id: 'encounter-heading', attrs: { tabindex: -1 } }, t('ui.encounter.heading'));
  const body = h('div', { class: 'encounter-body' }, [
    h('div', { class: 'card' }, [heading, h('p', { class: 'loading', attrs: { role: 'status' } }, t('ui.loading'))]),
  ]);
  const root = h('section', { class: 'screen screen-encounter', attrs: { 'aria-labelledby': 'encounter-heading' } }, [body]);
  let run: EncounterRun | undefined;

  const fail = (reason: string, view?: PlayView): void => {
    run?.dispose();
    run = undefined;
    const scenario = entry?.ok ? { id: entry.id, version: entry.manifest.version } : undefined;
    body.replaceChildren(h('div', { class: 'card' }, [heading, ...encounterFailure(view, reason, services, scenario)]));
    heading.focus();
  };

  const entry = services.catalogue.scenarios.find((s) => s.id === plan?.scenarioId);
  const profile = services.catalogue.profiles.find((p) => p.id === plan?.profileId) ?? services.catalogue.profiles[0];
  if (!plan || !entry?.ok || !profile) {
    queueMicrotask(() => fail(plan?.scenarioId ?? '?'));
    return { root, initialFocus: heading };
  }

  const { start } = plan;
  const play = startPlay({
    // A saved attempt that will not restore is set aside on this first failure.
    setAside: attempts.setAside,
    plan,
    profile,
    load: async () => {
      const { bundle, failed } = await loadScenario(entry.manifest);
      if (Object.keys(bundle.stories).length === 0) throw new Error(`${t('ui.briefing.storyMissing')} (${failed.join(', ')})`);
      return bundle;
    },
    timeSource: services.timeSource,
    record: {
      // An attempt carried over is saved as a new one; the old one goes once that is kept.
      save: start.kind === 'carryOver' ? retiringOnFirstSave(attempts.save, attempts.discard, start.attempt.id) : attempts.save,
      newId: attempts.newId,
      traineeCode: context.settings.traineeCode,
    },
    edits: scenarioEdits(plan.scenarioId),
    ...(classroom.active
      ? { classroom: { link: classroom, title: (s) => scenarioTitle(s.manifest, s.locale), uiLocale: context.settings.locale } }
      : {}),
  });

  const menu = createEncounterMenu(t, plan.mode, {
    clockRunning: () => play.view().clock === 'running',
    pause: () => play.send({ type: 'pause' }),
    resume: () => play.send({ type: 'resume' }),
    // The same scenario, variant, profile and settings, from its first line; the attempt so far stays saved.
    restart: () => {
      play.send({ type: 'leave' });
      services.send({ type: 'restart', plan: { ...plan, start: { kind: 'fresh' } } });
    },
    quit: () => {
      play.send({ type: 'leave' });
      services.send({ type: 'open scenarios' });
    },
  });
  root.append(menu.dialog);

  let drawn = 0;
  const draw = (view: PlayView): void => {
    if (view.status === 'loading') return;
    if (view.status === 'failed') {
      fail(view.failure ?? '', view);
      return;
    }
    menu.button.hidden = view.status === 'finished';
    if (run && drawn === view.run) {
      run.update(view);
      return;
    }
    run?.dispose();
    drawn = view.run;
    const shown = drawRun(view, services, {
      heading,
      send: play.send,
      menuButton: menu.button,
      ...(classroom.active ? { classroom: { reopenLink: reopenConsoleLink(t, classroom) } } : {}),
    });
    run = shown;
    body.replaceChildren(shown.root);
    shown.focusStart();
  };
  const unsubscribe = play.subscribe(draw);

  const onKey = (event: KeyboardEvent): void => {
    if (menu.isOpen() || event.defaultPrevented) return;
    const view = play.view();
    const key = menuKey(event);
    if (key && view.status === 'running') {
      event.preventDefault();
      // Assess mode's P is the clock's own pause; with no clock to stop, it opens the menu, which waits as a pause does.
      if (key === 'pause' && plan.mode === 'assess') play.send({ type: view.clock === 'paused' ? 'resume' : 'pause' });
      else menu.open();
      return;
    }
    const index = pickedNumber(event);
    const choice = index === undefined ? undefined : play.view().step?.choices[index];
    if (!choice) return;
    event.preventDefault();
    play.send({ type: 'pick', index: choice.index });
  };
  // Hidden (another tab, a sleeping laptop): the attempt is saved and assess mode's clock stops.
  const onVisibility = (): void => {
    if (document.hidden) play.send({ type: 'hide' });
  };
  const onLeave = (): void => play.send({ type: 'leave' });
  document.addEventListener('keydown', onKey);
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onLeave);

  return {
    root,
    initialFocus: heading,
    dispose() {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onLeave);
      unsubscribe();
      menu.dispose();
      play.stop();
      run?.dispose();
    },
  };
}

/** The keys that pause (P) or open the menu (Escape, M), unless the trainee is typing or holding a modifier. */
function menuKey(event: KeyboardEvent): 'pause' | 'menu' | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return undefined;
  const target = event.target as HTMLElement | null;
  if (target?.closest('input, select, textarea, [contenteditable="true"]')) return undefined;
  if (event.key === 'p' || event.key === 'P') return 'pause';
  return event.key === 'Escape' || event.key === 'm' || event.key === 'M' ? 'menu' : undefined;
}
