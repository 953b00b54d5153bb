// A lost WebGL context (a GPU reset, too many tabs, or `WEBGL_lose_context` in the tests): the
// browser is told we will restore it (preventDefault), and once Phaser's renderer has restored its
// state the scene restarts, so every texture it generated and every object it drew is made again.
// A layer that draws on demand may be asleep then: it is woken for the restart.
import * as Phaser from 'phaser';
import type { RenderOnDemand } from './render-on-demand';

export function watchContextLoss(game: Phaser.Game, sceneKey: string, demand: RenderOnDemand): () => void {
  const canvas = game.canvas;
  const lost = (event: Event) => event.preventDefault();
  canvas.addEventListener('webglcontextlost', lost, false);
  const renderer = game.renderer;
  const restored = () => {
    const scene = game.scene.getScene(sceneKey);
    if (scene) scene.scene.restart();
    demand.request();
  };
  if (renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)
    renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, restored);
  return () => {
    canvas.removeEventListener('webglcontextlost', lost, false);
    if (renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer)
      renderer.off(Phaser.Renderer.Events.RESTORE_WEBGL, restored);
  };
}
