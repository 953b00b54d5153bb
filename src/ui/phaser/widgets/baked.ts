// Game objects shown as one texture. Phaser 4 re-tessellates every Graphics on every frame it
// draws, changed or not, and each object is a draw of its own: on the still layer that was most
// of a frame's script, and software WebGL pays per draw. Panels, cells, rungs, frames, tracks and
// the labels on them change only when their widget is shown again, so they are drawn once into a
// texture at the render scale, and that image stands in their place in the display list;
// `refresh` after drawing them again.
import type * as Phaser from 'phaser';
import type { Rect } from '../layout';
import { touched } from '../partial-redraw';
import { RENDER_SCALE } from './text';

type Bakeable = Phaser.GameObjects.GameObject &
  Phaser.GameObjects.Components.Transform &
  Phaser.GameObjects.Components.Visible;

/** Stage pixels around the box, for outlines and glows drawn just past it. */
const MARGIN = 2;

export class Baked<T extends Bakeable = Bakeable> {
  private readonly image: Phaser.GameObjects.Image;
  private readonly texture: Phaser.Textures.DynamicTexture | null;
  private readonly scale: number;

  /** `objects`, in drawing order, stay inside `box` (stage coordinates). */
  constructor(
    private readonly scene: Phaser.Scene,
    readonly objects: readonly T[],
    private readonly box: Rect,
    private readonly key: string,
  ) {
    this.scale = Number(scene.game.registry.get(RENDER_SCALE)) || 1;
    if (scene.textures.exists(key)) scene.textures.remove(key);
    this.texture = scene.textures.addDynamicTexture(
      key,
      Math.ceil((box.width + 2 * MARGIN) * this.scale),
      Math.ceil((box.height + 2 * MARGIN) * this.scale),
    );
    this.image = scene.add
      .image(box.x - MARGIN, box.y - MARGIN, key)
      .setOrigin(0, 0)
      .setScale(1 / this.scale);
    // Where the first object was in the display list, under whatever was added after it.
    const list = scene.children;
    const first = objects[0];
    if (first) list.moveTo(this.image, list.getIndex(first) + 1);
    // Without a texture (not in WebGL) the objects stay on show and are drawn live.
    if (this.texture) for (const o of objects) o.setVisible(false);
    else this.image.setVisible(false);
  }

  /** The first object (for widgets that bake a single Graphics). */
  get graphics(): T {
    const first = this.objects[0];
    if (!first) throw new Error('a Baked holds at least one object');
    return first;
  }

  refresh(): this {
    const t = this.texture;
    if (!t) return this;
    const s = this.scale;
    t.clear();
    for (const o of this.objects) {
      // Drawn as the stage would be at the render scale: position and size both scaled.
      const { x, y, scaleX, scaleY } = o;
      o.setVisible(true)
        .setPosition(x * s, y * s)
        .setScale(scaleX * s, scaleY * s);
      t.draw(o, -(this.box.x - MARGIN) * s, -(this.box.y - MARGIN) * s);
      // Rendered before the object's own transform is put back: draw only queues the command.
      t.render();
      o.setVisible(false).setPosition(x, y).setScale(scaleX, scaleY);
    }
    touched(this.image);
    return this;
  }

  destroy(): void {
    this.image.destroy();
    if (this.scene.textures.exists(this.key)) this.scene.textures.remove(this.key);
  }
}
