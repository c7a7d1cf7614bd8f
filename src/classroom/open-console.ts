/** "Run with a class": the control on the start screen that opens the instructor console, and the projector's way back to it. */
import type { Translate } from '../i18n/translator.js';
import { h } from '../kit/dom.js';
import { consoleUrl, consoleWindowName, type ClassroomProjector } from './projector.js';

/**
 * A link to this class's console. A click brings back the console window already open (or opens one);
 * if the browser blocks that, the link itself still opens it.
 */
function consoleLink(t: Translate, classroom: ClassroomProjector, key: string): HTMLAnchorElement {
  const id = classroom.classId ?? '';
  return h(
    'a',
    {
      class: 'console-link',
      attrs: { href: consoleUrl(id), target: consoleWindowName(id) },
      on: {
        click: (event) => {
          if (classroom.openConsole() !== null) event.preventDefault();
        },
      },
    },
    t(key),
  );
}

export function runWithClassControl(t: Translate, classroom: ClassroomProjector): HTMLElement {
  const status = h('p', { class: 'help', attrs: { role: 'status' } });
  const showStarted = (blocked: boolean): void => {
    // A blocked pop-up still leaves the instructor a way in: the console's address as a link.
    status.replaceChildren(
      blocked ? t('ui.instructor.open.blocked') : t('ui.instructor.open.started'),
      ' ',
      consoleLink(t, classroom, 'ui.instructor.open.link'),
    );
  };
  const button = h(
    'button',
    {
      id: 'run-with-class',
      class: 'secondary',
      attrs: { type: 'button', 'aria-describedby': 'run-with-class-help' },
      // Pressed again, it brings back the console already open for this class rather than opening a second.
      on: { click: () => showStarted(classroom.openConsole() === null) },
    },
    t('ui.instructor.open.button'),
  );
  const help = h('p', { class: 'help', id: 'run-with-class-help' }, t('ui.instructor.open.help'));
  if (classroom.active) showStarted(false);
  return h('div', { class: 'run-with-class' }, [button, help, status]);
}

/** On the projector, beside the class banner: the console closed by mistake is one click away. */
export function reopenConsoleLink(t: Translate, classroom: ClassroomProjector): HTMLElement {
  return h('p', { class: 'reopen-console help' }, [consoleLink(t, classroom, 'ui.instructor.open.reopen')]);
}
