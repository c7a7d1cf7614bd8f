/**
 * Reads the tables of a hand-written document (docs/protocols.md, docs/actions.md) so that tests can
 * hold the code to what the document says. A table belongs to the heading above it.
 */

export interface MarkdownTable {
  /** The text of the nearest heading above the table, without the leading `#`s. */
  readonly heading: string;
  /** Header cells, as written. */
  readonly columns: readonly string[];
  /** Body rows, each cell trimmed, in document order. */
  readonly rows: readonly (readonly string[])[];
  /** 1-based line of the header row, for failure messages. */
  readonly line: number;
}

function cells(line: string): string[] {
  // A `|` escaped as `\|` stays inside its cell.
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

export function markdownTables(markdown: string): MarkdownTable[] {
  const lines = markdown.split('\n');
  const tables: MarkdownTable[] = [];
  let heading = '';
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) inFence = !inFence;
    if (inFence) continue;
    const title = /^#{1,6} (.*)$/.exec(line);
    if (title) {
      heading = title[1]!.trim();
      continue;
    }
    const separator = lines[i + 1];
    if (!line.startsWith('|') || separator === undefined || !/^\|(\s*:?-+:?\s*\|)+\s*$/.test(separator)) continue;
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j]!.startsWith('|'); j++) rows.push(cells(lines[j]!));
    tables.push({ heading, columns: cells(line), rows, line: i + 1 });
    i = j - 1;
  }
  return tables;
}

/** The only table whose columns start with these, or a failure that says which were found. */
export function tableWithColumns(tables: readonly MarkdownTable[], ...columns: string[]): MarkdownTable {
  const found = tables.filter((t) => columns.every((c, i) => t.columns[i] === c));
  if (found.length !== 1) {
    throw new Error(
      `expected one table with columns ${columns.join(' | ')}, found ${found.length} (lines ${found.map((t) => t.line).join(', ')})`,
    );
  }
  return found[0]!;
}

/** Every `code` span in a cell, in order: `` `a`, `b` `` gives ['a', 'b']. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
}

/** The single `code` span of a cell such as `` `naloxone_nasal` ``. */
export function codeSpan(cell: string): string {
  const spans = codeSpans(cell);
  if (spans.length !== 1) throw new Error(`expected one code span in "${cell}"`);
  return spans[0]!;
}
