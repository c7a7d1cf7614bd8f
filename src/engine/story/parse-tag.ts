/**
 * The tag language of docs/actions.md as a typed parser. One tag in, one typed tag or one problem out;
 * callers add the location (the checker from the source text, the session from the story).
 */
import { isActionId, type ActionId } from '../vocabulary/actions.js';
import {
  isStoryEventId,
  REASONS,
  REFERRAL_DESTINATIONS,
  SPEAKERS,
  TARGETS,
  type Reason,
  type ReferralDestination,
  type Speaker,
  type StoryEventId,
  type Target,
} from '../vocabulary/events.js';

/** Keys an `#act` tag may carry. */
export interface ActionParams {
  /** Who the action is done to. */
  target?: Target;
  /** Why a `cite` or `arrest` is made (default `other`). */
  reason?: Reason;
  /** Where an `offer_referral` points. */
  to?: ReferralDestination;
}

/** Keys an `#event` tag may carry. */
export interface EventParams {
  /** Who the event concerns. */
  target?: Target;
  /** How many minutes, for `ems_delayed`. */
  minutes?: number;
}

export interface ActionRef {
  readonly action: ActionId;
  readonly params: ActionParams;
}

export interface EventRef {
  readonly event: StoryEventId;
  readonly params: EventParams;
}

export type Tag =
  | ({ readonly kind: 'act' } & ActionRef)
  | ({ readonly kind: 'event' } & EventRef)
  | { readonly kind: 'speaker'; readonly speaker: Speaker }
  | { readonly kind: 'sfx'; readonly id: string }
  | { readonly kind: 'bg'; readonly id: string }
  | { readonly kind: 'time'; readonly seconds: number };

export type TagKind = Tag['kind'];

export type TagParse = { readonly ok: true; readonly tag: Tag } | { readonly ok: false; readonly message: string };

const ID = /^[a-z0-9_]+$/;
const TAG_KINDS: readonly TagKind[] = ['act', 'event', 'speaker', 'sfx', 'bg', 'time'];

function problem(message: string): TagParse {
  return { ok: false, message };
}

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Splits `key=value` words, reporting the first malformed one. */
function parseKeyValues(words: readonly string[], tagText: string): Map<string, string> | string {
  const pairs = new Map<string, string>();
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq <= 0 || eq === word.length - 1) return `malformed key=value "${word}" in tag "#${tagText}"`;
    const key = word.slice(0, eq);
    const value = word.slice(eq + 1);
    if (!ID.test(key)) return `malformed key "${key}" in tag "#${tagText}": keys are lower-case ids`;
    if (!ID.test(value)) return `malformed value "${value}" for ${key}= in tag "#${tagText}": values are lower-case ids [a-z0-9_]`;
    if (pairs.has(key)) return `key ${key}= given twice in tag "#${tagText}"`;
    pairs.set(key, value);
  }
  return pairs;
}

function parseActionParams(action: ActionId, pairs: Map<string, string>, tagText: string): ActionParams | string {
  const params: ActionParams = {};
  for (const [key, value] of pairs) {
    if (key === 'target') {
      if (!oneOf(TARGETS, value)) return `target=${value} is not one of ${TARGETS.join(', ')} in "#${tagText}"`;
      params.target = value;
    } else if (key === 'reason' && (action === 'cite' || action === 'arrest')) {
      if (!oneOf(REASONS, value)) return `reason=${value} is not one of ${REASONS.join(', ')} in "#${tagText}"`;
      params.reason = value;
    } else if (key === 'to' && action === 'offer_referral') {
      if (!oneOf(REFERRAL_DESTINATIONS, value)) {
        return `to=${value} is not one of ${REFERRAL_DESTINATIONS.join(', ')} in "#${tagText}"`;
      }
      params.to = value;
    } else {
      return `key ${key}= is not allowed on ${action} (allowed: ${allowedActionKeys(action).join(', ')})`;
    }
  }
  return params;
}

function allowedActionKeys(action: ActionId): string[] {
  if (action === 'cite' || action === 'arrest') return ['target=', 'reason='];
  if (action === 'offer_referral') return ['target=', 'to='];
  return ['target='];
}

function parseEventParams(event: StoryEventId, pairs: Map<string, string>, tagText: string): EventParams | string {
  const params: EventParams = {};
  for (const [key, value] of pairs) {
    if (key === 'target') {
      if (!oneOf(TARGETS, value)) return `target=${value} is not one of ${TARGETS.join(', ')} in "#${tagText}"`;
      params.target = value;
    } else if (key === 'minutes' && event === 'ems_delayed') {
      if (!/^[0-9]+$/.test(value)) return `minutes=${value} must be a whole number in "#${tagText}"`;
      params.minutes = Number(value);
    } else {
      return `key ${key}= is not allowed on event ${event}`;
    }
  }
  return params;
}

/**
 * Parses one tag as inkjs hands it over (without the leading `#`, trimmed or not).
 * Returns a typed tag, or a problem that says what is wrong and what would be right.
 */
export function parseTag(raw: string): TagParse {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) {
    return problem(`unknown tag "#${text}": tags are #act:, #event:, #speaker:, #sfx:, #bg: or #time:`);
  }
  const kind = text.slice(0, colon).trim();
  if (!oneOf(TAG_KINDS, kind)) {
    return problem(`unknown tag "#${text}": tags are #act:, #event:, #speaker:, #sfx:, #bg: or #time:`);
  }
  const words = text
    .slice(colon + 1)
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const [head, ...rest] = words;
  if (head === undefined) return problem(`empty tag "#${text}": #${kind}: needs a value`);
  if (kind !== 'time' && !ID.test(head)) {
    return problem(`malformed tag "#${text}": "${head}" is not a lower-case id [a-z0-9_]`);
  }

  switch (kind) {
    case 'act': {
      if (!isActionId(head)) return problem(`unknown action "${head}" in "#${text}"`);
      const pairs = parseKeyValues(rest, text);
      if (typeof pairs === 'string') return problem(pairs);
      const params = parseActionParams(head, pairs, text);
      if (typeof params === 'string') return problem(params);
      return { ok: true, tag: { kind: 'act', action: head, params } };
    }
    case 'event': {
      if (!isStoryEventId(head)) return problem(`unknown event "${head}" in "#${text}"`);
      const pairs = parseKeyValues(rest, text);
      if (typeof pairs === 'string') return problem(pairs);
      const params = parseEventParams(head, pairs, text);
      if (typeof params === 'string') return problem(params);
      return { ok: true, tag: { kind: 'event', event: head, params } };
    }
    case 'speaker':
      if (rest.length > 0) return problem(`malformed tag "#${text}": #speaker: takes one role`);
      if (!oneOf(SPEAKERS, head)) return problem(`unknown speaker "${head}": one of ${SPEAKERS.join(', ')}`);
      return { ok: true, tag: { kind: 'speaker', speaker: head } };
    case 'sfx':
    case 'bg':
      if (rest.length > 0) return problem(`malformed tag "#${text}": #${kind}: takes one id`);
      return { ok: true, tag: { kind, id: head } };
    case 'time':
      if (rest.length > 0 || !/^[0-9]+$/.test(head)) {
        return problem(`malformed tag "#${text}": #time: takes a whole number of seconds`);
      }
      return { ok: true, tag: { kind: 'time', seconds: Number(head) } };
  }
}
