// A lost WebGL context (WEBGL_lose_context), then restored: the events fire and the canvas draws
// the scene again. "Draws" is judged by the colours on the canvas, copied to a small 2D canvas
// inside an animation frame (the drawing buffer is only readable in the frame that drew it).
import type { Page } from 'playwright-core';

export interface ContextLoss {
  lostEvent: boolean;
  restoredEvent: boolean;
  coloursBefore: number;
  coloursWhileLost: number;
  coloursAfter: number;
  drawsAgain: boolean;
  target: string;
}

export async function lostAndRestored(page: Page): Promise<ContextLoss> {
  const figures = await page.evaluate(async () => {
    const canvas = document.querySelector<HTMLCanvasElement>('#world canvas');
    if (!canvas) throw new Error('no canvas under #world');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) throw new Error('the world canvas has no WebGL context');
    const lose = gl.getExtension('WEBGL_lose_context');
    if (!lose) throw new Error('no WEBGL_lose_context extension');
    const sample = document.createElement('canvas');
    sample.width = 64;
    sample.height = 36;
    const ctx = sample.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('no 2D context for sampling');
    const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
    const colours = async () => {
      let most = 0;
      for (let i = 0; i < 6; i++) {
        await frame();
        ctx.clearRect(0, 0, sample.width, sample.height);
        ctx.drawImage(canvas, 0, 0, sample.width, sample.height);
        const { data } = ctx.getImageData(0, 0, sample.width, sample.height);
        const seen = new Set<number>();
        for (let p = 0; p < data.length; p += 4) {
          seen.add(
            ((data[p] ?? 0) >> 4) | (((data[p + 1] ?? 0) >> 4) << 4) | (((data[p + 2] ?? 0) >> 4) << 8),
          );
        }
        most = Math.max(most, seen.size);
      }
      return most;
    };
    const event = (name: string) =>
      new Promise<boolean>((done) => {
        canvas.addEventListener(name, () => done(true), { once: true });
        setTimeout(() => done(false), 5000);
      });
    const coloursBefore = await colours();
    const lost = event('webglcontextlost');
    lose.loseContext();
    const lostEvent = await lost;
    const coloursWhileLost = await colours();
    const restored = event('webglcontextrestored');
    lose.restoreContext();
    const restoredEvent = await restored;
    await new Promise((done) => setTimeout(done, 1000));
    const coloursAfter = await colours();
    return { lostEvent, restoredEvent, coloursBefore, coloursWhileLost, coloursAfter };
  });
  return {
    ...figures,
    drawsAgain:
      !(await page.evaluate(() => document.querySelector<HTMLCanvasElement>('#world canvas') === null)) &&
      figures.restoredEvent &&
      figures.coloursAfter > 1 &&
      figures.coloursAfter >= figures.coloursBefore / 2,
    target: 'a lost context is restored and the scene drawn again',
  };
}
