/**
 * The skeleton of an Ink source for locale parity: everything in it that is not prose, in source
 * order, knot by knot. Knots, stitches, choices and gathers; tags; conditions (inline `{cond: ...}`,
 * choice conditions `* {cond}`, multiline `{cond:` blocks and their `- cond:` branches, `| else`);
 * sequences and their alternatives; diverts, tunnels and threads; printed expressions; `VAR`,
 * `CONST`, `LIST`, `EXTERNAL` declarations and `~` logic lines. Expressions are compared by their
 * tokens, so `x>=5` and `x >= 5` (or `not x` and `!x`) are the same; prose never appears in a key.
 *
 * Why the source text and not the compiled JSON (which would spare us this small parser): the
 * runtime JSON carries no line numbers, so a difference could not be reported where the translator
 * must fix it; its layout follows the prose (a sentence split in two, glue, a line joined to a
 * choice add or move containers and `\n` markers), so stripping strings still leaves false
 * differences; and it exists only when the locale compiles, while the checker must report every
 * problem of every file in one run. The golden paths, replayed in every locale (golden-paths.ts),
 * cover what this reading could miss at run time.
 */
import { stripComments } from '../engine/story/scan-ink-source.js';

export interface SkeletonItem {
  readonly line: number;
  /** What is compared: the item without prose, expressions normalised. */
  readonly key: string;
  /** What is shown to the author. */
  readonly describe: string;
}

export interface SkeletonSection {
  /** The knot or function name, or `(top of the story)`. */
  readonly name: string;
  readonly line: number;
  readonly items: SkeletonItem[];
}

export const TOP_OF_STORY = '(top of the story)';

const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_]\w*)\s*(\([^)]*\))?/;
const STITCH = /^\s*=\s*([A-Za-z_]\w*)\s*(\([^)]*\))?/;
const VAR = /^\s*(VAR|CONST)\s+([A-Za-z_]\w*)\s*=\s*(.*?)\s*$/;
const DECLARATION = /^\s*(LIST|EXTERNAL)\b/;
const CHOICE = /^\s*((?:[*+]\s*)+)/;
const GATHER = /^\s*((?:-(?!>)\s*)+)/;
const LABEL = /^\s*\(\s*([A-Za-z_]\w*)\s*\)/;
const SEQUENCE_SYMBOL: Readonly<Record<string, string>> = { '&': 'cycle', '~': 'shuffle', '!': 'once' };
const SEQUENCE_WORDS = /^\s*((?:(?:stopping|cycle|shuffle|once)\s*)+):/;
const TOKEN = /"(?:[^"\\]|\\.)*"|[A-Za-z_][\w.]*|\d+(?:\.\d+)?|->|==|!=|>=|<=|&&|\|\||\+\+|--|\+=|-=|!\?|\S/g;
const WORD_OPERATORS: Readonly<Record<string, string>> = { and: '&&', or: '||', not: '!', mod: '%', has: '?', hasnt: '!?' };

/** An expression as its tokens, word operators spelled as symbols. */
export function normaliseExpression(text: string): string {
  return (text.match(TOKEN) ?? []).map((t) => WORD_OPERATORS[t] ?? t).join(' ');
}

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** The index of the `}` closing the `{` at `open`, on the same line; -1 if it closes on a later line. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * The `:` ending the condition of `{cond: ...}`, or -1 when the braces hold no condition (a
 * sequence `{a|b}` or a printed expression). `||` is an operator; a lone `|` first means a sequence.
 */
function conditionColon(inner: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '{' || c === '(') depth++;
    else if (c === '}' || c === ')') depth--;
    else if (depth > 0) continue;
    else if (c === '|') {
      if (inner[i + 1] !== '|') return -1;
      i++;
    } else if (c === ':') return i;
  }
  return -1;
}

/** Splits at each `|` outside nested braces. */
function alternatives(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function sequenceKind(inner: string): { kind: string; body: string } | undefined {
  const trimmed = inner.trimStart();
  const symbol = SEQUENCE_SYMBOL[trimmed[0] ?? ''];
  if (symbol) return { kind: symbol, body: trimmed.slice(1) };
  const words = SEQUENCE_WORDS.exec(inner);
  if (words) return { kind: collapse(words[1] ?? ''), body: inner.slice(words[0].length) };
  return undefined;
}

type BlockKind = 'conditional' | 'sequence';

class SkeletonReader {
  readonly sections: SkeletonSection[] = [{ name: TOP_OF_STORY, line: 1, items: [] }];
  /** Multiline `{` blocks open at this point, innermost last, with what each closes. */
  private blocks: { kind: BlockKind; describe: string }[] = [];
  private line = 0;

  read(source: string): void {
    const lines = stripComments(source.replace(/^\uFEFF/, '')).split(/\r?\n/);
    let inHeader = true;
    lines.forEach((text, index) => {
      this.line = index + 1;
      const trimmed = text.trim();
      if (trimmed === '') return;
      // Global tags (title, author) are translated like prose.
      if (inHeader && trimmed.startsWith('#')) return;
      const variable = VAR.exec(text);
      if (variable) {
        const [, keyword, name, initial] = variable;
        this.emit(`${keyword} ${name} = ${normaliseExpression(initial ?? '')}`, `${keyword} ${name} = ${collapse(initial ?? '')}`);
        return;
      }
      if (trimmed.startsWith('~')) {
        const code = trimmed.slice(1);
        this.emit(`~ ${normaliseExpression(code)}`, `~ ${collapse(code)}`);
        return;
      }
      if (DECLARATION.test(text)) {
        this.emit(normaliseExpression(trimmed), collapse(trimmed));
        return;
      }
      if (/^INCLUDE\b/.test(trimmed) || /^TODO\s*:/.test(trimmed)) return;
      inHeader = false;
      this.readLine(text);
    });
  }

  private emit(key: string, describe: string): void {
    this.sections.at(-1)!.items.push({ line: this.line, key, describe });
  }

  private readLine(text: string): void {
    const knot = KNOT.exec(text);
    if (knot) {
      this.blocks = [];
      this.sections.push({ name: knot[2] ?? '', line: this.line, items: [] });
      if (knot[3]) this.emit(`parameters ${normaliseExpression(knot[3])}`, `parameters ${collapse(knot[3])}`);
      return;
    }
    const stitch = STITCH.exec(text);
    if (stitch && !text.trim().startsWith('==')) {
      const params = stitch[2] ? normaliseExpression(stitch[2]) : '';
      this.emit(`stitch ${stitch[1]}${params}`, `stitch ${stitch[1]}${stitch[2] ? collapse(stitch[2]) : ''}`);
      return;
    }
    const block = this.blocks.at(-1);
    const dash = GATHER.exec(text);
    if (block && dash) {
      this.readBranch(text.slice(dash[0].length), block.kind);
      return;
    }
    const choice = CHOICE.exec(text);
    if (choice) {
      this.readChoice(choice[1] ?? '', text.slice(choice[0].length));
      return;
    }
    if (dash) {
      const depth = (dash[1] ?? '').replace(/\s/g, '').length;
      let rest = text.slice(dash[0].length);
      const label = LABEL.exec(rest);
      if (label) rest = rest.slice(label[0].length);
      this.emit(`gather ${depth}${label ? ` (${label[1]})` : ''}`, `gather at depth ${depth}${label ? ` (${label[1]})` : ''}`);
      this.readContent(rest);
      return;
    }
    this.readContent(text);
  }

  /** A `- cond:` / `- else:` line of a multiline conditional, or a `-` alternative of a sequence. */
  private readBranch(rest: string, kind: BlockKind): void {
    const colon = kind === 'conditional' ? conditionColon(rest) : -1;
    if (colon < 0) {
      this.emit('-', 'branch -');
      this.readContent(rest);
      return;
    }
    const condition = rest.slice(0, colon);
    if (condition.trim() === 'else') this.emit('|', 'else branch (- else:)');
    else this.emit(`- ${normaliseExpression(condition)}:`, `branch - ${collapse(condition)}:`);
    this.readContent(rest.slice(colon + 1));
  }

  private readChoice(bullets: string, body: string): void {
    const marks = bullets.replace(/\s/g, '');
    const sticky = marks.startsWith('+');
    let rest = body;
    const label = LABEL.exec(rest);
    if (label) rest = rest.slice(label[0].length);
    const shown = `${sticky ? 'sticky ' : ''}choice at depth ${marks.length}${label ? ` (${label[1]})` : ''}`;
    this.emit(`${sticky ? '+' : '*'}${marks.length}${label ? ` (${label[1]})` : ''}`, shown);
    // Braces right after the bullets (and label) are the choice's conditions, not content.
    for (;;) {
      const start = rest.search(/\S/);
      if (start < 0 || rest[start] !== '{') break;
      const close = closingBrace(rest, start);
      if (close < 0) break;
      const condition = rest.slice(start + 1, close);
      this.emit(`choice if ${normaliseExpression(condition)}`, `choice condition {${collapse(condition)}}`);
      rest = rest.slice(close + 1);
    }
    this.readContent(rest);
  }

  /** Content: prose is skipped; tags, diverts, threads and `{...}` are read in the order written. */
  private readContent(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      const next = text[i + 1];
      if (c === '\\') {
        i++;
      } else if (c === '#') {
        let end = i + 1;
        while (end < text.length && !'#]}|{'.includes(text[end]!) && !text.startsWith('->', end) && !text.startsWith('<-', end)) end++;
        const tag = collapse(text.slice(i + 1, end));
        this.emit(`#${tag}`, `tag #${tag}`);
        i = end - 1;
      } else if (c === '-' && next === '>') {
        i = this.readDivert(text, i, '->') - 1;
      } else if (c === '<' && next === '-') {
        i = this.readDivert(text, i, '<-') - 1;
      } else if (c === '{') {
        const close = closingBrace(text, i);
        if (close < 0) {
          this.openBlock(text.slice(i + 1));
          return;
        }
        this.readBraces(text.slice(i + 1, close));
        i = close;
      } else if (c === '}') {
        const block = this.blocks.pop();
        if (block) this.emit('}', `end of ${block.describe}`);
      }
    }
  }

  /** `-> target(args)`, a bare `->` (tunnel), `->->` (tunnel return) or `<- thread`; returns where it ends. */
  private readDivert(text: string, at: number, arrow: '->' | '<-'): number {
    if (arrow === '->' && text.startsWith('->->', at)) {
      this.emit('->->', 'tunnel return ->->');
      return at + 4;
    }
    const target = /^\s*([A-Za-z_][\w.]*)?\s*/.exec(text.slice(at + 2));
    let end = at + 2 + (target?.[0].length ?? 0);
    let args = '';
    if (target?.[1] && text[end] === '(') {
      const close = text.indexOf(')', end);
      if (close >= 0) {
        args = text.slice(end, close + 1);
        end = close + 1;
      }
    }
    const name = target?.[1] ?? '';
    const kind = arrow === '<-' ? 'thread' : name ? 'divert' : 'tunnel';
    this.emit(`${arrow} ${name}${normaliseExpression(args)}`, `${kind} ${arrow}${name ? ` ${name}${collapse(args)}` : ''}`);
    return end;
  }

  /** `{...}` closed on the same line: a condition, a sequence or a printed expression. */
  private readBraces(inner: string): void {
    const sequence = sequenceKind(inner);
    if (sequence) {
      this.emit(`{${sequence.kind}:`, `${sequence.kind} sequence {…}`);
      alternatives(sequence.body).forEach((alternative, i) => {
        if (i > 0) this.emit('|alternative', 'next alternative |');
        this.readContent(alternative);
      });
      this.emit('}', `end of the ${sequence.kind} sequence`);
      return;
    }
    const colon = conditionColon(inner);
    if (colon >= 0) {
      const condition = inner.slice(0, colon);
      this.emit(`{${normaliseExpression(condition)}:`, `condition {${collapse(condition)}}`);
      alternatives(inner.slice(colon + 1)).forEach((branch, i) => {
        if (i > 0) this.emit('|', 'else branch |');
        this.readContent(branch);
      });
      this.emit('}', `end of the condition {${collapse(condition)}}`);
      return;
    }
    const parts = alternatives(inner);
    if (parts.length > 1) {
      this.emit('{stopping:', 'stopping sequence {…|…}');
      parts.forEach((alternative, i) => {
        if (i > 0) this.emit('|alternative', 'next alternative |');
        this.readContent(alternative);
      });
      this.emit('}', 'end of the stopping sequence');
      return;
    }
    if (inner.trim() !== '') this.emit(`{${normaliseExpression(inner)}}`, `printed {${collapse(inner)}}`);
  }

  /** A `{` left open at the end of a line: `{cond:`, `{x:` (a switch), `{stopping:` or a bare `{`. */
  private openBlock(header: string): void {
    // Only the word forms open a multiline sequence; `{&a|b}` and the like close on their line.
    const words = SEQUENCE_WORDS.exec(header);
    if (words) {
      const kind = collapse(words[1] ?? '');
      this.emit(`{${kind}:`, `${kind} sequence {…}`);
      this.blocks.push({ kind: 'sequence', describe: `the ${kind} sequence` });
      this.readContent(header.slice(words[0].length));
      return;
    }
    const colon = conditionColon(header);
    if (colon >= 0) {
      const condition = header.slice(0, colon);
      this.emit(`{${normaliseExpression(condition)}:`, `condition {${collapse(condition)}}`);
      this.blocks.push({ kind: 'conditional', describe: `the condition {${collapse(condition)}}` });
      this.readContent(header.slice(colon + 1));
      return;
    }
    this.emit(`{ ${normaliseExpression(header)}`.trim(), `block {${collapse(header)}`.trim());
    this.blocks.push({ kind: 'conditional', describe: 'the {…} block' });
  }
}

/** The skeleton of one locale file: the top of the story, then each knot and function. */
export function readSkeleton(source: string): SkeletonSection[] {
  const reader = new SkeletonReader();
  reader.read(source);
  return reader.sections;
}
