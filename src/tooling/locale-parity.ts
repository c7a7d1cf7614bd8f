/**
 * Locale parity: every locale file of a scenario has the same logic as the first one, so that a
 * translation scores exactly like the original. The same knots, stitches, choices and tags, and
 * the same conditions, diverts, declarations and `~` lines, in the same order in each knot; only
 * the prose may differ. See locale-parity-skeleton.ts for what is read, and why from the source.
 *
 * Each knot's items are aligned (longest common subsequence), so one changed, missing or extra
 * item is reported once, at its line in the translation, and does not shift everything after it.
 */
import type { Diagnostic } from '../engine/diagnostics.js';
import { readSkeleton, type SkeletonItem, type SkeletonSection } from './locale-parity-skeleton.js';

export interface LocaleSource {
  readonly locale: string;
  readonly file: string;
  readonly text: string;
}

type Edit =
  | { readonly op: 'same'; readonly a: SkeletonItem; readonly b: SkeletonItem }
  | { readonly op: 'missing'; readonly a: SkeletonItem }
  | { readonly op: 'extra'; readonly b: SkeletonItem };

/** The edits turning `a` into `b`, keeping as many items in common as possible. */
function align(a: readonly SkeletonItem[], b: readonly SkeletonItem[]): Edit[] {
  const width = b.length + 1;
  const common = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i * width + j] =
        a[i]!.key === b[j]!.key ? common[(i + 1) * width + j + 1]! + 1 : Math.max(common[(i + 1) * width + j]!, common[i * width + j + 1]!);
    }
  }
  const edits: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]!.key === b[j]!.key) edits.push({ op: 'same', a: a[i++]!, b: b[j++]! });
    else if (j < b.length && (i === a.length || common[i * width + j + 1]! >= common[(i + 1) * width + j]!))
      edits.push({ op: 'extra', b: b[j++]! });
    else edits.push({ op: 'missing', a: a[i++]! });
  }
  return edits;
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function checkLocaleParity(base: LocaleSource, other: LocaleSource): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, message: string) =>
    diagnostics.push({ file: other.file, line, severity: 'error', message: `locale parity with ${base.file}: ${message}` });
  const at = (item: SkeletonItem) => `${item.describe} (${base.file}:${item.line})`;
  const a = readSkeleton(base.text);
  const b = readSkeleton(other.text);

  const baseNames = new Set(a.map((s) => s.name));
  for (const section of b) {
    if (!baseNames.has(section.name)) error(section.line, `knot ${section.name} is not in ${base.file}`);
  }
  const counterparts = new Map(b.map((s) => [s.name, s]));
  for (const section of a) {
    const counterpart = counterparts.get(section.name);
    if (!counterpart) error(1, `knot ${section.name} (${base.file}:${section.line}) is missing`);
    else compareSection(section, counterpart);
  }
  return diagnostics;

  function compareSection(section: SkeletonSection, counterpart: SkeletonSection): void {
    const edits = align(section.items, counterpart.items);
    let lastLine = counterpart.line;
    for (let start = 0; start < edits.length;) {
      const edit = edits[start]!;
      if (edit.op === 'same') {
        lastLine = edit.b.line;
        start++;
        continue;
      }
      let end = start;
      while (end < edits.length && edits[end]!.op !== 'same') end++;
      const missing = edits.slice(start, end).flatMap((e) => (e.op === 'missing' ? [e.a] : []));
      const extra = edits.slice(start, end).flatMap((e) => (e.op === 'extra' ? [e.b] : []));
      const following = edits[end];
      reportDifference(section.name, missing, extra, lastLine, following?.op === 'same' ? following.b.line : undefined);
      lastLine = extra.at(-1)?.line ?? lastLine;
      start = end;
    }
  }

  /** One run of differences between two items in common: changed items pairwise, then what is left. */
  function reportDifference(
    knot: string,
    missing: readonly SkeletonItem[],
    extra: readonly SkeletonItem[],
    before: number,
    after: number | undefined,
  ): void {
    const pairs = Math.min(missing.length, extra.length);
    for (let k = 0; k < pairs; k++) error(extra[k]!.line, `in ${knot}: expected ${at(missing[k]!)}, found ${extra[k]!.describe}`);
    const unmatched = missing.slice(pairs);
    if (unmatched.length > 0) {
      const where =
        pairs > 0
          ? { line: extra[pairs - 1]!.line, place: 'after this line' }
          : after !== undefined
            ? { line: after, place: 'before this line' }
            : { line: before, place: 'after this line' };
      error(where.line, `in ${knot}: expected ${listed(unmatched.map(at))} ${where.place}, found nothing`);
    }
    const surplus = extra.slice(pairs);
    if (surplus.length > 0)
      error(surplus[0]!.line, `in ${knot}: found ${listed(surplus.map((i) => i.describe))}, which ${base.file} does not have here`);
  }
}
