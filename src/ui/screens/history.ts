/** Attempts played in this browser session, newest first, each opening its debrief. */
import { h, hidden } from '../dom.js';
import { scenarioTitle } from '../scenario-text.js';
import type { Screen, ScreenServices } from '../screen.js';

export function historyScreen(services: ScreenServices): Screen {
  const { t, attempts, catalogue, send, context } = services;
  const heading = h('h1', { id: 'history-heading', attrs: { tabindex: -1 } }, t('ui.history.heading'));
  const list = [...attempts.list()].reverse();
  const time = new Intl.DateTimeFormat(context.settings.locale, { hour: '2-digit', minute: '2-digit' });

  const table =
    list.length === 0
      ? h('p', {}, t('ui.history.empty'))
      : h('table', { class: 'history' }, [
          h('thead', {}, [
            h('tr', {}, [
              h('th', { attrs: { scope: 'col' } }, t('ui.history.when')),
              h('th', { attrs: { scope: 'col' } }, t('ui.history.scenario')),
              h('th', { attrs: { scope: 'col' } }, t('ui.history.mode')),
              h('th', { attrs: { scope: 'col' } }, t('ui.history.result')),
              h('th', { attrs: { scope: 'col' } }, t('ui.history.score')),
              h('th', { attrs: { scope: 'col' } }, [hidden(t('ui.history.open'))]),
            ]),
          ]),
          h(
            'tbody',
            {},
            list.map((attempt) => {
              const entry = catalogue.scenarios.find((s) => s.id === attempt.scenario.id);
              const number = attempt.id.replace(/^attempt-/, '');
              return h('tr', { attrs: { 'data-attempt': attempt.id } }, [
                h('td', {}, time.format(new Date(attempt.finishedAt))),
                h('th', { attrs: { scope: 'row' } }, entry?.ok ? scenarioTitle(entry.manifest, attempt.locale) : attempt.scenario.id),
                h('td', {}, t(`ui.modes.${attempt.mode}`)),
                h('td', {}, t(attempt.report.passed ? 'ui.debrief.passed' : 'ui.debrief.failed')),
                h('td', {}, String(attempt.report.score)),
                h('td', {}, [
                  h('button', {
                    class: 'secondary small',
                    attrs: { type: 'button' },
                    on: { click: () => send({ type: 'open attempt', attemptId: attempt.id, scenarioId: attempt.scenario.id }) },
                  }, [t('ui.history.open'), hidden(` (${t('ui.history.attempt', { number })})`)]),
                ]),
              ]);
            }),
          ),
        ]);

  const root = h('section', { class: 'screen screen-history', attrs: { 'aria-labelledby': 'history-heading' } }, [
    h('div', { class: 'card' }, [
      heading,
      h('p', { class: 'help' }, t('ui.history.help')),
      table,
      h('div', { class: 'actions' }, [h('button', { class: 'secondary', attrs: { type: 'button' }, on: { click: () => send({ type: 'open scenarios' }) } }, t('ui.history.back'))]),
    ]),
  ]);
  return { root, initialFocus: heading };
}
