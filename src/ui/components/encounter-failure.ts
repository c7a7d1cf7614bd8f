/**
 * What the encounter screen says when the play could not start or go on: a story that ran away (or
 * hit an Ink runtime error), told plainly with where it stopped for the trainer, and the scenario
 * marked unavailable for this tab; a saved attempt that would not restore, set aside, with its
 * download; or a scenario that could not be loaded. Always with the way back to the scenarios.
 */
import { formatDiagnostic } from '../../engine/diagnostics.js';
import { markStoryStopped } from '../../game/stopped-stories.js';
import { h, hidden } from '../../kit/dom.js';
import type { PlayView } from '../../play/controller.js';
import { recordJson } from '../../storage/record-json.js';
import { download } from '../download.js';
import type { ScreenServices } from '../screen.js';

export function encounterFailure(
  view: PlayView | undefined,
  reason: string,
  services: ScreenServices,
  scenario?: { readonly id: string; readonly version: number },
): HTMLElement[] {
  const { t, send } = services;
  const back = h(
    'button',
    { class: 'secondary', attrs: { type: 'button', 'data-action': 'back' }, on: { click: () => send({ type: 'open scenarios' }) } },
    t('ui.briefing.back'),
  );
  const problems = view?.storyProblems;
  if (problems && problems.length > 0) {
    const located = problems.map(formatDiagnostic);
    if (scenario) markStoryStopped(scenario.id, scenario.version, located);
    return [
      h('div', { class: 'story-stopped', attrs: { role: 'alert' } }, [
        h('p', {}, t('ui.encounter.storyStopped')),
        h('p', {}, t('ui.encounter.storyStoppedWhere')),
        h(
          'ul',
          { class: 'problems' },
          located.map((line) => h('li', { attrs: { lang: 'en' } }, line)),
        ),
      ]),
      back,
    ];
  }
  const resumed = view?.resumeFailed;
  if (resumed) {
    const { record } = resumed;
    const parts: HTMLElement[] = [
      h(
        'p',
        { class: 'resume-set-aside', attrs: { role: 'alert' } },
        t(record ? 'ui.storage.resumeSetAside' : 'ui.storage.resumeNotMoved'),
      ),
    ];
    if (record)
      parts.push(
        h(
          'button',
          {
            class: 'secondary',
            attrs: { type: 'button', 'data-download': resumed.attemptId },
            on: {
              click: () => download(`good-call-set-aside-${resumed.attemptId.replace(/[^A-Za-z0-9_-]/g, '_')}.json`, recordJson(record)),
            },
          },
          [t('ui.storage.quarantine.download'), hidden(` (${resumed.attemptId})`)],
        ),
      );
    return [...parts, back];
  }
  return [h('p', { attrs: { role: 'alert' } }, t('ui.briefing.loadFailed', { reason })), back];
}
