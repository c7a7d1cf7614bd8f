/** "Run with a class": the control on the start screen that opens the instructor console. */
import type { Translate } from '../i18n/translator.js';
import { h } from '../ui/dom.js';
import { classroomProjector, consoleUrl } from './projector.js';

export function runWithClassControl(t: Translate): HTMLElement {
  const status = h('p', { class: 'help', attrs: { role: 'status' } });
  const showStarted = (blocked: boolean): void => {
    const id = classroomProjector().classId ?? '';
    // A blocked pop-up still leaves the instructor a way in: the console's address as a link.
    status.replaceChildren(
      blocked ? t('ui.instructor.open.blocked') : t('ui.instructor.open.started'),
      ' ',
      h('a', { attrs: { href: consoleUrl(id), target: `good-call-console-${id}` } }, t('ui.instructor.open.link')),
    );
  };
  const button = h('button', {
    id: 'run-with-class',
    class: 'secondary',
    attrs: { type: 'button', 'aria-describedby': 'run-with-class-help' },
    on: { click: () => showStarted(classroomProjector().openConsole() === null) },
  }, t('ui.instructor.open.button'));
  const help = h('p', { class: 'help', id: 'run-with-class-help' }, t('ui.instructor.open.help'));
  if (classroomProjector().active) showStarted(false);
  return h('div', { class: 'run-with-class' }, [button, help, status]);
}
