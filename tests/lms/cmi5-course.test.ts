/** The cmi5 course structure: one AU per scenario, in every language it has, and only valid settings. */
import { describe, expect, it } from 'vitest';
import { auId, cmi5CourseStructure, type CourseScenario } from '../../src/lms/cmi5-course.js';

const scenarios: readonly CourseScenario[] = [
  { id: 'overdose-apartment', title: { en: "The roommate's call", es: 'La llamada' }, summary: { en: 'A & B', es: 'Un resumen' } },
  { id: 'patdown-park-bench', title: { en: 'The bench' }, summary: { en: 'Lunch on a bench' } },
];

describe('cmi5.xml', () => {
  it('has one AU per scenario, launching the game on it, titled in each of its languages', () => {
    const xml = cmi5CourseStructure({
      scenarios,
      base: 'https://academy.example.gov/training/',
      moveOn: 'Passed',
      masteryScore: 0.85,
      profile: 'state-x',
    });
    const aus = [...xml.matchAll(/<au id="([^"]+)" moveOn="Passed" masteryScore="0.85" launchMethod="AnyWindow">/g)].map((m) => m[1]);
    expect(aus).toEqual(scenarios.map((s) => auId('https://academy.example.gov/training', s.id)));
    expect(xml).toContain('<url>index.html?scenario=overdose-apartment&amp;profile=state-x</url>');
    expect(xml).toContain('<langstring lang="es-US">La llamada</langstring>');
    expect(xml).toContain('The roommate&apos;s call');
    expect(xml).toContain('A &amp; B');
    expect(xml).toContain('<course id="https://academy.example.gov/training/cmi5/course">');
  });

  it('leaves the mastery score out unless the agency sets one, and refuses one outside 0 to 1', () => {
    expect(cmi5CourseStructure({ scenarios, base: 'https://x.example', moveOn: 'Completed' })).not.toContain('masteryScore');
    expect(() => cmi5CourseStructure({ scenarios, base: 'https://x.example', moveOn: 'Completed', masteryScore: 80 })).toThrow(
      /between 0 and 1/,
    );
  });
});
