/**
 * A checker's problem in the reader's language. The checks (src/engine, src/tooling) write their
 * messages in English, for the command line too; each fixed message is also a template under
 * `ui.author.checker.*`, whose English text is the checker's own wording with `{{name}}` where the
 * message carries a value. A message that matches an English template is told again in the reader's
 * language with the same values (ids, tags, file:line, and any Ink compiler text, kept as written); a
 * message that matches none (the Ink compiler's own) is shown as it came.
 */
import type { Diagnostic } from '../engine/index.js';
import type { Translate } from '../i18n/translator.js';
import englishAuthor from '../../locales/en/author.json';

const TEMPLATES: Readonly<Record<string, string>> = englishAuthor.checker;

/** A placeholder whose value is itself a checker message, told in the reader's language too. */
const NESTED = 'detail';

interface Template {
  readonly key: string;
  readonly pattern: RegExp;
  readonly names: readonly string[];
  /** The fixed text's length: a longer one is more specific, tried first. */
  readonly fixed: number;
}

function compile(key: string, text: string): Template {
  const names: string[] = [];
  let source = '';
  let last = 0;
  for (const match of text.matchAll(/\{\{(\w+)\}\}/g)) {
    source += escape(text.slice(last, match.index));
    const name = match[1] ?? '';
    // The same value twice (a variable named in the problem and in its fix) must be the same text.
    source += names.includes(name) ? `\\k<${name}>` : `(?<${name}>.+?)`;
    if (!names.includes(name)) names.push(name);
    last = match.index + match[0].length;
  }
  source += escape(text.slice(last));
  return { key, pattern: new RegExp(`^${source}$`, 's'), names, fixed: text.replace(/\{\{\w+\}\}/g, '').length };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const COMPILED: readonly Template[] = Object.entries(TEMPLATES)
  .map(([key, text]) => compile(key, text))
  .sort((a, b) => b.fixed - a.fixed);

/** The template a checker message was written from, and its values; `undefined` for text no template knows. */
export function checkerTemplate(message: string): { readonly key: string; readonly values: Readonly<Record<string, string>> } | undefined {
  for (const template of COMPILED) {
    const found = template.pattern.exec(message);
    if (!found) continue;
    const values: Record<string, string> = {};
    for (const name of template.names) values[name] = found.groups?.[name] ?? '';
    return { key: template.key, values };
  }
  return undefined;
}

/** `message` in the reader's language, or as it is when no template matches. */
export function checkerMessage(t: Translate, message: string): string {
  const template = checkerTemplate(message);
  if (!template) return message;
  const values = { ...template.values };
  if (values[NESTED] !== undefined) values[NESTED] = checkerMessage(t, values[NESTED]);
  return t(`ui.author.checker.${template.key}`, values);
}

/** The problem's message as the problem list shows it: its field first, for a JSON file. */
export function diagnosticText(t: Translate, diagnostic: Diagnostic): string {
  const message = checkerMessage(t, diagnostic.message);
  return diagnostic.field !== undefined ? `${diagnostic.field}: ${message}` : message;
}
