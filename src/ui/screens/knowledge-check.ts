/**
 * The knowledge check, when the trainee has turned it on: before the briefing, one question per
 * protocol family the scenario trains; after the encounter, the same questions again, kept with the
 * attempt. Each question is a fieldset of radio buttons (arrow keys move within it, Tab between
 * them); either check can be skipped. The answers are shown only in the debrief, after both.
 */
import {
  KNOWLEDGE_OPTIONS,
  knowledgeItem,
  knowledgeItemsFor,
  scoreKnowledgeCheck,
  type KnowledgeItem,
  type KnowledgeOption,
} from '../../protocols/knowledge-check.js';
import type { KnowledgeCheckRecord } from '../../storage/attempt-record.js';
import { h } from '../../kit/dom.js';
import type { Screen, ScreenServices } from '../screen.js';

type Phase = 'pre' | 'post';

/** How many attempts this trainee made at the scenario before this one: which of each family's items is asked. */
function turnOf(services: ScreenServices, scenarioId: string, exceptAttempt?: string): number {
  const { traineeCode } = services.context.settings;
  return services.attempts.list().filter((a) => a.scenario.id === scenarioId && a.traineeCode === traineeCode && a.id !== exceptAttempt)
    .length;
}

/** The items of this check: after the encounter, those asked before it. */
function itemsOf(services: ScreenServices, phase: Phase): KnowledgeItem[] {
  const { context, catalogue } = services;
  const asked = phase === 'post' ? context.knowledge?.pre?.answers : undefined;
  if (asked) return asked.flatMap((a) => knowledgeItem(a.item) ?? []);
  const entry = catalogue.scenarios.find((s) => s.id === context.scenarioId);
  if (!entry?.ok) return [];
  return knowledgeItemsFor(entry.manifest.protocols, turnOf(services, entry.manifest.id, phase === 'post' ? context.attemptId : undefined));
}

function question(item: KnowledgeItem, index: number, count: number, services: ScreenServices): HTMLElement {
  const { t } = services;
  const name = `knowledge-${item.id}`;
  return h('fieldset', { class: 'knowledge-item', attrs: { 'data-item': item.id } }, [
    h('legend', {}, [
      h('span', { class: 'question-number' }, t('ui.knowledge.question', { number: index + 1, count })),
      ' ',
      h('span', { class: 'question-text' }, t(`ui.knowledge.items.${item.id}.question`)),
    ]),
    ...KNOWLEDGE_OPTIONS.map((option) => {
      const id = `${name}-${option}`;
      return h('div', { class: 'radio' }, [
        h('input', { id, attrs: { type: 'radio', name, value: option } }),
        h('label', { attrs: { for: id } }, t(`ui.knowledge.items.${item.id}.${option}`)),
      ]);
    }),
  ]);
}

function chosenAnswers(form: HTMLFormElement, items: readonly KnowledgeItem[]): Record<string, KnowledgeOption> {
  const chosen: Record<string, KnowledgeOption> = {};
  for (const item of items) {
    const checked = form.querySelector<HTMLInputElement>(`input[name="knowledge-${CSS.escape(item.id)}"]:checked`);
    const option = KNOWLEDGE_OPTIONS.find((o) => o === checked?.value);
    if (option) chosen[item.id] = option;
  }
  return chosen;
}

function knowledgeCheckScreen(services: ScreenServices, phase: Phase): Screen {
  const { t, send } = services;
  const items = itemsOf(services, phase);
  const heading = h('h1', { id: 'knowledge-heading', attrs: { tabindex: -1 } }, t(`ui.knowledge.${phase}Heading`));

  const finish = (result?: ReturnType<typeof scoreKnowledgeCheck>): void => {
    if (phase === 'post') keepWithAttempt(services, result);
    send({ type: 'knowledge answered', ...(result ? { result } : {}) });
  };
  const form = h(
    'form',
    {
      class: 'knowledge-check',
      attrs: { 'data-phase': phase },
      on: {
        submit: (event) => {
          event.preventDefault();
          finish(scoreKnowledgeCheck(items, chosenAnswers(form, items), new Date().toISOString()));
        },
      },
    },
    [
      ...items.map((item, i) => question(item, i, items.length, services)),
      h('div', { class: 'actions' }, [
        h('button', { id: 'knowledge-submit', class: 'primary', attrs: { type: 'submit' } }, t('ui.knowledge.submit')),
        h(
          'button',
          { id: 'knowledge-skip', class: 'secondary', attrs: { type: 'button' }, on: { click: () => finish() } },
          t('ui.knowledge.skip'),
        ),
      ]),
    ],
  );
  const root = h('section', { class: 'screen screen-knowledge', attrs: { 'aria-labelledby': 'knowledge-heading' } }, [
    h('div', { class: 'card' }, [heading, h('p', { class: 'help' }, t(`ui.knowledge.${phase}Intro`)), form]),
  ]);
  return { root, initialFocus: heading };
}

/** Keeps both checks with the finished attempt; a skipped check after the encounter keeps the one before alone. */
function keepWithAttempt(services: ScreenServices, post: ReturnType<typeof scoreKnowledgeCheck> | undefined): void {
  const { context, attempts } = services;
  const attempt = context.attemptId ? attempts.get(context.attemptId) : undefined;
  const pre = context.knowledge?.pre;
  if (!attempt || (!pre && !post)) return;
  const knowledgeCheck: KnowledgeCheckRecord = { ...(pre ? { pre } : {}), ...(post ? { post } : {}) };
  // Memory holds it at once, so the debrief shows it; a device that refuses the write has refused the attempt's own saves already.
  attempts.save({ ...attempt, savedAt: new Date().toISOString(), knowledgeCheck }).catch(() => undefined);
}

export function preCheckScreen(services: ScreenServices): Screen {
  return knowledgeCheckScreen(services, 'pre');
}

export function postCheckScreen(services: ScreenServices): Screen {
  return knowledgeCheckScreen(services, 'post');
}
