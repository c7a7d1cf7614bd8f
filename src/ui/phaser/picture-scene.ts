/**
 * What every scene of the picture behind the DOM shares: it is handed a ScenePicture, draws it with
 * plain shapes, and draws again when the picture changes or the window is resized. Words that
 * change every second (a clock) are refreshed in place, so a running animation is never restarted.
 * All motion goes through the helpers here: none of it when reduced motion is preferred, and
 * nothing that changes brightness faster than three times a second. Not a scene itself; each scene
 * extends it in its own file.
 */
import * as Phaser from 'phaser';
import type { ScenePicture } from '../scene-picture.js';
import { safeFlashCycle, TREMOR_CYCLE_MS, type BreathCycle } from './motion.js';

export interface Motion {
  readonly role: 'breathing' | 'lights' | 'tremor' | 'glow' | 'compressions';
  /** One whole cycle, in milliseconds. */
  readonly cycleMs: number;
}

export abstract class PictureScene<P extends ScenePicture = ScenePicture> extends Phaser.Scene {
  protected picture: P | undefined;
  private drawn = '';
  private running: Motion[] = [];

  /** Plain shapes only; motion only through the helpers below. */
  protected abstract paint(picture: P, width: number, height: number): void;

  /** What must change for the picture to be drawn again; the rest is refreshed in place. */
  protected paintKey(picture: P): string {
    return JSON.stringify(picture);
  }

  /** Updates what changes without a redraw (texts); called after every new picture. */
  protected refresh(_picture: P): void {}

  protected get reducedMotion(): boolean {
    return this.registry.get('reducedMotion') === true;
  }

  create(picture: P): void {
    this.picture = picture;
    this.drawn = '';
    this.redraw();
    const onResize = (): void => this.repaint();
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => {
      this.scale.off('resize', onResize);
      this.running = [];
      this.onLeave();
    });
  }

  /** Shows a new picture without restarting the scene; nothing is redrawn if nothing changed. */
  show(picture: P): void {
    this.picture = picture;
    this.redraw();
  }

  /** Draws everything again: the window was resized, or the trainee's motion preference changed. */
  repaint(): void {
    this.drawn = '';
    this.redraw();
  }

  /** The scene is stopped: anything it told the page about itself is taken back. */
  protected onLeave(): void {}

  private redraw(): void {
    const picture = this.picture;
    if (!picture) return;
    const key = `${this.scale.width}x${this.scale.height}:${this.reducedMotion}:${this.paintKey(picture)}`;
    if (key !== this.drawn) {
      this.drawn = key;
      this.tweens.killAll();
      this.running = [];
      this.children.removeAll(true);
      this.paint(picture, this.scale.width, this.scale.height);
    }
    this.refresh(picture);
  }

  /** Whether anything moves: a still picture lets the game loop sleep. */
  get animated(): boolean {
    return this.tweens.getTweens().length > 0;
  }

  /** What moves now, and how fast: for the tests, which check the rate and the flash limit. */
  get motions(): readonly Motion[] {
    return this.running;
  }

  /** Records a motion a scene runs itself, so the tests see it too. */
  protected noteMotion(motion: Motion): void {
    this.running.push(motion);
  }

  /** A chest rising and falling at the breath's pace, from its resting `scale` (the axis it rises along). */
  protected breathe(target: Phaser.GameObjects.GameObject, axis: 'scaleX' | 'scaleY', breath: BreathCycle): boolean {
    if (this.reducedMotion) return false;
    this.tweens.add({
      targets: target,
      [axis]: 1 + breath.depth,
      duration: breath.riseMs,
      yoyo: true,
      repeat: -1,
      repeatDelay: breath.restMs,
      ease: 'Sine.easeInOut',
    });
    this.running.push({ role: 'breathing', cycleMs: breath.periodMs });
    return true;
  }

  /** A light going on and off (alpha), never faster than three times a second. */
  protected flash(
    target: Phaser.GameObjects.GameObject | Phaser.GameObjects.GameObject[],
    cycleMs: number,
    delayMs = 0,
    role: Motion['role'] = 'lights',
  ): void {
    if (this.reducedMotion) return;
    const cycle = safeFlashCycle(cycleMs);
    this.tweens.add({ targets: target, alpha: 0.15, duration: cycle / 2, yoyo: true, repeat: -1, delay: delayMs, ease: 'Sine.easeInOut' });
    this.running.push({ role, cycleMs: cycle });
  }

  /** A small, quick tremor from side to side. */
  protected tremble(target: Phaser.GameObjects.GameObject & { x: number }): void {
    if (this.reducedMotion) return;
    this.tweens.add({ targets: target, x: target.x + 1.5, duration: TREMOR_CYCLE_MS / 2, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    this.running.push({ role: 'tremor', cycleMs: TREMOR_CYCLE_MS });
  }
}
