/**
 * Locale parity: every locale file of a scenario has the same knots and stitches, the same choice
 * structure and the same tags in the same order, so that a translation scores exactly like the
 * original. Compared on the source text, knot by knot, reporting the first difference in each.
 */
import type { Diagnostic } from '../engine/diagnostics.js';
import { scanInkSource, type OutlineItem } from '../engine/story/scan-ink-source.js';

type SkeletonItem = { readonly line: number; readonly key: string; readonly describe: string };

interface Section {
  readonly name: string;
  readonly line: number;
  readonly items: SkeletonItem[];
}

function describeOutline(item: OutlineItem): string {
  switch (item.kind) {
    case 'knot':
    case 'stitch':
    case 'function':
      return `${item.kind} ${item.name}`;
    case 'choice':
      return `${item.sticky ? 'sticky ' : ''}choice at depth ${item.depth}${item.label ? ` (${item.label})` : ''}`;
    case 'gather':
      return `gather at depth ${item.depth}${item.label ? ` (${item.label})` : ''}`;
  }
}

/** The structure of one locale file: sections (the top, then each knot) of items in source order. */
function skeleton(source: string): { sections: Section[]; variables: string[] } {
  const scan = scanInkSource(source);
  const items: (SkeletonItem & { knot?: string })[] = [];
  for (const item of scan.outline) {
    items.push({
      line: item.line,
      key: describeOutline(item),
      describe: describeOutline(item),
      ...(item.kind === 'knot' || item.kind === 'function' ? { knot: item.name } : {}),
    });
  }
  for (const tag of scan.tags) {
    if (tag.place === 'global') continue;
    const text = tag.text.replace(/\s+/g, ' ');
    items.push({ line: tag.line, key: `#${text}`, describe: `tag #${text}` });
  }
  items.sort((a, b) => a.line - b.line);
  const sections: Section[] = [{ name: '(top of the story)', line: 1, items: [] }];
  for (const item of items) {
    if (item.knot !== undefined) sections.push({ name: item.knot, line: item.line, items: [] });
    else sections.at(-1)!.items.push(item);
  }
  return { sections, variables: scan.variables.map((v) => v.name).sort() };
}

export interface LocaleSource {
  readonly locale: string;
  readonly file: string;
  readonly text: string;
}

export function checkLocaleParity(base: LocaleSource, other: LocaleSource): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, message: string) => diagnostics.push({ file: other.file, line, severity: 'error', message: `locale parity with ${base.file}: ${message}` });
  const a = skeleton(base.text);
  const b = skeleton(other.text);

  const missingVars = a.variables.filter((v) => !b.variables.includes(v));
  const extraVars = b.variables.filter((v) => !a.variables.includes(v));
  if (missingVars.length > 0) error(1, `VAR ${missingVars.join(', ')} not declared here`);
  if (extraVars.length > 0) error(1, `VAR ${extraVars.join(', ')} declared here but not in ${base.locale}`);

  const bSections = new Map(b.sections.map((s) => [s.name, s]));
  const aNames = a.sections.map((s) => s.name);
  for (const section of b.sections) {
    if (!aNames.includes(section.name)) error(section.line, `knot ${section.name} is not in ${base.file}`);
  }
  for (const section of a.sections) {
    const counterpart = bSections.get(section.name);
    if (!counterpart) {
      error(1, `knot ${section.name} (${base.file}:${section.line}) is missing`);
      continue;
    }
    const length = Math.max(section.items.length, counterpart.items.length);
    for (let i = 0; i < length; i++) {
      const expected = section.items[i];
      const found = counterpart.items[i];
      if (expected?.key === found?.key) continue;
      const line = found?.line ?? counterpart.items.at(-1)?.line ?? counterpart.line;
      const wanted = expected ? `${expected.describe} (${base.file}:${expected.line})` : 'nothing more';
      error(line, `in ${section.name}: expected ${wanted}, found ${found ? found.describe : 'nothing'}`);
      break;
    }
  }
  return diagnostics;
}
