/** The sources behind a rule of the rubric, as the debrief and the instructor console list them. */
import type { Source } from '../engine/scoring/rule.js';
import type { Translate } from '../i18n/translator.js';
import { ruleById } from '../protocols/index.js';
import { h } from './dom.js';

export function ruleSources(ruleId: string): readonly Source[] {
  return ruleById(ruleId)?.sources ?? [];
}

/** "Sources:" and a list of them, each linked where it can be read online; `null` for a rule without any. */
export function sourcesList(ruleId: string, t: Translate): HTMLElement | null {
  const sources = ruleSources(ruleId);
  if (sources.length === 0) return null;
  return h('div', { class: 'sources' }, [
    h('span', {}, `${t('ui.debrief.sources')}: `),
    h(
      'ul',
      {},
      sources.map((source) =>
        h('li', {}, [
          source.url ? h('a', { attrs: { href: source.url, target: '_blank', rel: 'noopener noreferrer' } }, source.title) : source.title,
        ]),
      ),
    ),
  ]);
}
