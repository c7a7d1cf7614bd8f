/**
 * For `npm run bench` (a page opened with `?measure=steps`): the CPU time of each of Phaser's steps,
 * from the start of its update to the end of its render, kept in `window.goodCallStepWork`. The
 * interval between frames says how often the display refreshes; this says how much work a frame is.
 */
import * as Phaser from 'phaser';

const MOST = 100_000;

export function measureStepWork(game: Phaser.Game): void {
  const work: number[] = [];
  (window as unknown as { goodCallStepWork: number[] }).goodCallStepWork = work;
  let began = 0;
  game.events.on(Phaser.Core.Events.PRE_STEP, () => {
    began = performance.now();
  });
  game.events.on(Phaser.Core.Events.POST_RENDER, () => {
    if (work.length < MOST) work.push(performance.now() - began);
  });
}
