import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/engine/diagnostics.js';
import { htmlReport, markdownReport } from '../../src/tooling/explore/coverage-report.js';
import { explore } from '../../src/tooling/explore/explore.js';
import { zeroTimeCycles } from '../../src/tooling/explore/frozen-loops.js';
import { runCli } from '../helpers/cli.js';
import { fixtureDir, loadFixture, profile } from '../helpers/fixtures.js';

function exploreFixture(id: string, budget?: number) {
  return explore(loadFixture(id), {
    profile: profile(),
    source: readFileSync(path.join(fixtureDir(id), 'en.ink'), 'utf8'),
    ...(budget !== undefined ? { budget } : {}),
  });
}

describe('the path explorer', () => {
  it('finds a dead end, at the choice that leads into it', () => {
    const x = exploreFixture('dead-end');
    expect(x.stoppedBy).toBe('exhausted');
    expect(x.deadEnds.map(formatDiagnostic)).toEqual(
      expect.arrayContaining([expect.stringMatching(/dead-end[/\\]en\.ink:(6|8): error: dead end: after ".*" in hub the story stops without reaching -> END/)]),
    );
    expect(x.endings).toEqual([]);
    expect(x.choicesNeverOffered).toEqual([{ file: expect.stringMatching(/en\.ink$/), line: 10 }]);
  });

  it('finds a loop in which simulated time stands still, naming the choice', () => {
    const x = exploreFixture('frozen-loop');
    expect(x.frozenLoops.map(formatDiagnostic)).toEqual([
      expect.stringMatching(/frozen-loop[/\\]en\.ink:6: error: frozen loop in hub: simulated time stands still while the trainee picks "Look around the room again" \(line 6\)/),
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
    expect(x.endings.reduce((n, e) => n + e.paths, 0)).toBeGreaterThanOrEqual(x.completedFromFrontier);
    const naloxone = x.rules.find((r) => r.id === 'OD-NALOXONE-PROMPT');
    expect(naloxone).toBeDefined();
    expect(x.rules.some((r) => r.id === 'SH-ASK-FIRST')).toBe(false);
    expect(x.knotVisits['beside_patient']).toBeGreaterThan(0);
  });

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

describe('zero-time cycles', () => {
  it('finds cycles made only of zero-time edges', () => {
    expect(zeroTimeCycles(4, [{ from: 0, to: 1, seconds: 0 }, { from: 1, to: 0, seconds: 0 }, { from: 1, to: 2, seconds: 30 }, { from: 2, to: 2, seconds: 0 }, { from: 3, to: 0, seconds: 0 }])).toEqual([[0, 1], [2]]);
    expect(zeroTimeCycles(2, [{ from: 0, to: 1, seconds: 0 }, { from: 1, to: 0, seconds: 10 }])).toEqual([]);
  });
});

describe('npm run scenarios:coverage', () => {
  it('exits 1 for a dead end and writes the HTML report', () => {
    const html = path.join(fixtureDir('dead-end'), '..', '..', '..', '..', 'reports', 'test-dead-end.html');
    const result = runCli('src/cli/coverage.ts', [fixtureDir('dead-end'), '--html', html]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/# Coverage of dead-end \(model-policy, seed 1\)/);
    expect(result.stdout).toMatch(/every reachable state was explored/);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
  });
});
