/**
 * Short labels for endings, named by their last line: long lines are cut for the table, but never
 * so short that two different endings read the same.
 */

/** Lines up to this long are shown whole; longer ones are cut after this many characters at least. */
const SHORT = 90;
/** Characters kept past the point where a line first differs from every other. */
const PAST_DIFFERENCE = 30;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** A label for each text, in the same order; equal texts get equal labels. */
export function endingLabels(texts: readonly string[]): string[] {
  return texts.map((text) => {
    if (text.length <= SHORT) return text;
    const shared = Math.max(0, ...texts.filter((other) => other !== text).map((other) => commonPrefix(text, other)));
    const cut = Math.max(SHORT, shared + PAST_DIFFERENCE);
    if (cut >= text.length) return text;
    // End on a word where one is near, so the label does not stop mid-word.
    const space = text.lastIndexOf(' ', cut);
    const end = space > cut - 15 && space > shared ? space : cut;
    return `${text.slice(0, end).trimEnd()}…`;
  });
}
