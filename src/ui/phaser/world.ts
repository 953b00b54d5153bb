// The negotiation screen's canvas, for the DOM to mount in #world: resolves once the scene has
// drawn, and `destroy` takes the game down with every listener it added.
import * as Phaser from 'phaser';
import type { SessionStore } from '../../store/contract';
import { watchContextLoss } from './context-loss';
import { gameConfig, renderScale } from './game-config';
import { WORLD_SCENE, WorldScene, type WorldSceneData } from './scenes/world-scene';
import { RENDER_SCALE } from './widgets/text';

export interface World {
  destroy(): void;
  renderer(): 'webgl' | 'canvas';
  /** The Phaser game, for the browser tests' checks (renderer type, context loss); views never use it. */
  readonly game: Phaser.Game;
}

export async function createWorld(parent: HTMLElement, store: SessionStore): Promise<World> {
  await fontsReady();
  const scale = renderScale(parent, window.devicePixelRatio);
  const game = new Phaser.Game(gameConfig(parent, [], scale));
  game.registry.set(RENDER_SCALE, scale);
  await new Promise<void>((resolve) => game.events.once(Phaser.Core.Events.READY, () => resolve()));
  const stopWatching = watchContextLoss(game, WORLD_SCENE);
  await new Promise<void>((resolve) => {
    const data: WorldSceneData = { store, ready: resolve };
    game.scene.add(WORLD_SCENE, WorldScene, true, data);
  });
  let destroyed = false;
  return {
    game,
    renderer: () => (game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas'),
    destroy() {
      if (destroyed) return;
      destroyed = true;
      stopWatching();
      const scene = game.scene.getScene(WORLD_SCENE);
      if (scene instanceof WorldScene) scene.detach();
      game.destroy(true);
    },
  };
}

/** Canvas text is drawn once with whatever font is loaded: wait for the theme's fonts first. */
async function fontsReady(): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const faces = [
    '700 16px "Fraunces Variable"',
    '400 16px "IBM Plex Sans"',
    '700 16px "IBM Plex Sans"',
    '400 16px "IBM Plex Mono"',
    '700 16px "IBM Plex Mono"',
  ];
  await Promise.race([
    Promise.all(faces.map((f) => document.fonts.load(f).catch(() => []))),
    new Promise((resolve) => setTimeout(resolve, 1500)),
  ]);
}
