// A scene that redraws only the parts of its canvas where something changed. Software WebGL
// pays for every pixel and every draw of every frame: a meter's bar moving for 400 ms made the
// whole still layer (calendar, ladder, portraits, every meter) be drawn again 25 times, at 30
// frames a second where one bar alone draws at 60. Here each frame draws only its damaged
// rectangles (damage.ts), each with a camera of its own scissored to it, which draws only the
// objects reaching into it, after clearing it. The canvas keeps its drawing buffer, so the rest
// stays as it was drawn. Damage is found by looking, not by being told: a widget that forgets to
// report a change cannot leave a stale picture behind.
import * as Phaser from 'phaser';
import { DamageTracker, MAX_RECTS, overlaps, type Sighting } from './damage';
import type { Rect } from './layout';

/**
 * Graphics have no bounds of their own. A widget says where one draws, in its local
 * coordinates; one that does not is taken to cover the whole canvas (correct, only slower).
 */
const extents = new WeakMap<Phaser.GameObjects.GameObject, Rect>();
export function declareExtent(graphics: Phaser.GameObjects.Graphics, local: Rect): void {
  extents.set(graphics, local);
}

/** A texture drawn again in place (a Baked image): its look changed though nothing else did. */
const revisions = new WeakMap<Phaser.GameObjects.GameObject, number>();
export function touched(object: Phaser.GameObjects.GameObject): void {
  revisions.set(object, (revisions.get(object) ?? 0) + 1);
}

/** Stage pixels a shaken box moves by, at most. */
const SHAKE_PX = 3;

/** Stage pixels around an object's bounds: antialiased edges and strokes reach past them. */
const PAD = 2;

export interface PartialRedraw {
  /** Shakes what lies in `box` (stage coordinates) by a few pixels for `ms`. */
  shake(box: Rect, ms: number): void;
  /** Whether a shake is still running: the loop must not sleep in the middle of it. */
  busy(): boolean;
}

/**
 * `area`: the stage rectangle the canvas shows, at `scale` backing pixels per stage pixel. Call
 * in the scene's `create`; it undoes itself on shutdown. The game must keep its drawing buffer
 * and not clear it before each frame (game-config.ts): what a frame does not draw stays.
 */
export function partialRedraw(scene: Phaser.Scene, area: Rect, scale: number): PartialRedraw {
  const renderer = scene.game.renderer;
  // One camera per rectangle a frame may draw, and one for a shaking box, drawn last.
  const main = scene.cameras.main;
  const pool = [main, ...Array.from({ length: MAX_RECTS - 1 }, () => scene.cameras.add(0, 0, 1, 1))];
  const shaker = scene.cameras.add(0, 0, 1, 1);
  const cameras = [...pool, shaker];
  let everyCamera = 0;
  for (const camera of cameras) {
    camera.setZoom(scale).setVisible(false);
    everyCamera |= camera.id;
  }
  const tracker = new DamageTracker(area);
  let shaking: Rect | null = null;
  let shook = false;

  const beforeRender = () => {
    const list = scene.children.list;
    const shown: Sighting[] = list.map((o, i) => {
      const bounds = boundsOf(o, area);
      // The index too: an object moved in the drawing order looks different where it overlaps.
      return { key: o, bounds, signature: bounds ? signature(o, FNV_OFFSET ^ i) : 0 };
    });
    let rects = tracker.damaged(shown);
    // A shaken box is drawn every frame of its shake and once more at rest; what else is
    // damaged inside it is drawn with it.
    const running = shaker.shakeEffect.isRunning;
    const shakeBox = shaking && (running || shook) ? shaking : null;
    shook = running;
    if (!shakeBox) shaking = null;
    if (shakeBox) rects = rects.filter((r) => !inside(r, shakeBox));
    const passes = rects.map((rect, i) => ({ rect, camera: pool[i] })).filter((p) => p.camera);
    if (shakeBox) passes.push({ rect: shakeBox, camera: shaker });
    for (const camera of cameras) camera.setVisible(false);
    if (passes.length === 0) return;
    for (const { rect, camera } of passes) {
      if (!camera) continue;
      const box = pixels(rect, area, scale);
      camera.setViewport(box.x, box.y, box.width, box.height);
      camera.centerOn(area.x + (box.x + box.width / 2) / scale, area.y + (box.y + box.height / 2) / scale);
      camera.setVisible(true);
      clearBox(renderer, box);
    }
    // Each object is drawn only by the passes it reaches into.
    list.forEach((o, i) => {
      const bounds = shown[i]?.bounds ?? null;
      let ignoredBy = everyCamera;
      if (bounds)
        for (const { rect, camera } of passes) if (camera && overlaps(bounds, rect)) ignoredBy &= ~camera.id;
      o.cameraFilter = ignoredBy;
    });
  };

  const restored = () => tracker.invalidate();
  scene.events.on(Phaser.Scenes.Events.PRE_RENDER, beforeRender);
  renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, restored);
  const stop = () => {
    scene.events.off(Phaser.Scenes.Events.PRE_RENDER, beforeRender);
    renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, restored);
    scene.events.off(Phaser.Scenes.Events.SHUTDOWN, stop);
    scene.events.off(Phaser.Scenes.Events.DESTROY, stop);
  };
  scene.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
  scene.events.once(Phaser.Scenes.Events.DESTROY, stop);

  return {
    shake(box, ms) {
      const m = SHAKE_PX + PAD;
      shaking = { x: box.x - m, y: box.y - m, width: box.width + 2 * m, height: box.height + 2 * m };
      const px = pixels(shaking, area, scale);
      // Phaser's intensity is a share of the camera's size: SHAKE_PX either way.
      shaker.setViewport(px.x, px.y, px.width, px.height);
      shaker.shake(ms, new Phaser.Math.Vector2(SHAKE_PX / px.width, SHAKE_PX / px.height));
    },
    busy: () => shaker.shakeEffect.isRunning || shook,
  };
}

/** A stage rectangle as whole backing pixels of the canvas, covering every pixel it touches. */
function pixels(r: Rect, area: Rect, scale: number): Rect {
  const x0 = Math.max(0, Math.floor((r.x - area.x) * scale));
  const y0 = Math.max(0, Math.floor((r.y - area.y) * scale));
  const x1 = Math.min(Math.round(area.width * scale), Math.ceil((r.x + r.width - area.x) * scale));
  const y1 = Math.min(Math.round(area.height * scale), Math.ceil((r.y + r.height - area.y) * scale));
  return { x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
}

function inside(r: Rect, of: Rect): boolean {
  return r.x >= of.x && r.y >= of.y && r.x + r.width <= of.x + of.width && r.y + r.height <= of.y + of.height;
}

/** Clears a box to transparent: a clone of the base context, scissored to it. */
function clearBox(
  renderer: Phaser.Renderer.Canvas.CanvasRenderer | Phaser.Renderer.WebGL.WebGLRenderer,
  box: Rect,
): void {
  if (!(renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)) return;
  const context = renderer.baseDrawingContext.getClone();
  context.setScissorEnable(true);
  context.setScissorBox(box.x, box.y, box.width, box.height);
  context.use();
  context.clear(renderer.gl.COLOR_BUFFER_BIT);
  context.release();
}

type Shown = Phaser.GameObjects.GameObject &
  Partial<Phaser.GameObjects.Components.Transform & Phaser.GameObjects.Components.Visible>;

/** Where an object draws, padded; null if it draws nothing. */
function boundsOf(o: Shown, whole: Rect): Rect | null {
  if (o.visible === false) return null;
  let r: Rect;
  if (o instanceof Phaser.GameObjects.Graphics) {
    const local = extents.get(o);
    if (!local) return whole;
    r = {
      x: o.x + local.x * o.scaleX,
      y: o.y + local.y * o.scaleY,
      width: local.width * o.scaleX,
      height: local.height * o.scaleY,
    };
    // A negative scale flips the box.
    if (r.width < 0) r = { ...r, x: r.x + r.width, width: -r.width };
    if (r.height < 0) r = { ...r, y: r.y + r.height, height: -r.height };
  } else if ('getBounds' in o && typeof o.getBounds === 'function') {
    const b = (o as unknown as { getBounds(): Phaser.Geom.Rectangle }).getBounds();
    r = { x: b.x, y: b.y, width: b.width, height: b.height };
  } else return whole;
  const x = Math.floor(r.x - PAD);
  const y = Math.floor(r.y - PAD);
  return { x, y, width: Math.ceil(r.x + r.width + PAD) - x, height: Math.ceil(r.y + r.height + PAD) - y };
}

/**
 * Everything about an object's look that can change while it stays in the display list, hashed
 * (FNV-1a over the values): strings built sixty times a second for every object cost more than
 * drawing them. Sub-pixel differences below 1/1024 are not told apart; they do not show.
 */
function signature(o: Shown, seed = FNV_OFFSET): number {
  h = seed;
  look(o);
  return h >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** The hash being built: one module-level word, so a frame's hashing allocates nothing. */
let h = FNV_OFFSET;

function num(v: number | undefined): void {
  const n = v === undefined || Number.isNaN(v) ? 0x7fc00000 : v * 1024;
  h = Math.imul(h ^ (n | 0), FNV_PRIME);
  h = Math.imul(h ^ (Math.floor(n / 2 ** 32) | 0), FNV_PRIME);
}

function str(v: string | undefined): void {
  const t = v ?? '';
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), FNV_PRIME);
  h = Math.imul(h ^ 0xff, FNV_PRIME);
}

function look(o: Shown): void {
  const props = o as unknown as Record<string, unknown>;
  str(o.type);
  num(o.x);
  num(o.y);
  num(o.scaleX);
  num(o.scaleY);
  num(o.rotation);
  num(o.visible ? 1 : 0);
  num(revisions.get(o));
  num(typeof props.alpha === 'number' ? props.alpha : undefined);
  if (o instanceof Phaser.GameObjects.Text) {
    str(o.text);
    str(String(o.style.color));
    str(o.style.fontStyle);
    str(String(o.style.fontSize));
    str(o.style.backgroundColor);
    num(o.width);
    num(o.height);
  } else if (o instanceof Phaser.GameObjects.Graphics) {
    const buffer: readonly unknown[] = o.commandBuffer;
    num(buffer.length);
    for (const c of buffer) num(typeof c === 'number' ? c : -1);
  } else if (o instanceof Phaser.GameObjects.Container) {
    for (const child of o.list) look(child);
  } else {
    const frame = props.frame as { name?: string; texture?: { key?: string } } | undefined;
    str(frame?.texture?.key);
    str(frame?.name);
    for (const key of ['tintTopLeft', 'fillColor', 'fillAlpha', 'width', 'height']) {
      const v = props[key];
      num(typeof v === 'number' ? v : undefined);
    }
  }
}
