/** What instructor-led mode adds to the debrief's timeline: the instructor's injects and notes, and each pick's class vote. */
import type { InstructorInput, PickRecord } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import { formatClock } from '../kit/format.js';
import { injectLabel } from './inject-text.js';
import { voteSplit } from './vote.js';

export function instructorInputText(input: InstructorInput, t: Translate): string {
  if (input.kind === 'note') return t('ui.instructor.debrief.note', { text: input.text });
  const what = injectLabel(t, input.event, input.params);
  return input.note ? t('ui.instructor.debrief.injectWithNote', { what, note: input.note }) : t('ui.instructor.debrief.inject', { what });
}

/** One timeline entry for an inject or a note, at its time. */
export function instructorInputItem(input: InstructorInput, t: Translate): HTMLElement {
  return h(
    'li',
    {
      class: `instructor-input instructor-${input.kind}`,
      attrs: { 'data-instructor': input.kind, ...(input.kind === 'inject' ? { 'data-event': input.event } : {}) },
    },
    [
      h('p', { class: 'pick-head' }, [
        h('span', { class: 'time' }, formatClock(input.at)),
        ' ',
        h('strong', {}, `${t('ui.instructor.debrief.instructor')}: `),
        instructorInputText(input, t),
      ]),
    ],
  );
}

/** "Class vote (12 votes): choice 1: 3 (25%); choice 2: 9 (75%), picked", beside a pick's verdicts. */
export function voteSplitLine(pick: PickRecord, t: Translate): HTMLElement | null {
  if (!pick.vote) return null;
  const split = voteSplit(pick.vote, pick.index);
  const shares = split.shares.map((share) => {
    const text = t('ui.instructor.debrief.voteShare', { number: share.index + 1, count: share.count, percent: share.percent });
    return share.picked ? `${text}, ${t('ui.instructor.debrief.votePicked')}` : text;
  });
  return h('p', { class: 'vote-split', attrs: { 'data-vote-total': split.total } }, [
    h('strong', {}, `${t('ui.instructor.debrief.vote')} (${t('ui.instructor.debrief.voteTotal', { count: split.total })}): `),
    shares.join('; '),
  ]);
}
