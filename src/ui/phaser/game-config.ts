// The game's configuration: WebGL only (the Canvas renderer is deprecated in Phaser 4), the
// 1280×720 design size scaled to fit its parent, and a transparent canvas over the page's night.
import * as Phaser from 'phaser';
import { stage } from '../theme';

/**
 * Backing pixels per stage pixel: the device pixel ratio times how much Scale.FIT enlarges the
 * stage, so lines and text are drawn at the size they are shown (crisp at 1920×1080), capped at 3.
 */
export function renderScale(parent: HTMLElement, devicePixelRatio: number): number {
  const fit = Math.min(parent.clientWidth / stage.width, parent.clientHeight / stage.height);
  const scale = (devicePixelRatio || 1) * (Number.isFinite(fit) && fit > 0 ? fit : 1);
  return Math.min(3, Math.max(1, Math.round(scale * 4) / 4));
}

/**
 * `size`: the part of the stage this canvas covers, in stage pixels. The backdrop keeps its
 * drawing buffer, so what it drew once stays readable (the context-loss check samples it); the
 * still layer keeps it and is never cleared whole, since it redraws only the rectangles that
 * changed (partial-redraw.ts); the motion layer, redrawn whole every frame, does not keep it, which spares
 * the compositor a copy of each of its frames. No layer multisamples: the map is baked, and
 * software WebGL pays for multisampling on every pixel of every frame (long tasks of 140 ms in
 * bench:web, 70 without). One texture per batch: more texture units make every fragment pick
 * between them. The still layer's context is desynchronized: a browser that composites in
 * software otherwise reads such a canvas back, waiting on the GPU process, in the same task as the
 * frame that drew it; that wait made most long tasks of an AI move (a probe of 10 fresh tables:
 * about half had one of 50 to 65 ms before, none or one or two after).
 */
export function gameConfig(
  parent: HTMLElement,
  scene: Phaser.Types.Core.GameConfig['scene'],
  scale: number,
  layer: 'backdrop' | 'still' | 'motion',
  size: { readonly width: number; readonly height: number },
): Phaser.Types.Core.GameConfig {
  return {
    type: Phaser.WEBGL,
    parent,
    // The canvas is the stage times the render scale; the camera zooms by the same factor, so the
    // scene still draws in 1280×720 stage coordinates.
    width: Math.round(size.width * scale),
    height: Math.round(size.height * scale),
    transparent: true,
    antialias: true,
    banner: false,
    // The DOM has every control; the canvas none. With no input at all, Phaser adds no pointer
    // listeners to the page (its mouse manager's would keep the last clicked element, and with it
    // the whole table, alive after the game is destroyed).
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
    audio: { noAudio: true },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    render: {
      antialias: true,
      antialiasGL: false,
      maxTextures: 1,
      preserveDrawingBuffer: layer !== 'motion',
      clearBeforeRender: layer !== 'still',
      desynchronized: layer === 'still',
      roundPixels: false,
    },
    scene,
  };
}
