/** Runs a command-line tool of this repository as a trainer would, capturing its output and exit code. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..', '..');

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(script: string, args: readonly string[], cwd = REPO): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, script), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    // A guard, not a measure: a tool that hung would otherwise hang the whole run.
    timeout: 300_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function play(args: readonly string[], cwd?: string): CliResult {
  return runCli('src/cli/play.ts', args, cwd);
}
