/**
 * The console's side of a class: joins the projector's channel, hands every view it receives to the
 * page, and sends the page's commands. Thin: the page is console-page.ts, the checks messages.ts.
 */
import { channelName, commandMessage, readView, type ClassroomCommand, type ClassroomView } from './messages.js';
import type { ClassChannel } from './projector.js';

export interface ConsoleLink {
  send(command: ClassroomCommand): void;
  close(): void;
}

/** Follows one class: asks the projector for its view at once, then renders each view received. */
export function joinClass(classId: string, openChannel: (name: string) => ClassChannel, render: (view: ClassroomView) => void): ConsoleLink {
  const channel = openChannel(channelName(classId));
  channel.onmessage = (event) => {
    const view = readView(event.data);
    if (view) render(view);
  };
  const send = (command: ClassroomCommand): void => channel.postMessage(commandMessage(command));
  send({ type: 'join' });
  return { send, close: () => channel.close() };
}
