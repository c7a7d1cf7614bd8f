/**
 * The reference parts of the trainer's guide, generated from the registries so that
 * `docs/authoring.md` never drifts from what the engine accepts.
 */
import { ACTIONS } from '../engine/vocabulary/actions.js';
import { REASONS, REFERRAL_DESTINATIONS, SPEAKERS, STORY_EVENTS, TARGETS } from '../engine/vocabulary/events.js';
import { ENGINE_VARIABLES } from '../engine/story/engine-variables.js';
import { DRAWN_BY_DEFAULT, PARAMETER_DEFAULTS, PARAMETER_NAMES } from '../engine/scenario/parameters.js';
import type { KnownAssets } from '../engine/story/check-tags.js';

const CATEGORY_TITLES = {
  care: 'Overdose care',
  talk: 'Talk and trust',
  enforcement: 'Enforcement',
  sharps: 'Sharps and pat-down',
} as const;

export function actionsReference(): string {
  const sections = (Object.keys(CATEGORY_TITLES) as (keyof typeof CATEGORY_TITLES)[]).map((category) => {
    const rows = ACTIONS.filter((a) => a.category === category).map((a) => `| \`${a.id}\` | ${a.seconds} | ${a.description} |`);
    return [`**${CATEGORY_TITLES[category]}**`, '', '| action | seconds | meaning |', '|---|---|---|', ...rows].join('\n');
  });
  const keys = [
    `Keys: any action may carry \`target=\` (${TARGETS.map((t) => `\`${t}\``).join(', ')});`,
    `\`cite\` and \`arrest\` take \`reason=\` (${REASONS.map((r) => `\`${r}\``).join(', ')}; default \`other\`);`,
    `\`offer_referral\` takes \`to=\` (${REFERRAL_DESTINATIONS.map((d) => `\`${d}\``).join(', ')}). Any other key or value is an error.`,
  ].join(' ');
  return [...sections, keys].join('\n\n');
}

export function eventsReference(): string {
  const rows = STORY_EVENTS.map((e) => `| \`${e.id}\` | ${e.description} |`);
  return ['| event | meaning |', '|---|---|', ...rows, '', `Speakers (\`#speaker:\`): ${SPEAKERS.map((s) => `\`${s}\``).join(', ')}.`].join(
    '\n',
  );
}

export function variablesReference(): string {
  const rows = ENGINE_VARIABLES.map((v) => {
    const type = v.values ? `${v.type}: ${v.values.map((x) => `"${x}"`).join(', ')}` : v.type;
    return `| \`${v.name}\` | ${type} | ${v.meaning} |`;
  });
  return ['| variable | type | meaning |', '|---|---|---|', ...rows].join('\n');
}

export function parametersReference(): string {
  const rows = PARAMETER_NAMES.map((name) => `| \`${name}\` | \`${JSON.stringify(DRAWN_BY_DEFAULT[name] ?? PARAMETER_DEFAULTS[name])}\` |`);
  return ['| parameter | default |', '|---|---|', ...rows].join('\n');
}

export function assetsReference(assets: KnownAssets | undefined): string {
  if (!assets) return 'The game does not ship `assets/manifest.json` yet: any `#bg:` or `#sfx:` id is accepted with a warning.';
  const list = (ids: ReadonlySet<string>) =>
    [...ids]
      .sort()
      .map((id) => `\`${id}\``)
      .join(', ');
  return `Scenes (\`#bg:\`): ${list(assets.bg)}.\n\nSounds (\`#sfx:\`): ${list(assets.sfx)}.`;
}

export type GeneratedBlocks = Readonly<Record<string, string>>;

export function generatedBlocks(assets: KnownAssets | undefined): GeneratedBlocks {
  return {
    actions: actionsReference(),
    events: eventsReference(),
    variables: variablesReference(),
    parameters: parametersReference(),
    assets: assetsReference(assets),
  };
}

/** Replaces each `<!-- generated:NAME -->...<!-- /generated:NAME -->` block with its current text. */
export function fillGeneratedBlocks(document: string, blocks: GeneratedBlocks): string {
  return document.replace(/<!-- generated:(\w+) -->[\s\S]*?<!-- \/generated:\1 -->/g, (whole, name: string) => {
    const text = blocks[name];
    return text === undefined ? whole : `<!-- generated:${name} -->\n${text}\n<!-- /generated:${name} -->`;
  });
}
