/** What compiling one `<locale>.ink` file yields: all the runtime needs, and nothing of the compiler. */
export interface CompiledStory {
  /** The source file, for locating tags and errors (`scenarios/overdose-apartment/en.ink`). */
  readonly file: string;
  /** The story as inkjs JSON (a string, without a byte-order mark). */
  readonly json: string;
  /** Where things came from in the source, so the session can locate the tags it reads. */
  readonly sourceMap: SourceMap;
}

export interface SourceMap {
  /** Source line of each choice, by the choice's path in the compiled story (inkjs `sourcePath`). */
  readonly choices: Readonly<Record<string, number>>;
  /** Every place a tag's text occurs, as `[path, line]`, by the tag's trimmed text. */
  readonly tags: Readonly<Record<string, readonly (readonly [string, number])[]>>;
  /**
   * Source line of every divert, tunnel and function call, by its path: where a story that runs on
   * without end is reported. Absent in stories compiled before it was kept.
   */
  readonly diverts?: Readonly<Record<string, number>>;
  /** Source line of every knot, stitch, function and labelled gather, by its path (`beside_patient.call`). */
  readonly knots?: Readonly<Record<string, number>>;
}

/** The named part of an Ink path (`beside_patient.call` of `beside_patient.call.0.c-1`) with its line, if known. */
export function locateKnot(map: SourceMap, path: string): { readonly knot: string; readonly line?: number } | undefined {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    const line = map.knots?.[prefix];
    if (line !== undefined) return { knot: prefix, line };
  }
  const named: string[] = [];
  for (const part of parts) {
    if (/^\d+$/.test(part) || /^[cgsb]-\d+$/.test(part) || part.startsWith('$')) break;
    named.push(part);
  }
  return named.length > 0 ? { knot: named.join('.') } : undefined;
}

function commonPrefixLength(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * The line a tag came from. A tag text used once is unambiguous; for one used in several places,
 * the occurrence nearest the path where the story was when the line began.
 */
export function locateTag(map: SourceMap, tagText: string, nearPath: string): readonly [string, number] | undefined {
  const candidates = map.tags[tagText.trim()] ?? [];
  if (candidates.length <= 1) return candidates[0];
  const near = nearPath.split('.');
  let best = candidates[0];
  let bestScore = -1;
  for (const candidate of candidates) {
    const parts = candidate[0].split('.');
    const shared = commonPrefixLength(parts, near);
    const ahead = shared === near.length - 1 && Number(parts[shared]) >= Number(near[shared]) ? 0.5 : 0;
    if (shared + ahead > bestScore) {
      best = candidate;
      bestScore = shared + ahead;
    }
  }
  return best;
}
