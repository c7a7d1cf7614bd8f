/**
 * The coverage report of an exploration: Markdown for the terminal, and a self-contained HTML page
 * with a graph of the story's knots sized by how often explored paths visit them.
 */
import { formatDiagnostic } from '../../engine/diagnostics.js';
import { endingLabels } from './ending-labels.js';
import type { Exploration } from './explore.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function injectLines(x: Exploration): string[] {
  if (x.injects.length === 0) return ['The scenario lists no injectable events.'];
  const lines = [
    `From every explored state the explorer also raised each injectable event not yet raised on the path, as an instructor could. ${plural(x.statesAfterInject, 'state')} of ${x.states} ${x.statesAfterInject === 1 ? 'was' : 'were'} reached through an inject.`,
    '',
    '| event | injects leading to a new state | injects that changed nothing |',
    '|---|---|---|',
    ...x.injects.map((i) => `| ${i.event} | ${i.edges} | ${i.withoutEffect} |`),
    '',
    `Knots reached only after an inject: ${x.knotsOnlyAfterInject.length === 0 ? 'none' : x.knotsOnlyAfterInject.join(', ')}.`,
  ];
  return lines;
}

function endingLines(x: Exploration): string[] {
  const lines = [
    'One row per last line. "Transitions" counts explored moves into the ending; explored states merge, so this is not a number of distinct paths. "Completions" counts random completions that ended there.',
    '',
    '| ending (last line) | patient | result | transitions | completions |',
    '|---|---|---|---|---|',
  ];
  const labels = endingLabels(x.endings.map((e) => e.text));
  x.endings.forEach((e, i) => {
    const patients = Object.entries(e.patients)
      .sort((a, b) => b[1] - a[1])
      .map(([patient, n]) => `${patient} (${n})`)
      .join(', ');
    const result = [e.passed > 0 ? `pass (${e.passed})` : '', e.failed > 0 ? `fail (${e.failed})` : ''].filter(Boolean).join(', ');
    lines.push(`| ${cell(labels[i]!)} | ${patients} | ${result} | ${e.transitions} | ${e.completions} |`);
  });
  if (x.endings.length === 0) lines.push('| (none reached) | | | | |');
  return lines;
}

/** States explored per second, when the exploration was timed. */
function rate(x: Exploration): string {
  return x.seconds > 0 ? ` (${Math.round(x.states / x.seconds)} states/s)` : '';
}

/** One line for the terminal: how far the explorer went, how fast, and whether it saw everything. */
export function explorationSummary(x: Exploration): string {
  const how = x.stoppedBy === 'exhausted' ? 'explored exhaustively' : `stopped at its budget of ${x.budget}`;
  return `${x.scenario}: ${plural(x.states, 'state')} in ${x.seconds} s${rate(x)}, ${how}`;
}

export function markdownReport(x: Exploration): string {
  const lines: string[] = [];
  lines.push(`# Coverage of ${x.scenario} (${x.profile}, seed ${x.seed})`, '');
  lines.push(
    `${plural(x.states, 'state')} and ${plural(x.transitions, 'transition')} between them explored in ${x.seconds} s${rate(x)}: ` +
      (x.stoppedBy === 'exhausted'
        ? 'every reachable state was explored.'
        : `stopped at the budget of ${x.budget} states (raise it with --budget); ${plural(x.completedFromFrontier, 'path')} from states still waiting were then played on to an ending by random picks` +
          (x.unfinishedCompletions > 0 ? `, and ${x.unfinishedCompletions} more had not ended within their pick limit.` : '.')),
    '',
  );
  const problems = [...x.errors, ...x.deadEnds, ...x.frozenLoops, ...x.warnings];
  lines.push('## Problems', '');
  if (problems.length === 0) lines.push('No dead end, no frozen loop, no error, no warning.');
  else for (const d of problems) lines.push(`- ${formatDiagnostic(d)}`);
  lines.push('', '## Endings reached', '', ...endingLines(x));
  lines.push('', '## Instructor injects', '', ...injectLines(x));
  lines.push(
    '',
    '## Rules',
    '',
    'Verdicts at each arrival at an ending (explored transitions and random completions), for the rules in force for this kind of scenario under this profile.',
    '',
    '| rule | met | violated | missed | not applicable |',
    '|---|---|---|---|---|',
  );
  for (const r of x.rules) lines.push(`| ${r.id} | ${r.met} | ${r.violated} | ${r.missed} | ${r.notApplicable} |`);
  lines.push('', `Rules never exercised: ${x.rulesNeverExercised.length === 0 ? 'none' : x.rulesNeverExercised.join(', ')}.`);
  lines.push('', x.stoppedBy === 'budget' ? '## Never reached (within the explored states)' : '## Never reached', '');
  lines.push(
    `Choices never offered: ${x.choicesNeverOffered.length === 0 ? 'none' : x.choicesNeverOffered.map((c) => `${c.file}:${c.line}`).join(', ')}.`,
  );
  lines.push(`Knots never visited: ${x.knotsNeverVisited.length === 0 ? 'none' : x.knotsNeverVisited.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

interface Placed {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly visits: number;
}

/** Knots in layers by the order the explorer first met them, left to right. */
function layout(x: Exploration): { nodes: Placed[]; width: number; height: number } {
  const names = Object.keys(x.knotVisits);
  for (const transition of Object.keys(x.knotTransitions)) {
    for (const name of transition.split(' -> ')) if (!names.includes(name)) names.push(name);
  }
  for (const name of x.knotsNeverVisited) if (!names.includes(name)) names.push(name);
  const layer = new Map<string, number>();
  if (names[0] !== undefined) layer.set(names[0], 0);
  for (let pass = 0; pass < names.length; pass++) {
    for (const transition of Object.keys(x.knotTransitions)) {
      const [from, to] = transition.split(' -> ') as [string, string];
      const fromLayer = layer.get(from);
      if (fromLayer !== undefined && !layer.has(to)) layer.set(to, fromLayer + 1);
    }
  }
  const maxLayer = Math.max(0, ...layer.values());
  for (const name of names) if (!layer.has(name)) layer.set(name, maxLayer + 1);
  const columns = new Map<number, string[]>();
  for (const name of names) columns.set(layer.get(name)!, [...(columns.get(layer.get(name)!) ?? []), name]);
  const maxVisits = Math.max(1, ...Object.values(x.knotVisits));
  const nodes: Placed[] = [];
  for (const [column, members] of columns) {
    members.forEach((name, row) => {
      const visits = x.knotVisits[name] ?? 0;
      nodes.push({ name, visits, x: 120 + column * 220, y: 80 + row * 110, r: 14 + 26 * Math.sqrt(visits / maxVisits) });
    });
  }
  return {
    nodes,
    width: 240 + Math.max(...[...columns.keys()], 0) * 220,
    height: 160 + Math.max(...[...columns.values()].map((m) => m.length), 1) * 110,
  };
}

export function htmlReport(x: Exploration): string {
  const { nodes, width, height } = layout(x);
  const at = new Map(nodes.map((n) => [n.name, n]));
  const edges = Object.entries(x.knotTransitions)
    .map(([transition, count]) => {
      const [fromName, toName] = transition.split(' -> ') as [string, string];
      const from = at.get(fromName);
      const to = at.get(toName);
      if (!from || !to) return '';
      if (from === to) {
        return `<path d="M ${from.x - 8} ${from.y - from.r} C ${from.x - 40} ${from.y - from.r - 50}, ${from.x + 40} ${from.y - from.r - 50}, ${from.x + 8} ${from.y - from.r}" class="edge"><title>${escapeHtml(transition)}: ${count}</title></path>`;
      }
      return `<line x1="${from.x}" y1="${from.y}" x2="${to.x}" y2="${to.y}" class="edge" marker-end="url(#arrow)"><title>${escapeHtml(transition)}: ${count}</title></line>`;
    })
    .join('\n');
  const circles = nodes
    .map(
      (n) =>
        `<g class="${n.visits === 0 ? 'knot unvisited' : 'knot'}"><circle cx="${n.x}" cy="${n.y}" r="${n.r.toFixed(1)}"><title>${escapeHtml(n.name)}: ${n.visits} visits</title></circle>` +
        `<text x="${n.x}" y="${n.y + n.r + 16}">${escapeHtml(n.name)}</text><text x="${n.x}" y="${n.y + 5}" class="count">${n.visits}</text></g>`,
    )
    .join('\n');
  const markdown = escapeHtml(markdownReport(x));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Coverage of ${escapeHtml(x.scenario)}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem; color: #1a1a1a; background: #fff; }
h1 { font-size: 1.5rem; }
svg { border: 1px solid #888; background: #fafafa; max-width: 100%; height: auto; }
.edge { stroke: #555; stroke-width: 1.5; fill: none; }
.knot circle { fill: #1f5f99; }
.knot.unvisited circle { fill: #fff; stroke: #b00020; stroke-width: 2; stroke-dasharray: 4 3; }
.knot text { text-anchor: middle; font-size: 13px; fill: #1a1a1a; }
.knot text.count { fill: #fff; font-weight: bold; }
.knot.unvisited text.count { fill: #b00020; }
pre { white-space: pre-wrap; background: #f4f4f4; padding: 1rem; }
</style>
</head>
<body>
<h1>Coverage of ${escapeHtml(x.scenario)}</h1>
<p>Knots of the story, sized by how many explored moves passed through them; arrows join knots one move went through one after the other. A dashed red knot was never visited.</p>
<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Graph of the knots of ${escapeHtml(x.scenario)} with visit counts">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="28" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>
${edges}
${circles}
</svg>
<pre>${markdown}</pre>
</body>
</html>
`;
}
