// Canvas text drawn at the device pixel ratio, in the theme's fonts, so it stays crisp when
// Scale.FIT enlarges the stage (1920×1080 and beyond).
import type * as Phaser from 'phaser';
import { type PaletteKey, palette, type } from '../../theme';

export interface TextLook {
  readonly size?: keyof typeof type.size | number;
  readonly font?: 'display' | 'body' | 'figures';
  readonly colour?: PaletteKey;
  readonly bold?: boolean;
  readonly wrap?: number;
  readonly align?: 'left' | 'center' | 'right';
}

/**
 * Text renders at the device pixel ratio, or at the game's render scale (the ratio times
 * Scale.FIT's enlargement) when that is higher, so glyphs are never magnified.
 */
export function textResolution(scene: Phaser.Scene): number {
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const scale = Number(scene.game.registry.get(RENDER_SCALE)) || 1;
  return Math.max(1, dpr, scale);
}

export const RENDER_SCALE = 'render-scale';

export function addText(
  scene: Phaser.Scene,
  x: number,
  y: number,
  content: string,
  look: TextLook = {},
): Phaser.GameObjects.Text {
  const size = typeof look.size === 'number' ? look.size : type.size[look.size ?? 'body'];
  const text = scene.add.text(x, y, content, {
    fontFamily: type[look.font ?? 'body'],
    fontSize: `${size}px`,
    fontStyle: look.bold ? 'bold' : 'normal',
    color: palette[look.colour ?? 'paper'],
    align: look.align ?? 'left',
    ...(look.wrap ? { wordWrap: { width: look.wrap, useAdvancedWrap: true } } : {}),
  });
  text.setResolution(textResolution(scene));
  return text;
}

/** Shrinks a line to fit `maxWidth` (down to `minSize` px), then cuts it with an ellipsis. */
export function fitWidth(text: Phaser.GameObjects.Text, maxWidth: number, minSize = 9): void {
  const full = text.text;
  let size = Number.parseFloat(String(text.style.fontSize)) || type.size.body;
  while (text.width > maxWidth && size > minSize) {
    size -= 1;
    text.setFontSize(size);
  }
  if (text.width <= maxWidth) return;
  let cut = full;
  while (cut.length > 1 && text.width > maxWidth) {
    cut = cut.slice(0, -1);
    text.setText(`${cut.trimEnd()}…`);
  }
}

/**
 * Sets a text's colour only when it changes: Phaser redraws the text's canvas and uploads its
 * texture again on every setColor, which software WebGL pays for in the next frame.
 */
export function recolour(text: Phaser.GameObjects.Text, colour: string): void {
  if (text.style.color !== colour) text.setColor(colour);
}
