import { describe, expect, it } from 'vitest';
import { scanInkSource, stripComments } from '../../src/engine/story/scan-ink-source.js';

describe('reading Ink source without compiling it', () => {
  it('drops comments but keeps line numbers', () => {
    expect(stripComments('a // x #act:wait\n/* b\n c */ d\n')).toBe('a \n\n d\n');
  });

  it("places tags: in a choice's brackets, after them, on a line, in the header", () => {
    const source = [
      '# author: someone',
      'VAR x = 1',
      'Hello. #speaker:narrator #event:on_scene',
      '* [Go #act:wait target=self] Gone. #sfx:footsteps',
      '{x: Shown. #bg:apartment}',
      '+ (label) {x} [Again \\# not a tag #act:monitor]',
    ].join('\n');
    expect(scanInkSource(source).tags).toEqual([
      { line: 1, text: 'author: someone', place: 'global' },
      { line: 3, text: 'speaker:narrator', place: 'line' },
      { line: 3, text: 'event:on_scene', place: 'line' },
      { line: 4, text: 'act:wait target=self', place: 'choice' },
      { line: 4, text: 'sfx:footsteps', place: 'after-choice' },
      { line: 5, text: 'bg:apartment', place: 'line' },
      { line: 6, text: 'act:monitor', place: 'choice' },
    ]);
  });

  it('outlines knots, stitches, choices and gathers, and lists variables', () => {
    const source = [
      'VAR breathing = "slow"',
      'CONST LIMIT = 3',
      '=== hub ===',
      '= inner',
      '* [A] a',
      '** [B] b',
      '- (join) done',
      '+ [C] -> hub',
      '-> END',
      '=== function f(x) ===',
      '~ return x',
    ].join('\n');
    const scan = scanInkSource(source);
    expect(scan.outline).toEqual([
      { line: 3, kind: 'knot', name: 'hub' },
      { line: 4, kind: 'stitch', name: 'inner' },
      { line: 5, kind: 'choice', depth: 1, sticky: false },
      { line: 6, kind: 'choice', depth: 2, sticky: false },
      { line: 7, kind: 'gather', depth: 1, label: 'join' },
      { line: 8, kind: 'choice', depth: 1, sticky: true },
      { line: 10, kind: 'function', name: 'f' },
    ]);
    expect(scan.variables).toEqual([
      { line: 1, name: 'breathing', initial: '"slow"', constant: false },
      { line: 2, name: 'LIMIT', initial: '3', constant: true },
    ]);
  });
});
