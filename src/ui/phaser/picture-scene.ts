/**
 * What every scene of the picture behind the DOM shares: it is handed a ScenePicture, draws it with
 * plain shapes, and draws again when the picture changes or the window is resized. Not a scene
 * itself; each scene extends it in its own file.
 */
import * as Phaser from 'phaser';
import type { ScenePicture } from '../scene-picture.js';

export abstract class PictureScene<P extends ScenePicture = ScenePicture> extends Phaser.Scene {
  protected picture: P | undefined;
  private drawn = '';

  /** Plain shapes only; animations through tweens, which `reducedMotion` turns off. */
  protected abstract paint(picture: P, width: number, height: number): void;

  protected get reducedMotion(): boolean {
    return this.registry.get('reducedMotion') === true;
  }

  create(picture: P): void {
    this.picture = picture;
    this.drawn = '';
    this.redraw();
    const onResize = (): void => {
      this.drawn = '';
      this.redraw();
    };
    this.scale.on('resize', onResize);
    this.events.once('shutdown', () => this.scale.off('resize', onResize));
  }

  /** Shows a new picture without restarting the scene; nothing is redrawn if nothing changed. */
  show(picture: P): void {
    this.picture = picture;
    this.redraw();
  }

  private redraw(): void {
    const picture = this.picture;
    if (!picture) return;
    const key = JSON.stringify(picture);
    if (key === this.drawn) return;
    this.drawn = key;
    this.tweens.killAll();
    this.children.removeAll(true);
    this.paint(picture, this.scale.width, this.scale.height);
  }

  /** Whether anything moves: a still picture lets the game loop sleep. */
  get animated(): boolean {
    return this.tweens.getTweens().length > 0;
  }

  /** A gentle pulse: the one kind of motion these pictures use. */
  protected pulse(target: Phaser.GameObjects.GameObject, props: Record<string, number>, duration: number): void {
    if (this.reducedMotion) return;
    this.tweens.add({ targets: target, ...props, duration, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }
}
