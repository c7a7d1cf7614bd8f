import { scoredSession, restoreScoredSession } from '../../src/protocols/scored-session.js';
import { describe, expect, it } from 'vitest';
import { validateManifest } from '../../src/engine/scenario/manifest.js';

import { checkScenario } from '../../src/tooling/check-scenario.js';
import { FIXTURES, loadFixture, profile } from '../helpers/fixtures.js';
import path from 'node:path';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const scenario = loadFixture('story-parameters');

describe('story-only parameters', () => {
  it('are drawn from the seed and written once into the story, untouched', () => {
    const variants = new Set<number>();
    for (let seed = 1; seed <= 40; seed++) {
      const session = scoredSession({ scenario, profile: profile(), seed });
      const { partner_variant: variant, partner_name: name } = session.storyParameters;
      expect(name).toBe('Marcus');
      expect(variant).toBeGreaterThanOrEqual(1);
      expect(variant).toBeLessThanOrEqual(10);
      variants.add(variant as number);
      const text = session
        .next()
        .lines.map((l) => l.text)
        .join(' ');
      expect(text).toContain('Your partner Marcus');
      expect(text).toContain(variant === 1 ? 'His breathing is slow.' : 'He is breathing fast, frightened.');
      expect(text).not.toContain('This never shows');
    }
    expect(variants.size).toBeGreaterThan(5);
  });

  it('are drawn after the engine parameters, so a seed keeps the variant it gave before', () => {
    const { storyParameters: _s, ...withoutStory } = scenario.manifest;
    const plain = { ...scenario, manifest: withoutStory };
    for (let seed = 1; seed <= 20; seed++) {
      const a = scoredSession({ scenario, profile: profile(), seed });
      const b = scoredSession({ scenario: plain, profile: profile(), seed });
      expect(a.parameters).toEqual(b.parameters);
    }
  });

  it('are the same after a restore', () => {
    const session = scoredSession({ scenario, profile: profile(), seed: 9 });
    const restored = restoreScoredSession(JSON.parse(JSON.stringify(session.snapshot())), scenario);
    expect(restored.storyParameters).toEqual(session.storyParameters);
  });

  it('must be Ink variable names the engine does not write, with plain values', () => {
    const manifest = (storyParameters: unknown) => ({ ...scenario.manifest, storyParameters });
    expect(validateManifest(manifest({ ok_name: [1, 3], flag: true, label: 'x' }))).toMatchObject({ ok: true });
    const result = validateManifest(manifest({ 'Bad-Name': 1, breathing: 'slow', dosesNeeded: 2, range: [5, 1], nested: { a: 1 } }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.field)).toEqual([
      'storyParameters.Bad-Name',
      'storyParameters.breathing',
      'storyParameters.dosesNeeded',
      'storyParameters.range',
      'storyParameters.nested',
    ]);
  });

  it('are reported by the checker when the story does not declare them, or declares another type', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'good-call-story-params-')), 'story-parameters');
    cpSync(path.join(FIXTURES, 'story-parameters'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'en.ink'), 'VAR partner_variant = "one"\nHello. #event:on_scene\n* [Check #act:check_breathing] -> END\n');
    const messages = checkScenario(dir, { assets: null, goldenPaths: false, exploreBudget: 0 }).diagnostics.map(
      (d) => `${d.line ?? ''} ${d.message}`,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^1 partner_variant is a story parameter of type number/),
        expect.stringMatching(/story parameter partner_name, but the story does not declare it/),
        expect.stringMatching(/story parameter partner_breathing_depressed, but the story does not declare it/),
      ]),
    );
  });
});
