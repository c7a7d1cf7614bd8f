/**
 * Live reload's error overlay (dev server only): a scenario file saved with errors is listed over the
 * game, each problem with its file and line, until the file is saved again without them. The game
 * meanwhile keeps playing the last version that worked.
 */
import type { Diagnostic } from '../engine/index.js';
import { formatDiagnostic } from '../engine/index.js';
import { onCatalogueChange } from '../game/catalogue.js';
import { createTranslator } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import './live-reload-overlay.css';

export function showScenarioProblems(parent: HTMLElement): () => void {
  const problems = new Map<string, readonly Diagnostic[]>();
  let overlay: HTMLElement | undefined;

  const render = (): void => {
    overlay?.remove();
    overlay = undefined;
    if (problems.size === 0) return;
    const t = createTranslator(document.documentElement.lang || 'en');
    const close = h(
      'button',
      { class: 'secondary', attrs: { type: 'button' }, on: { click: () => overlay?.remove() } },
      t('ui.author.liveReload.hide'),
    );
    overlay = h('section', { class: 'live-reload-problems', attrs: { role: 'alert', 'aria-labelledby': 'live-reload-heading' } }, [
      h(
        'h2',
        { id: 'live-reload-heading' },
        t('ui.author.liveReload.problemsHeading', { count: [...problems.values()].reduce((n, list) => n + list.length, 0) }),
      ),
      h('p', {}, t('ui.author.liveReload.problemsHelp')),
      h(
        'ul',
        {},
        [...problems.values()].flat().map((d) => h('li', { attrs: { 'data-file': d.file, 'data-line': d.line } }, formatDiagnostic(d))),
      ),
      close,
    ]);
    parent.append(overlay);
  };

  return onCatalogueChange((change) => {
    if (change.kind === 'problems') problems.set(change.file, change.diagnostics);
    else problems.delete(change.file);
    render();
  });
}
