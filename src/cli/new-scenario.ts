/**
 * `npm run scenarios:new -- <id> --kind overdose|patdown [--dir <folder>]`: a new scenario folder
 * from a commented template that already passes `scenarios:check`.
 */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SCENARIOS_DIR, displayPath } from '../tooling/paths.js';
import { BadInput, runCommand } from './run-command.js';

const TEMPLATES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tooling', 'templates');
const USAGE = 'usage: npm run scenarios:new -- <id> --kind overdose|patdown [--dir <parent folder>] [--title "..."]';

runCommand(USAGE, (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { kind: { type: 'string' }, dir: { type: 'string' }, title: { type: 'string' } },
    allowPositionals: true,
  });
  const [id] = positionals;
  if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id))
    throw new BadInput(`give an id of lower-case letters, digits and dashes, e.g. overdose-motel-room\n${USAGE}`);
  if (values.kind !== 'overdose' && values.kind !== 'patdown') throw new BadInput(`--kind must be overdose or patdown\n${USAGE}`);
  const dir = path.join(values.dir ? path.resolve(values.dir) : SCENARIOS_DIR, id);
  if (existsSync(dir)) throw new BadInput(`${displayPath(dir)} already exists: choose another id`);

  mkdirSync(dir, { recursive: true });
  cpSync(path.join(TEMPLATES, values.kind), dir, { recursive: true });
  const overdose = values.kind === 'overdose';
  const manifest = {
    id,
    version: 1,
    kind: values.kind,
    title: { en: values.title ?? (overdose ? 'A new overdose scenario' : 'A new pat-down scenario') },
    summary: {
      en: overdose
        ? 'A man is unresponsive in a kitchen; his friend called 911.'
        : 'A man in a bus shelter; a caller asked for a welfare check.',
    },
    briefing: {
      en: overdose
        ? 'Dispatch: possible overdose, second floor. The caller is with him.'
        : 'Dispatch: a welfare check on a man in the bus shelter on Fifth.',
    },
    estimatedMinutes: 5,
    locales: ['en'],
    protocols: overdose
      ? ['naloxone', 'good-samaritan', 'no-arrest-at-overdose', 'voluntary-referral']
      : ['sharps-safety', 'voluntary-referral'],
    parameters: overdose ? { dosesNeeded: 1, emsEtaMinutes: 8 } : { pocketHoldsNeedles: true },
  };
  writeFileSync(path.join(dir, 'scenario.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`created ${displayPath(dir)}: scenario.json, en.ink, paths.json`);
  console.log(`next: edit en.ink, then run  npm run -s scenarios:check -- ${displayPath(dir)}`);
});
