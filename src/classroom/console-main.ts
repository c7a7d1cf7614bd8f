/** The instructor console page (console.html), opened from the game window with its class's id. */
import '../ui/styles.css';
import './console.css';
import enCore from '../i18n/parts/en-core.js';
import esCore from '../i18n/parts/es-core.js';
import { closestLocale, createTranslator, registerPageStrings } from '../i18n/translator.js';
import { createConsolePage } from './console-page.js';
import { joinClass, type ConsoleLink } from './console.js';
import { classIdFrom } from './messages.js';

// Every language at once: the console speaks whatever language the projector is in.
registerPageStrings({ en: enCore, es: esCore });
const root = document.getElementById('console');
if (root) {
  const locale = closestLocale(navigator.languages);
  let link: ConsoleLink | undefined;
  const page = createConsolePage((command) => link?.send(command), locale);
  root.replaceChildren(page.root);
  const classId = classIdFrom(location.search);
  if (!classId) page.showProblem(createTranslator(locale)('ui.instructor.console.noClass'));
  else {
    const connect = (): ConsoleLink =>
      joinClass(classId, (name) => new BroadcastChannel(name), {
        view: (view) => page.show(view),
        gone: () => page.showGone(),
        unreadable: () => page.showUnreadable(),
      });
    link = connect();
    // Closing the console tells the game window, which then gives the trainees their own controls back.
    window.addEventListener('pagehide', () => {
      link?.leave();
      link = undefined;
    });
    window.addEventListener('pageshow', (event) => {
      if (event.persisted && !link) link = connect();
    });
  }
  root.querySelector<HTMLElement>('h1')?.focus();
}
