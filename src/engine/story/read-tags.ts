/**
 * Turns the tags inkjs hands over at run time into what they mean for a line or a choice. The checker
 * has already reported mistakes with their lines; this is the last guard for stories compiled
 * elsewhere, and it names the place too.
 */
import { ScenarioError } from '../diagnostics.js';
import type { Speaker } from '../vocabulary/events.js';
import type { StoryLocation } from './ink-story.js';
import { parseTag, type ActionRef, type EventRef, type Tag, type TagParse } from './parse-tag.js';

export interface LineCues {
  readonly speaker?: Speaker;
  readonly sfx: readonly string[];
  readonly bg?: string;
  readonly events: readonly LineEvent[];
}

export interface ChoiceCues {
  readonly actions: readonly ActionRef[];
  /** `#time:` on the choice: the simulated seconds it takes, overriding its actions' costs. */
  readonly seconds?: number;
}

/**
 * Tags already parsed, by their text: a story hands over the same few tags again and again. The
 * parsed tags are shared, so they are never changed. Cleared when full, as text written with
 * `{variables}` can vary without end.
 */
const parsedTags = new Map<string, TagParse>();
const PARSED_TAGS_KEPT = 4096;

function parseKnownTag(raw: string): TagParse {
  let parsed = parsedTags.get(raw);
  if (parsed === undefined) {
    parsed = parseTag(raw);
    if (parsedTags.size >= PARSED_TAGS_KEPT) parsedTags.clear();
    parsedTags.set(raw, parsed);
  }
  return parsed;
}

function parseAll(tags: readonly string[], locations: StoryLocation | readonly StoryLocation[]): Tag[] {
  return tags.map((raw, i) => {
    const location = Array.isArray(locations) ? (locations[i] as StoryLocation) : (locations as StoryLocation);
    const parsed = parseKnownTag(raw);
    if (!parsed.ok) {
      throw new ScenarioError([
        {
          file: location.file,
          ...(location.line !== undefined ? { line: location.line } : {}),
          severity: 'error',
          message: `${parsed.message} (at ${location.path})`,
        },
      ]);
    }
    return parsed.tag;
  });
}

function misplaced(tag: Tag, where: string, location: StoryLocation): ScenarioError {
  return new ScenarioError([
    {
      file: location.file,
      ...(location.line !== undefined ? { line: location.line } : {}),
      severity: 'error',
      message: `#${tag.kind}: does not belong ${where} (at ${location.path})`,
    },
  ]);
}

export interface LineEvent extends EventRef {
  readonly location: StoryLocation;
}

export function readLineTags(tags: readonly string[], locations: readonly StoryLocation[]): LineCues {
  // Most lines have no tags.
  if (tags.length === 0) return { sfx: [], events: [] };
  let speaker: Speaker | undefined;
  let bg: string | undefined;
  const sfx: string[] = [];
  const events: LineEvent[] = [];
  parseAll(tags, locations).forEach((tag, i) => {
    const location = locations[i] as StoryLocation;
    switch (tag.kind) {
      case 'speaker':
        speaker = tag.speaker;
        break;
      case 'bg':
        bg = tag.id;
        break;
      case 'sfx':
        sfx.push(tag.id);
        break;
      case 'event':
        events.push({ event: tag.event, params: tag.params, location });
        break;
      case 'act':
      case 'time':
        throw misplaced(tag, "on a line of story: put it inside a choice's brackets", location);
    }
  });
  return { ...(speaker ? { speaker } : {}), ...(bg ? { bg } : {}), sfx, events };
}

export function readChoiceTags(tags: readonly string[], location: StoryLocation): ChoiceCues {
  const actions: ActionRef[] = [];
  let seconds: number | undefined;
  for (const tag of parseAll(tags, location)) {
    if (tag.kind === 'act') actions.push({ action: tag.action, params: tag.params });
    else if (tag.kind === 'time') seconds = tag.seconds;
    else throw misplaced(tag, "inside a choice's brackets: only #act: and #time: are read there", location);
  }
  return { actions, ...(seconds !== undefined ? { seconds } : {}) };
}
