/**
 * Charts drawn from the figures, each beside a table of the same figures: the table is what a screen
 * reader reads and what stays exact on paper, so the drawing is hidden from assistive technology.
 * The bars are SVG shapes that stretch to boxes the page lays out; the labels and values are the
 * page's own text, so they keep their size and wrap at any width instead of shrinking or being cut
 * off with a scaled drawing. Colours come from classes in dashboard.css (the CSP allows no inline
 * style), and every label is set as text.
 */
import { h } from '../kit/dom.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

export interface ChartBar {
  /** The category, as shown under or beside its bar. */
  readonly label: string;
  readonly value: number;
  /** The value as the table and the bar's label show it (a count, a percentage). */
  readonly shown: string;
  /** A stable id for the row, for print and tests: `data-key`. */
  readonly key: string;
  /** What a column shows under it where its label does not fit (a phone's width); the label's start, say. */
  readonly shortLabel?: string;
}

export interface ChartOptions {
  readonly id: string;
  readonly caption: string;
  /** A sentence under the caption saying what the chart shows. */
  readonly description?: string;
  readonly labelHeading: string;
  readonly valueHeading: string;
  readonly bars: readonly ChartBar[];
  /** The value a full bar stands for; the largest value when not given. */
  readonly max?: number;
}

function dataTable(options: ChartOptions): HTMLTableElement {
  return h('table', { class: 'chart-data' }, [
    h('thead', {}, [
      h('tr', {}, [h('th', { attrs: { scope: 'col' } }, options.labelHeading), h('th', { attrs: { scope: 'col' } }, options.valueHeading)]),
    ]),
    h(
      'tbody',
      {},
      options.bars.map((bar) =>
        h('tr', { attrs: { 'data-key': bar.key, 'data-value': bar.value } }, [
          h('th', { attrs: { scope: 'row' } }, bar.label),
          h('td', {}, bar.shown),
        ]),
      ),
    ),
  ]);
}

function figure(options: ChartOptions, drawing: HTMLElement): HTMLElement {
  drawing.setAttribute('aria-hidden', 'true');
  drawing.classList.add('chart-drawing');
  return h('figure', { class: 'chart', id: options.id }, [
    h('figcaption', {}, [
      h('span', { class: 'chart-caption' }, options.caption),
      options.description ? h('span', { class: 'help chart-description' }, options.description) : null,
    ]),
    h('div', { class: 'chart-body' }, [drawing, dataTable(options)]),
  ]);
}

function scaleOf(options: ChartOptions): number {
  return Math.max(options.max ?? 0, ...options.bars.map((b) => b.value), 1);
}

/** A bar as a shape that stretches to its box: the box is laid out by CSS, so no text is ever scaled with it. */
function barShape(className: string, horizontal: boolean, share: number): SVGSVGElement {
  const length = Math.max(0, Math.min(1, share)) * 100;
  const drawing = svg('svg', {
    viewBox: horizontal ? '0 0 100 10' : '0 0 10 100',
    class: className,
    preserveAspectRatio: 'none',
    focusable: 'false',
  });
  drawing.append(
    horizontal
      ? svg('rect', { x: 0, y: 0, width: length, height: 10, class: 'bar' })
      : svg('rect', { x: 0, y: 100 - length, width: 10, height: length, class: 'bar' }),
  );
  return drawing;
}

/**
 * Columns side by side: a distribution (scores in bins). The labels are text laid out by the page, at
 * the page's size at every width; where a column is too narrow for its label (a phone), its short
 * label is shown instead (the table beside it gives every label in full).
 */
export function columnChart(options: ChartOptions): HTMLElement {
  const max = scaleOf(options);
  const drawing = h(
    'div',
    { class: 'column-chart' },
    options.bars.map((bar) =>
      h('div', { class: 'column', attrs: { 'data-key': bar.key } }, [
        h('span', { class: 'bar-value' }, bar.shown),
        barShape('column-bar', false, bar.value / max),
        bar.shortLabel
          ? h('span', { class: 'bar-label' }, [
              h('span', { class: 'label-long' }, bar.label),
              h('span', { class: 'label-short' }, bar.shortLabel),
            ])
          : h('span', { class: 'bar-label' }, bar.label),
      ]),
    ),
  );
  return figure(options, drawing);
}

/**
 * One bar per row: measures or categories compared. Each label is written above its bar and wraps
 * within the chart, so a long one ("Revived, with brain injury from lack of oxygen", in any language)
 * is never cut off.
 */
export function barChart(options: ChartOptions): HTMLElement {
  const max = scaleOf(options);
  const drawing = h(
    'div',
    { class: 'bar-chart' },
    options.bars.map((bar) =>
      h('div', { class: 'bar-row', attrs: { 'data-key': bar.key } }, [
        h('span', { class: 'bar-label' }, bar.label),
        h('span', { class: 'bar-line' }, [barShape('row-bar', true, bar.value / max), h('span', { class: 'bar-value' }, bar.shown)]),
      ]),
    ),
  );
  return figure(options, drawing);
}

/** A small bar for a rate inside a table cell; the cell's text carries the figure. */
export function rateBar(rate: number, kind: 'failure' | 'success'): SVGSVGElement {
  const drawing = svg('svg', {
    viewBox: '0 0 100 10',
    class: `rate-bar rate-${kind}`,
    'aria-hidden': 'true',
    focusable: 'false',
    preserveAspectRatio: 'none',
  });
  drawing.append(
    svg('rect', { x: 0, y: 0, width: 100, height: 10, class: 'track' }),
    svg('rect', { x: 0, y: 0, width: Math.max(0, Math.min(1, rate)) * 100, height: 10, class: 'fill' }),
  );
  return drawing;
}
