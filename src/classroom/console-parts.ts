/** What the console's parts share: how each sends a command, and a section of the console's grid. */
import { h } from '../kit/dom.js';
import type { ClassroomCommand } from './messages.js';

export type Send = (command: ClassroomCommand) => void;

export function section(id: string, title: string, children: (Node | null)[], className = ''): HTMLElement {
  return h('section', { class: `card console-section ${className}`.trim(), attrs: { 'aria-labelledby': `${id}-heading` } }, [
    h('h2', { id: `${id}-heading` }, title),
    ...children,
  ]);
}
