/**
 * The console's side of a class: joins the projector's channel, hands what it hears to the page, and
 * sends the page's commands. Thin: the page is console-page.ts, the checks messages.ts.
 */
import { channelName, commandMessage, newClassId, readFromProjector, type ClassroomCommand, type ClassroomView } from './messages.js';
import type { ClassChannel } from './projector.js';

export interface ConsoleLink {
  send(command: ClassroomCommand): void;
  /** The console is closing: tells the projector, so it lifts what only a console could lift. */
  leave(): void;
}

/** What the console does with what it hears. */
export interface ConsoleHandlers {
  view(view: ClassroomView): void;
  /** The game window closed or is reloading: nothing sent now would be carried out. */
  gone(): void;
  /** A message for the console that this build cannot read (another version of the game window). */
  unreadable(): void;
}

/**
 * Follows one class: joins at once (the projector answers with its view), then hands on each message.
 * A view that does not list this console means the projector started again: the console joins again.
 */
export function joinClass(
  classId: string,
  openChannel: (name: string) => ClassChannel,
  handlers: ConsoleHandlers,
  consoleId = newClassId(),
): ConsoleLink {
  const channel = openChannel(channelName(classId));
  const send = (command: ClassroomCommand): void => channel.postMessage(commandMessage(command));
  // A join not yet answered is not repeated: a projector that cannot list this console is not asked forever.
  let joining = true;
  const join = (): void => {
    joining = true;
    send({ type: 'join', console: consoleId });
  };
  channel.onmessage = (event) => {
    const heard = readFromProjector(event.data);
    if (!heard) return;
    switch (heard.kind) {
      case 'view':
        if (heard.view.consoles.includes(consoleId)) joining = false;
        else if (!joining) join();
        handlers.view(heard.view);
        return;
      case 'gone':
        joining = false;
        handlers.gone();
        return;
      case 'unreadable':
        handlers.unreadable();
        return;
    }
  };
  join();
  return {
    send,
    leave: () => {
      send({ type: 'leave', console: consoleId });
      channel.close();
    },
  };
}
