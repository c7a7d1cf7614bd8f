/**
 * The picks grammar of `play` and of golden paths: `N` (1-based index), `act:<action>`,
 * `text:<substring>`, each optionally starred (`*`: zero or more).
 */
import type { Choice, Session, Step } from '../engine/session.js';

export type PickItem =
  | { readonly kind: 'index'; readonly n: number; readonly starred: boolean; readonly raw: string }
  | { readonly kind: 'act'; readonly action: string; readonly starred: boolean; readonly raw: string }
  | { readonly kind: 'text'; readonly text: string; readonly starred: boolean; readonly raw: string };

/** A starred item picked this many times in a row is a loop, not a path: the pick that reaches it is an error. */
export const STAR_LIMIT = 200;

export class PickError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PickError';
  }
}

export function parsePickItem(raw: string): PickItem {
  const trimmed = raw.trim();
  const starred = trimmed.endsWith('*');
  const body = starred ? trimmed.slice(0, -1).trim() : trimmed;
  if (/^[0-9]+$/.test(body)) {
    const n = Number(body);
    if (n < 1) throw new PickError(`pick "${raw}": indexes start at 1`);
    return { kind: 'index', n, starred, raw: trimmed };
  }
  if (body.startsWith('act:') && body.length > 4) return { kind: 'act', action: body.slice(4).trim(), starred, raw: trimmed };
  if (body.startsWith('text:') && body.length > 5) return { kind: 'text', text: body.slice(5), starred, raw: trimmed };
  throw new PickError(`pick "${raw}" is not N, act:<action> or text:<substring> (optionally followed by *)`);
}

export function parsePicks(list: string | readonly string[]): PickItem[] {
  const items = typeof list === 'string' ? list.split(',') : list;
  return items.filter((s) => s.trim() !== '').map(parsePickItem);
}

/** The 0-based index of the choice an item picks among `choices`, if any. */
export function matchPick(item: PickItem, choices: readonly Choice[]): number | undefined {
  switch (item.kind) {
    case 'index':
      return item.n <= choices.length ? item.n - 1 : undefined;
    case 'act':
      return choices.find((c) => c.actions.some((a) => a.action === item.action))?.index;
    case 'text': {
      const wanted = item.text.toLowerCase();
      return choices.find((c) => c.text.toLowerCase().includes(wanted))?.index;
    }
  }
}

export function describeChoices(choices: readonly Choice[]): string {
  if (choices.length === 0) return '  (no choices: the story has ended)';
  return choices
    .map((c, i) => {
      const actions = c.actions
        .map(
          (a) =>
            `#act:${a.action}${Object.entries(a.params)
              .map(([k, v]) => ` ${k}=${v}`)
              .join('')}`,
        )
        .join(' ');
      return `  ${i + 1}. ${c.text}${actions ? `  [${actions}]` : ''}`;
    })
    .join('\n');
}

export interface PlayedPicks {
  readonly picksUsed: number;
  readonly step: Step;
}

/** Plays a list of pick items on a session, calling `onPick` before each pick is applied. */
export function playPicks(
  session: Session,
  items: readonly PickItem[],
  onPick: (step: Step, index: number) => void = () => {},
): PlayedPicks {
  let step = session.next();
  let picksUsed = 0;
  const pick = (index: number): void => {
    onPick(step, index);
    step = session.choose(index);
    picksUsed++;
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.starred) {
      const next = items[i + 1];
      for (let count = 0; ;) {
        const index = matchPick(item, step.choices);
        if (index === undefined) break;
        if (next !== undefined && matchPick(next, step.choices) !== undefined) break;
        pick(index);
        if (++count === STAR_LIMIT) throw new PickError(`pick "${item.raw}" was picked ${STAR_LIMIT} times in a row: a loop, not a path`);
      }
      continue;
    }
    const index = matchPick(item, step.choices);
    if (index === undefined) {
      const where = step.ended ? 'the story has already ended' : 'it matches none of the choices offered';
      throw new PickError(`pick ${i + 1} "${item.raw}": ${where}. Choices offered:\n${describeChoices(step.choices)}`);
    }
    pick(index);
  }
  return { picksUsed, step };
}
