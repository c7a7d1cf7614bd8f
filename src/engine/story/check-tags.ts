/**
 * Checks every tag of an Ink source against the tag language, on the source text, so that tag
 * mistakes are reported with their line even when the Ink does not compile.
 */
import type { Diagnostic } from '../diagnostics.js';
import { isActionId } from '../vocabulary/actions.js';
import { isStoryEventId, TARGETS } from '../vocabulary/events.js';
import { parseTag, type Tag } from './parse-tag.js';
import type { SourceTag } from './scan-ink-source.js';

/** Presentation ids known to the game (`assets/manifest.json`); absent until the game ships one. */
export interface KnownAssets {
  readonly sfx: ReadonlySet<string>;
  readonly bg: ReadonlySet<string>;
}

export interface TagCheckOptions {
  readonly file: string;
  /** With a manifest, unknown `#sfx`/`#bg` ids are errors; without one, warnings (docs/actions.md). */
  readonly assets?: KnownAssets;
}

function placeProblem(tag: Tag, place: SourceTag['place']): string | undefined {
  const onChoice = place === 'choice';
  if ((tag.kind === 'act' || tag.kind === 'time') && !onChoice) {
    return `#${tag.kind}: belongs to a choice, inside its brackets: * [Give naloxone #act:naloxone_nasal]`;
  }
  if (tag.kind !== 'act' && tag.kind !== 'time' && onChoice) {
    return `#${tag.kind}: belongs on a line of story, not inside a choice's brackets (there only #act: and #time: are read)`;
  }
  return undefined;
}

/**
 * The parser stops at an unknown action or event; a bad `target=` on the same tag is a second
 * mistake the trainer would otherwise meet only after fixing the first.
 */
function targetsBesideUnknownId(raw: string): string[] {
  const text = raw.trim();
  const colon = text.indexOf(':');
  const kind = text.slice(0, colon).trim();
  const [head, ...rest] = text
    .slice(colon + 1)
    .trim()
    .split(/\s+/);
  const unknown = head !== undefined && ((kind === 'act' && !isActionId(head)) || (kind === 'event' && !isStoryEventId(head)));
  if (colon < 0 || !unknown) return [];
  return rest
    .filter((word) => word.startsWith('target='))
    .map((word) => word.slice('target='.length))
    .filter((value) => !(TARGETS as readonly string[]).includes(value))
    .map((value) => `target=${value} is not one of ${TARGETS.join(', ')} in "#${text}"`);
}

export function checkSourceTags(tags: readonly SourceTag[], options: TagCheckOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const unchecked: { line: number; id: string }[] = [];
  const at = (line: number, message: string, severity: Diagnostic['severity'] = 'error'): void => {
    diagnostics.push({ file: options.file, line, severity, message });
  };
  for (const source of tags) {
    if (source.place === 'global') continue;
    const parsed = parseTag(source.text);
    if (!parsed.ok) {
      at(source.line, parsed.message);
      for (const message of targetsBesideUnknownId(source.text)) at(source.line, message);
      continue;
    }
    const misplaced = placeProblem(parsed.tag, source.place);
    if (misplaced) at(source.line, misplaced);
    const tag = parsed.tag;
    if (tag.kind === 'sfx' || tag.kind === 'bg') {
      const known = options.assets?.[tag.kind];
      if (!known) {
        unchecked.push({ line: source.line, id: `#${tag.kind}:${tag.id}` });
      } else if (!known.has(tag.id)) {
        const list = [...known].sort().join(', ');
        at(source.line, `unknown #${tag.kind} id "${tag.id}": not listed in assets/manifest.json (known: ${list})`);
      }
    }
  }
  const first = unchecked[0];
  if (first) {
    const ids = [...new Set(unchecked.map((u) => u.id))].join(', ');
    at(first.line, `presentation ids cannot be checked until the game ships assets/manifest.json: ${ids}`, 'warning');
  }
  return diagnostics;
}
