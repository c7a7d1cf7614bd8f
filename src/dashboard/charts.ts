/**
 * Charts drawn as SVG from the figures, each beside a table of the same figures: the table is what a
 * screen reader reads and what stays exact on paper, so the drawing is hidden from assistive
 * technology. Colours come from classes in dashboard.css (the CSP allows no inline style), and every
 * label is set as text.
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

function figure(options: ChartOptions, drawing: SVGSVGElement): HTMLElement {
  drawing.setAttribute('aria-hidden', 'true');
  drawing.setAttribute('focusable', 'false');
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

/** Columns side by side: a distribution (scores in bins). */
export function columnChart(options: ChartOptions): HTMLElement {
  const width = 560;
  const height = 220;
  const bottom = 36;
  const top = 22;
  const slot = width / Math.max(1, options.bars.length);
  const max = scaleOf(options);
  const drawing = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'column-chart' });
  drawing.append(svg('line', { x1: 0, x2: width, y1: height - bottom, y2: height - bottom, class: 'axis' }));
  options.bars.forEach((bar, i) => {
    const barHeight = ((height - bottom - top) * bar.value) / max;
    const x = i * slot + slot * 0.15;
    const y = height - bottom - barHeight;
    drawing.append(
      svg('rect', { x, y, width: slot * 0.7, height: barHeight, class: 'bar', 'data-key': bar.key }),
      svg('text', { x: x + slot * 0.35, y: y - 6, class: 'bar-value', 'text-anchor': 'middle' }, bar.shown),
      svg('text', { x: x + slot * 0.35, y: height - bottom + 22, class: 'bar-label', 'text-anchor': 'middle' }, bar.label),
    );
  });
  return figure(options, drawing);
}

/**
 * One bar per row: measures or categories compared. Each label is written above its bar, from the
 * left edge, so a long one ("Revived, with brain injury from lack of oxygen", in any language) has
 * the drawing's whole width and is never cut off.
 */
export function barChart(options: ChartOptions): HTMLElement {
  const width = 560;
  const row = 44;
  const valueWidth = 70;
  const height = Math.max(1, options.bars.length) * row + 4;
  const max = scaleOf(options);
  const drawing = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'bar-chart' });
  options.bars.forEach((bar, i) => {
    const y = i * row + 4;
    const length = ((width - valueWidth) * bar.value) / max;
    drawing.append(
      svg('text', { x: 0, y: y + 14, class: 'bar-label' }, bar.label),
      svg('rect', { x: 0, y: y + 20, width: length, height: row - 28, class: 'bar', 'data-key': bar.key }),
      svg('text', { x: length + 6, y: y + 32, class: 'bar-value' }, bar.shown),
    );
  });
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
