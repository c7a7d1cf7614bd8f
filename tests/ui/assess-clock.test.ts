import { describe, expect, it } from 'vitest';
import { startAssessClock } from '../../src/ui/assess-clock.js';
import { manualTimeSource } from '../../src/ui/time-source.js';
import { apartmentSession, pickActions } from '../classroom/helpers.js';

function clockWith(factor: number) {
  const source = manualTimeSource();
  const elapsed: number[] = [];
  const clock = startAssessClock({ source, factor, elapse: (s) => elapsed.push(s) });
  return { source, elapsed, clock };
}

describe('the assess clock', () => {
  it('turns real seconds into whole simulated seconds at the chosen factor, carrying the rest', () => {
    const { source, elapsed } = clockWith(2);
    source.advance(0.25);
    source.advance(0.25);
    source.advance(0.3);
    source.advance(1);
    expect(elapsed).toEqual([1, 2]);
    source.advance(0.1);
    expect(elapsed.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('runs slower than real time at half speed', () => {
    const { source, elapsed } = clockWith(0.5);
    for (let i = 0; i < 8; i++) source.advance(0.5);
    expect(elapsed).toEqual([1, 1]);
  });

  it('stops while paused and starts again on resume', () => {
    const { source, elapsed, clock } = clockWith(1);
    source.advance(1);
    clock.pause();
    expect(clock.paused).toBe(true);
    expect(source.running).toBe(0);
    source.advance(10);
    expect(elapsed).toEqual([1]);
    clock.resume();
    source.advance(2);
    expect(elapsed).toEqual([1, 2]);
  });

  it('never runs again once stopped', () => {
    const { source, elapsed, clock } = clockWith(1);
    clock.stop();
    clock.resume();
    source.advance(5);
    expect(elapsed).toEqual([]);
    expect(source.running).toBe(0);
  });
});

describe('hesitation in assess mode', () => {
  /** Real seconds at the browser's tick, a quarter of a second at a time. */
  function waitReal(source: ReturnType<typeof manualTimeSource>, seconds: number): void {
    for (let passed = 0; passed < seconds; passed += 0.25) source.advance(0.25);
  }

  it('costs the patient: the officer who waits finds them worse than the one who acts at once', () => {
    const prompt = apartmentSession('assess');
    const hesitant = apartmentSession('assess');
    const source = manualTimeSource();
    const clock = startAssessClock({ source, factor: 2, elapse: (s) => hesitant.elapse(s) });
    waitReal(source, 150);
    clock.stop();
    expect(hesitant.state().elapsedSeconds).toBe(300);

    // The same picks, in the same scenario with the same seed: only the wait differs.
    pickActions(prompt, 'scene_size_up', 'don_gloves');
    pickActions(hesitant, 'scene_size_up', 'don_gloves');
    const acted = prompt.state();
    const waited = hesitant.state();
    expect(acted.breathing).toBe('slow');
    expect(waited.breathing).toBe('none');
    expect(waited.oxygenDebtSeconds).toBeGreaterThan(acted.oxygenDebtSeconds + 100);
  });

  it('costs nothing while paused', () => {
    const prompt = apartmentSession('assess');
    const paused = apartmentSession('assess');
    const source = manualTimeSource();
    const clock = startAssessClock({ source, factor: 2, elapse: (s) => paused.elapse(s) });
    clock.pause();
    waitReal(source, 150);
    expect(paused.state()).toEqual(prompt.state());
  });
});
