/**
 * `npm run -s rubric` prints every rule of the rubric (id, family, severity, applies when, source).
 * `npm run -s rubric -- --write` regenerates `docs/rubric.md` from the same code.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { registerAllLocales } from '../i18n/all-locales.js';
import { createTranslator } from '../i18n/translator.js';
import { RUBRIC } from '../protocols/index.js';
import { rubricDocument, rubricTable } from '../protocols/rubric-table.js';
import { REPO_ROOT } from '../tooling/paths.js';
import { runCommand } from './run-command.js';

registerAllLocales();

export const RUBRIC_DOC = path.join(REPO_ROOT, 'docs', 'rubric.md');

runCommand('usage: npm run -s rubric [-- --write] [--locale en|es]', (argv) => {
  const localeIndex = argv.indexOf('--locale');
  const t = createTranslator(localeIndex >= 0 ? (argv[localeIndex + 1] ?? 'en') : 'en');
  const title = (id: string) => t(`rules.${id}.title`);
  if (argv.includes('--write')) {
    writeFileSync(RUBRIC_DOC, rubricDocument(RUBRIC.rules, title));
    console.log(`wrote ${path.relative(process.cwd(), RUBRIC_DOC)}`);
    return;
  }
  console.log(rubricTable(RUBRIC.rules, title));
});
