// A Graphics object shown as a texture. Phaser 4 re-tessellates every Graphics on every frame it
// draws, changed or not: on the still layer that was two thirds of a frame's script during a
// move's tweens. Panels, cells, rungs and frames change only when their widget is shown again,
// so each is drawn once into a texture at the render scale and that image stands in its place in
// the display list; `refresh` after drawing again.
import type * as Phaser from 'phaser';
import type { Rect } from '../layout';
import { RENDER_SCALE } from './text';

export class BakedGraphics {
  private readonly image: Phaser.GameObjects.Image;
  private readonly texture: Phaser.Textures.DynamicTexture | null;
  private readonly scale: number;

  /** `box`: the stage rectangle the drawing stays in (a pixel of outline may go past it). */
  constructor(
    private readonly scene: Phaser.Scene,
    readonly graphics: Phaser.GameObjects.Graphics,
    private readonly box: Rect,
    private readonly key: string,
  ) {
    this.scale = Number(scene.game.registry.get(RENDER_SCALE)) || 1;
    if (scene.textures.exists(key)) scene.textures.remove(key);
    this.texture = scene.textures.addDynamicTexture(
      key,
      Math.ceil((box.width + 4) * this.scale),
      Math.ceil((box.height + 4) * this.scale),
    );
    this.image = scene.add
      .image(box.x - 2, box.y - 2, key)
      .setOrigin(0, 0)
      .setScale(1 / this.scale);
    // Straight after the graphics in the display list, under whatever was added after them.
    const list = scene.children;
    list.moveTo(this.image, list.getIndex(graphics) + 1);
    // Without a texture (not in WebGL) the graphics stay on show and are drawn live.
    if (this.texture) graphics.setVisible(false);
    else this.image.setVisible(false);
  }

  refresh(): void {
    const t = this.texture;
    if (!t) return;
    const g = this.graphics;
    t.clear();
    g.setVisible(true).setScale(this.scale);
    t.draw(g, -(this.box.x - 2) * this.scale, -(this.box.y - 2) * this.scale);
    t.render();
    g.setVisible(false).setScale(1);
  }

  destroy(): void {
    this.image.destroy();
    if (this.scene.textures.exists(this.key)) this.scene.textures.remove(this.key);
  }
}
