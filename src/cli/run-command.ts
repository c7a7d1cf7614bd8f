/** Runs a command-line tool: bad input exits 2 with its message; anything unexpected exits 1. */
import { ScenarioError, formatDiagnostic } from '../engine/diagnostics.js';

/** Input the user can fix: printed without a stack trace, exit code 2. */
export class BadInput extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BadInput';
  }
}

export function runCommand(usage: string, main: (argv: string[]) => void | number | Promise<void | number>): void {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return;
  }
  Promise.resolve()
    .then(() => main(argv))
    .then((code) => {
      if (typeof code === 'number') process.exitCode = code;
    })
    .catch((error: unknown) => {
      if (error instanceof BadInput) {
        console.error(error.message);
        process.exitCode = 2;
      } else if (error instanceof ScenarioError) {
        console.error(error.diagnostics.map(formatDiagnostic).join('\n'));
        process.exitCode = 2;
      } else if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
        console.error(`${error.message}\n${usage}`);
        process.exitCode = 2;
      } else {
        console.error(error);
        process.exitCode = 1;
      }
    });
}
