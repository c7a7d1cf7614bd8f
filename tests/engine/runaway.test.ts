import { scoredSession } from '../../src/protocols/scored-session.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/engine/diagnostics.js';
import { RunawayStoryError, ScenarioError, STEP_BUDGET, type Runaway } from '../../src/engine/index.js';
import type { ScenarioManifest } from '../../src/engine/scenario/manifest.js';
import { compileInk } from '../../src/engine/story/compile-ink.js';
import { type Session } from '../../src/engine/session.js';
import { loadScenarioDir } from '../../src/tooling/load-scenario.js';
import { profile } from '../helpers/fixtures.js';

const RUNAWAY = path.resolve(import.meta.dirname, '..', 'fixtures', 'runaway');

const MANIFEST: ScenarioManifest = {
  id: 'runaway',
  version: 1,
  kind: 'overdose',
  title: { en: 'Runaway' },
  summary: { en: 'A story that would not stop.' },
  estimatedMinutes: 1,
  locales: ['en'],
  protocols: ['naloxone'],
  parameters: {},
};

function compileErrors(ink: string): string[] {
  return compileInk(ink, 'en.ink')
    .diagnostics.filter((d) => d.severity === 'error')
    .map(formatDiagnostic);
}

function sessionOf(ink: string): () => Session {
  const compiled = compileInk(ink, 'en.ink');
  if (!compiled.ok) throw new Error(compiled.diagnostics.map(formatDiagnostic).join('\n'));
  return () => scoredSession({ scenario: { manifest: MANIFEST, stories: { en: compiled.story } }, profile: profile() });
}

function fixtureSession(name: string): Session {
  const load = loadScenarioDir(path.join(RUNAWAY, name), { assets: null });
  if (!load.bundle) throw new Error(load.diagnostics.map(formatDiagnostic).join('\n'));
  return scoredSession({ scenario: load.bundle, profile: profile() });
}

/** The runaway a pick runs into: what `choose` threw. */
function runawayOf(act: () => unknown): RunawayStoryError {
  try {
    act();
  } catch (error) {
    if (error instanceof RunawayStoryError) return error;
    throw error;
  }
  throw new Error('the story did not run away');
}

describe('the compiler refuses a story that would certainly run on for ever, at its line', () => {
  const compileFixture = (name: string): string[] => {
    const file = path.join(RUNAWAY, name, 'en.ink');
    return compileInk(readFileSync(file, 'utf8'), `${name}/en.ink`)
      .diagnostics.filter((d) => d.severity === 'error')
      .map(formatDiagnostic);
  };

  it('a knot that diverts to itself with no choice', () => {
    expect(compileFixture('loop')).toEqual([
      expect.stringMatching(
        /^loop\/en\.ink:7: error: "loop" diverts back to itself with no choice and no ending on the way \(-> loop at line 7\)/,
      ),
    ]);
  });

  it('a function that calls itself before returning', () => {
    expect(compileFixture('recursion')).toEqual([
      expect.stringMatching(/^recursion\/en\.ink:8: error: function "g" always calls itself before returning \(g\(\) at line 8\)/),
    ]);
  });

  it('a tunnel that enters itself', () => {
    expect(compileFixture('self-tunnel')).toEqual([
      expect.stringMatching(/^self-tunnel\/en\.ink:7: error: tunnel "t" always enters itself before returning \(-> t -> at line 7\)/),
    ]);
  });

  it('knots that divert round in a circle', () => {
    expect(compileErrors('Start.\n-> a\n=== a ===\nA\n-> b\n=== b ===\nB\n-> a\n')).toEqual([
      expect.stringMatching(/en\.ink:5: error: "b" and "a" divert round in a circle .*\(-> b at line 5, -> a at line 8\)/),
    ]);
  });

  it('but not a loop with a choice, a loop behind a condition, or a function that recurses towards a base case', () => {
    expect(compileErrors('Start.\n-> hub\n=== hub ===\nText\n+ [Again #act:wait] -> hub\n* [Leave #act:wait] -> END\n')).toEqual([]);
    expect(compileErrors('VAR n = 0\nStart.\n-> loop\n=== loop ===\n~ n++\n{n < 3: -> loop}\n* [Go #act:wait] -> END\n')).toEqual([]);
    const countdown =
      'Start.\n~ temp x = f(3)\n* [Go #act:wait] -> END\n=== function f(n) ===\n{n <= 0:\n  ~ return 0\n}\n~ return f(n - 1)\n';
    expect(compileErrors(countdown)).toEqual([]);
    // A tunnel that offers a choice stops the flow inside it: the loop back waits for the trainee.
    expect(compileErrors('Start.\n-> loop\n=== loop ===\n-> t ->\n-> loop\n=== t ===\n* [Pick #act:wait] ->->\n')).toEqual([]);
  });

  it('an EXTERNAL function Good Call cannot provide, at the line that calls it', () => {
    expect(compileErrors('EXTERNAL beep()\nStart.\n~ beep()\n* [Go #act:wait] -> END\n')).toEqual([
      expect.stringMatching(/en\.ink:3: error: "beep" is an EXTERNAL function, which Good Call cannot provide/),
    ]);
  });

  it('an empty story', () => {
    expect(compileErrors('')).toEqual([expect.stringMatching(/en\.ink: error: the story is empty/)]);
    expect(compileErrors('// nothing yet\n-> END\n')).toEqual([expect.stringMatching(/en\.ink: error: the story is empty/)]);
  });
});

describe('an EXTERNAL function with an Ink function of its name', () => {
  it('plays the Ink function', () => {
    const start = sessionOf(
      'EXTERNAL doses()\nYou count {doses()} doses.\n* [Go #act:wait] -> END\n=== function doses() ===\n~ return 2\n',
    );
    expect(
      start()
        .next()
        .lines.map((l) => l.text),
    ).toEqual(['You count 2 doses.']);
  });
});

describe('the step budget stops a story that runs away where the compiler cannot see it', () => {
  const cases: [string, Partial<Runaway>][] = [
    ['loop-behind-condition', { kind: 'loop', knot: 'loop', line: 8, repeated: ['round'] }],
    ['recursion-behind-condition', { kind: 'recursion', knot: 'g', line: 10, repeated: ['g()'] }],
    ['self-tunnel-behind-condition', { kind: 'tunnel', knot: 't', line: 8, repeated: ['-> t ->'] }],
  ];

  it.each(cases)('%s: a located RunawayStoryError from choose, and the session stops', (name, expected) => {
    const session = fixtureSession(name);
    const error = runawayOf(() => session.choose(0));
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error.runaway).toMatchObject({ file: expect.stringMatching(new RegExp(`${name}[/\\\\]en\\.ink$`)), ...expected });
    expect(error.diagnostics).toEqual([expect.objectContaining({ file: error.runaway.file, line: expected.line, severity: 'error' })]);
    const step = session.next();
    expect(step).toMatchObject({ ended: true, deadEnd: false, choices: [] });
    expect(step.error).toBe(error);
    expect(() => session.choose(0)).toThrow(error);
  });

  it('stops at the same step every time: counted, never timed', () => {
    const first = runawayOf(() => fixtureSession('loop-behind-condition').choose(0)).runaway;
    const second = runawayOf(() => fixtureSession('loop-behind-condition').choose(0)).runaway;
    expect(first.steps).toBeGreaterThan(STEP_BUDGET);
    expect(second).toEqual(first);
  });

  it('stops a story that runs away before the first choice: createSession throws it', () => {
    const start = sessionOf('VAR on = true\nStart.\n-> loop\n=== loop ===\nround\n{on: -> loop}\n* [Go #act:wait] -> END\n');
    expect(runawayOf(start).diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^en\.ink:6: error: the story runs on in "loop" without offering a choice or reaching an ending, repeating "round"/,
      ),
    ]);
  });

  it('stops a loop that writes without ever ending its line, and names functions that call each other', () => {
    const silent = sessionOf('VAR on = true\nStart.\n* [Go #act:wait] -> loop\n=== loop ===\n~ temp x = 1\n{on: -> loop}\n-> END\n');
    expect(runawayOf(() => silent().choose(0)).runaway).toMatchObject({ kind: 'loop', knot: 'loop', line: 6 });
    const mutual = sessionOf(
      'VAR on = true\nStart.\n* [Go #act:wait]\n~ temp x = a(0)\n-> END\n=== function a(n) ===\n{on:\n  ~ return b(n)\n}\n~ return 0\n=== function b(n) ===\n~ return a(n + 1)\n',
    );
    expect(runawayOf(() => mutual().choose(0)).runaway).toMatchObject({
      kind: 'recursion',
      repeated: expect.arrayContaining(['a()', 'b()']),
    });
  });

  it('lets a long but finite stretch run: a loop of 300 rounds, recursion 150 deep', () => {
    const rounds = sessionOf('VAR n = 0\nStart.\n-> loop\n=== loop ===\n~ n++\nRound {n}.\n{n < 300: -> loop}\n* [Go #act:wait] -> END\n');
    expect(rounds().next().lines).toHaveLength(301);
    const deep = sessionOf(
      'Start.\nDepth {f(150)}.\n* [Go #act:wait] -> END\n=== function f(n) ===\n{n <= 0:\n  ~ return 0\n}\n~ return 1 + f(n - 1)\n',
    );
    expect(
      deep()
        .next()
        .lines.map((l) => l.text),
    ).toEqual(['Start.', 'Depth 150.']);
  });

  it('plays on from a snapshot taken before the runaway, as the path explorer does', () => {
    const session = fixtureSession('loop-behind-condition');
    const before = session.snapshot();
    runawayOf(() => session.choose(0));
    const step = session.load(before);
    expect(step.error).toBeUndefined();
    expect(step.choices.map((c) => c.text)).toEqual(['Go in']);
    expect(runawayOf(() => session.choose(0)).runaway.kind).toBe('loop');
  });
});

describe('an Ink runtime error', () => {
  it('is a located ScenarioError, not an inkjs stack trace', () => {
    // RANDOM's bounds the wrong way round: the compiler does not see it coming.
    const start = sessionOf('VAR high = 1\nStart.\n* [Go #act:wait] -> sums\n=== sums ===\nIt is {RANDOM(5, high)}.\n-> END\n');
    const session = start();
    let thrown: unknown;
    try {
      session.choose(0);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ScenarioError);
    expect((thrown as ScenarioError).diagnostics).toEqual([
      expect.objectContaining({
        file: 'en.ink',
        line: 4,
        message: expect.stringMatching(/^in sums: RANDOM was called with minimum as 5 and maximum as 1/),
      }),
    ]);
  });
});
