/**
 * Reads Ink source as text, without compiling it: where the tags are, whether each sits inside a
 * choice's brackets, and the structure (knots, stitches, choices, gathers) line by line. The
 * checker uses this so that tag mistakes are reported even when the Ink does not compile, and to
 * compare the locales of a scenario.
 */

export interface SourceTag {
  /** 1-based line. */
  readonly line: number;
  /** The tag without its `#`, trimmed. */
  readonly text: string;
  /** Where it sits: inside a choice's `[...]`, elsewhere on a choice line, on a line of story, or in the global header. */
  readonly place: 'choice' | 'after-choice' | 'line' | 'global';
}

export type OutlineItem =
  | { readonly line: number; readonly kind: 'knot'; readonly name: string }
  | { readonly line: number; readonly kind: 'stitch'; readonly name: string }
  | { readonly line: number; readonly kind: 'function'; readonly name: string }
  | { readonly line: number; readonly kind: 'choice'; readonly depth: number; readonly sticky: boolean; readonly label?: string }
  | { readonly line: number; readonly kind: 'gather'; readonly depth: number; readonly label?: string };

export interface VariableDeclaration {
  readonly line: number;
  readonly name: string;
  /** The literal as written (`"slow"`, `false`, `0`). */
  readonly initial: string;
  readonly constant: boolean;
}

export interface InkSourceScan {
  readonly tags: readonly SourceTag[];
  readonly outline: readonly OutlineItem[];
  readonly variables: readonly VariableDeclaration[];
}

/** Removes `//` and `/* *\/` comments, keeping line breaks so line numbers stay true. */
export function stripComments(source: string): string {
  let out = '';
  let inBlock = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    const next = source[i + 1];
    if (inBlock) {
      if (c === '*' && next === '/') {
        inBlock = false;
        i++;
      } else if (c === '\n') out += '\n';
      continue;
    }
    if (c === '\\' && next !== undefined) {
      out += c + next;
      i++;
      continue;
    }
    if (c === '/' && next === '*') {
      inBlock = true;
      i++;
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      if (i < source.length) out += '\n';
      continue;
    }
    out += c;
  }
  return out;
}

/**
 * Splits a piece of a line into tags: each `#` (not escaped) starts one, ending where Ink ends it:
 * at the next `#`, at the end of the line, or at the `}`, `|` or `]` closing the content around it.
 */
function tagsIn(segment: string): string[] {
  const tags: string[] = [];
  let current: string | undefined;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\') {
      if (current !== undefined) current += segment[i + 1] ?? '';
      i++;
      continue;
    }
    if (c === '#') {
      if (current !== undefined) tags.push(current);
      current = '';
      continue;
    }
    if (current !== undefined && (c === '}' || c === '|' || c === ']')) {
      tags.push(current);
      current = undefined;
      continue;
    }
    if (current !== undefined) current += c;
  }
  if (current !== undefined) tags.push(current);
  return tags.map((t) => t.trim());
}

const CHOICE = /^(\s*)((?:[*+]\s*)+)(.*)$/;
const GATHER = /^(\s*)((?:-\s*)+)(?!>)(.*)$/;
const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_][A-Za-z0-9_]*)/;
const STITCH = /^\s*=\s*([A-Za-z_][A-Za-z0-9_]*)/;
const VAR = /^\s*(VAR|CONST)\s+([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;
const LABEL = /^\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)/;

/** The index of the `]` closing a choice's `[`, skipping any inside `{...}`; -1 if none. */
function bracketSpan(body: string): { open: number; close: number } | undefined {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === '[' && open < 0) open = i;
    else if (depth === 0 && c === ']' && open >= 0) return { open, close: i };
  }
  return undefined;
}

export function scanInkSource(source: string): InkSourceScan {
  const lines = stripComments(source.replace(/^\uFEFF/, '')).split(/\r?\n/);
  const tags: SourceTag[] = [];
  const outline: OutlineItem[] = [];
  const variables: VariableDeclaration[] = [];
  let inHeader = true;

  lines.forEach((text, index) => {
    const line = index + 1;
    const trimmed = text.trim();
    if (trimmed === '') return;

    if (inHeader && trimmed.startsWith('#')) {
      for (const tag of tagsIn(trimmed)) tags.push({ line, text: tag, place: 'global' });
      return;
    }
    const variable = VAR.exec(text);
    if (variable) {
      const [, keyword, name, initial] = variable;
      variables.push({ line, name: name ?? '', initial: initial ?? '', constant: keyword === 'CONST' });
      return;
    }
    if (/^\s*(INCLUDE|LIST|EXTERNAL)\b/.test(text) || trimmed.startsWith('~')) return;
    inHeader = false;

    const knot = KNOT.exec(text);
    if (knot) {
      outline.push({ line, kind: knot[1] ? 'function' : 'knot', name: knot[2] ?? '' });
      return;
    }
    const stitch = STITCH.exec(text);
    if (stitch && !trimmed.startsWith('==')) {
      outline.push({ line, kind: 'stitch', name: stitch[1] ?? '' });
      return;
    }

    const choice = CHOICE.exec(text);
    if (choice) {
      const bullets = (choice[2] ?? '').replace(/\s/g, '');
      let body = choice[3] ?? '';
      const label = LABEL.exec(body.trim());
      outline.push({
        line,
        kind: 'choice',
        depth: bullets.length,
        sticky: bullets.startsWith('+'),
        ...(label ? { label: label[1] } : {}),
      });
      const span = bracketSpan(body);
      if (span) {
        const before = body.slice(0, span.open);
        const inside = body.slice(span.open + 1, span.close);
        const after = body.slice(span.close + 1);
        for (const tag of tagsIn(before)) tags.push({ line, text: tag, place: 'after-choice' });
        for (const tag of tagsIn(inside)) tags.push({ line, text: tag, place: 'choice' });
        for (const tag of tagsIn(after)) tags.push({ line, text: tag, place: 'after-choice' });
      } else {
        body = body.replace(LABEL, '');
        for (const tag of tagsIn(body)) tags.push({ line, text: tag, place: 'after-choice' });
      }
      return;
    }

    const gather = GATHER.exec(text);
    if (gather) {
      const depth = (gather[2] ?? '').replace(/\s/g, '').length;
      const label = LABEL.exec((gather[3] ?? '').trim());
      outline.push({ line, kind: 'gather', depth, ...(label ? { label: label[1] } : {}) });
      for (const tag of tagsIn(gather[3] ?? '')) tags.push({ line, text: tag, place: 'line' });
      return;
    }

    for (const tag of tagsIn(text)) tags.push({ line, text: tag, place: 'line' });
  });

  return { tags, outline, variables };
}
