import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/engine/diagnostics.js';
import { htmlReport, markdownReport } from '../../src/tooling/explore/coverage-report.js';
import { endingLabels } from '../../src/tooling/explore/ending-labels.js';
import { explore, type ExploreOptions } from '../../src/tooling/explore/explore.js';
import { zeroTimeCycles } from '../../src/tooling/explore/frozen-loops.js';
import { knotDiverts, orderPassage } from '../../src/tooling/explore/knot-passage.js';
import { loadScenarioDir } from '../../src/tooling/load-scenario.js';
import { runCli } from '../helpers/cli.js';
import { fixtureDir, loadFixture, profile } from '../helpers/fixtures.js';

function exploreFixture(id: string, budget?: number) {
  return explore(loadFixture(id), {
    profile: profile(),
    source: readFileSync(path.join(fixtureDir(id), 'en.ink'), 'utf8'),
    ...(budget !== undefined ? { budget } : {}),
  });
}

/** The explorer's own fixtures, beside the shared fixture scenarios. */
function exploreOwnFixture(id: string, options: Partial<ExploreOptions> = {}) {
  const dir = path.resolve(import.meta.dirname, '..', 'fixtures', id);
  const load = loadScenarioDir(dir, { assets: null });
  if (!load.bundle) throw new Error(`fixture ${id} does not load: ${JSON.stringify(load.diagnostics)}`);
  return explore(load.bundle, { profile: profile(), source: readFileSync(path.join(dir, 'en.ink'), 'utf8'), ...options });
}

describe('the path explorer', () => {
  it('finds a dead end, at the choice that leads into it', () => {
    const x = exploreFixture('dead-end');
    expect(x.stoppedBy).toBe('exhausted');
    expect(x.deadEnds.map(formatDiagnostic)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/dead-end[/\\]en\.ink:(6|8): error: dead end: after ".*" in hub the story stops without reaching -> END/),
      ]),
    );
    expect(x.endings).toEqual([]);
    expect(x.choicesNeverOffered).toEqual([{ file: expect.stringMatching(/en\.ink$/), line: 10 }]);
  });

  it('finds a loop in which simulated time stands still, naming the choice', () => {
    const x = exploreFixture('frozen-loop');
    expect(x.frozenLoops.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /frozen-loop[/\\]en\.ink:6: error: frozen loop in hub: simulated time stands still while the trainee picks "Look around the room again" \(line 6\)/,
      ),
    ]);
    expect(x.deadEnds).toEqual([]);
  });

  it('reports a clean scenario clean, with its endings and the rules it exercises', () => {
    const x = exploreFixture('hub-overdose', 400);
    expect(x.deadEnds).toEqual([]);
    expect(x.frozenLoops).toEqual([]);
    expect(x.errors).toEqual([]);
    expect(x.stoppedBy).toBe('budget');
    expect(x.states).toBeGreaterThanOrEqual(400);
    expect(x.completedFromFrontier).toBeGreaterThan(0);
    expect(x.endings.reduce((n, e) => n + e.completions, 0)).toBe(x.completedFromFrontier);
    expect(new Set(x.endings.map((e) => e.text)).size).toBe(x.endings.length);
    const naloxone = x.rules.find((r) => r.id === 'OD-NALOXONE-PROMPT');
    expect(naloxone).toBeDefined();
    expect(x.rules.some((r) => r.id === 'SH-ASK-FIRST')).toBe(false);
    expect(x.knotVisits['beside_patient']).toBeGreaterThan(0);
  }, 60_000); // 400 states and their completions: seconds alone, more on a busy machine.

  it('merges states that differ only in the log and in seconds within a minute', () => {
    const x = exploreFixture('frozen-loop');
    expect(x.states).toBe(2);
  });

  it('writes Markdown and a self-contained HTML report with the knot graph', () => {
    const x = exploreFixture('dead-end');
    expect(markdownReport(x)).toMatch(/## Problems\n\n- .*dead end/);
    const html = htmlReport(x);
    expect(html).toMatch(/<svg[^>]+role="img"/);
    expect(html).toContain('>hub<');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3)/);
  });
});

describe('knots a move passes through', () => {
  it('counts every knot on the path, with or without a choice in it, and draws each step between them', () => {
    const x = exploreOwnFixture('explore-knots');
    expect(x.stoppedBy).toBe('exhausted');
    expect(x.knotVisits).toEqual({ stairwell: 1, landing: 2, living_room: 1, couch: 2 });
    expect(x.knotTransitions).toEqual({ 'stairwell -> landing': 1, 'landing -> living_room': 1, 'living_room -> couch': 1 });
    expect(x.knotsNeverVisited).toEqual([]);
    const html = htmlReport(x);
    for (const [knot, visits] of Object.entries(x.knotVisits)) {
      expect(html).toContain(`<title>${knot}: ${visits} visits</title>`);
      expect(html).toContain(`>${knot}</text>`);
    }
    expect(html.match(/<line /g)).toHaveLength(3);
  });

  it('orders knots entered again by the diverts written in the source, and gives up where none fits', () => {
    const diverts = knotDiverts(
      '=== hub ===\n* [Go] -> kitchen\n=== kitchen ===\n-> hall\n=== hall ===\n-> hub\n=== attic ===\nDust.\n-> END\n',
    );
    expect(orderPassage('hub', 'hub', new Set(['hall', 'kitchen', 'hub']), new Set(), diverts)).toEqual(['hub', 'kitchen', 'hall', 'hub']);
    expect(orderPassage('hub', 'hub', new Set(['attic', 'hub']), new Set(), diverts)).toEqual(['hub', 'hub']);
  });
});

describe('instructor injects', () => {
  it('raises each injectable event from the explored states, reaching what only an inject reaches and the dead end after it', () => {
    const x = exploreOwnFixture('explore-inject');
    expect(x.stoppedBy).toBe('exhausted');
    expect(x.deadEnds.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /explore-inject[/\\]en\.ink:16: error: dead end: after "Look for the caller" in caller_gone \(after the instructor's caller_left\)/,
      ),
    ]);
    expect(x.knotsOnlyAfterInject).toEqual(['caller_gone']);
    expect(x.knotsNeverVisited).toEqual([]);
    expect(x.statesAfterInject).toBeGreaterThan(0);
    const byEvent = Object.fromEntries(x.injects.map((i) => [i.event, i]));
    expect(byEvent['caller_left']!.edges).toBeGreaterThan(0);
    // EMS can only be delayed once called, and only by the minutes the inject carries.
    expect(byEvent['ems_delayed']!.edges).toBeGreaterThan(0);
    expect(byEvent['ems_delayed']!.withoutEffect).toBeGreaterThan(0);
    // The story cannot see a bystander's disclosure: it changes nothing to explore.
    expect(byEvent['bystander_disclosed']).toEqual({ event: 'bystander_disclosed', edges: 0, withoutEffect: expect.any(Number) });
    expect(markdownReport(x)).toMatch(/## Instructor injects\n\n.*\d+ states? of \d+ (was|were) reached through an inject/);
    expect(markdownReport(x)).toMatch(/\| caller_left \| [1-9]\d* \| 0 \|/);
  });

  it('finds nothing behind the inject when injects are left out', () => {
    const x = exploreOwnFixture('explore-inject', { injects: false });
    expect(x.deadEnds).toEqual([]);
    expect(x.knotsNeverVisited).toEqual(['caller_gone']);
    expect(x.injects).toEqual([]);
  });
});

describe('endings and completions in the report', () => {
  it('labels long endings so that two different ones never read the same', () => {
    const shared = 'When the medics knock, Danny opens the door a crack, tells them he is fine, and will not let them in. They leave.';
    const labels = endingLabels([`${shared} Andre comes back at six.`, `${shared} Andre is in a holding cell.`, 'Short.']);
    expect(labels[0]).not.toBe(labels[1]);
    expect(labels[0]!.length).toBeLessThan(shared.length + 40);
    expect(labels[2]).toBe('Short.');
    expect(endingLabels(['x'.repeat(200)])[0]).toBe(`${'x'.repeat(90)}…`);
  });

  it('warns about random completions that do not end within their pick limit', () => {
    const x = exploreOwnFixture('explore-endless', { budget: 20, completions: 3 });
    expect(x.stoppedBy).toBe('budget');
    expect(x.unfinishedCompletions).toBe(3);
    expect(x.completedFromFrontier).toBe(0);
    expect(x.warnings.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /explore-endless[/\\]en\.ink:12: warning: 3 random completions had not ended after 300 picks, the last of them "Climb" in stairs/,
      ),
    ]);
    expect(markdownReport(x)).toMatch(/and 3 more had not ended within their pick limit/);
  });
});

describe('zero-time cycles', () => {
  it('finds cycles made only of zero-time edges', () => {
    expect(
      zeroTimeCycles(4, [
        { from: 0, to: 1, seconds: 0 },
        { from: 1, to: 0, seconds: 0 },
        { from: 1, to: 2, seconds: 30 },
        { from: 2, to: 2, seconds: 0 },
        { from: 3, to: 0, seconds: 0 },
      ]),
    ).toEqual([[0, 1], [2]]);
    expect(
      zeroTimeCycles(2, [
        { from: 0, to: 1, seconds: 0 },
        { from: 1, to: 0, seconds: 10 },
      ]),
    ).toEqual([]);
  });
});

describe('npm run scenarios:coverage', () => {
  it('exits 1 for a dead end and writes the HTML report', () => {
    const html = path.join(mkdtempSync(path.join(tmpdir(), 'good-call-coverage-')), 'dead-end.html');
    const result = runCli('src/cli/coverage.ts', [fixtureDir('dead-end'), '--html', html]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/# Coverage of dead-end \(model-policy, seed 1\)/);
    expect(result.stdout).toMatch(/every reachable state was explored/);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
  });
});
