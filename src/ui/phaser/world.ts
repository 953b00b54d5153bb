// The negotiation screen's canvases, for the DOM to mount in #world. Three Phaser games, stacked:
// the map's backdrop, drawn once; the still layer (troops, ladder, calendar, portraits, meters),
// drawn only while something on it changes; and the motion layer, where the migrant flows walk
// every frame. One canvas redrawn whole each frame would cost software WebGL (and a browser that
// composites in software) a full-stage fill and read-back sixty times a second for a few dozen
// moving dots, and every move would redraw the map. `createWorld` resolves once the still layer
// has drawn; `destroy` takes all three down with every listener they added.
import { regionMap } from 'virtual:region-map';
import * as Phaser from 'phaser';
import type { SessionStore } from '../../store/contract';
import { stage } from '../theme';
import { mapView } from '../view-models/map-view';
import { watchContextLoss } from './context-loss';
import { bootGame } from './game-boot';
import { gameConfig, renderScale } from './game-config';
import { canvasArt, mapBox, type Rect } from './layout';
import { renderOnDemand } from './render-on-demand';
import { FLOWS_SCENE, FlowsScene, type FlowsSceneData } from './scenes/flows-scene';
import { MAP_SCENE, MapScene, type MapSceneData } from './scenes/map-scene';
import { WORLD_SCENE, WorldScene, type WorldSceneData } from './scenes/world-scene';
import { flowRoutes, routesBox } from './widgets/flow-routes';
import { projector } from './widgets/region-map';
import { RENDER_SCALE } from './widgets/text';

/** Stage pixels around the routes: walkers step up to 6 off their line, and a dot is 7 wide. */
const FLOW_MARGIN = 12;

export interface World {
  destroy(): void;
  /**
   * The page was resized or moved to another screen since the world was made, so its canvases
   * are drawn at another scale than they are shown: text would be blurred. Made afresh then.
   */
  stale(): boolean;
}

interface Layer {
  readonly name: 'backdrop' | 'still' | 'motion';
  readonly host: HTMLElement;
  readonly key: string;
  readonly game: Phaser.Game;
  readonly demand: ReturnType<typeof renderOnDemand>;
  readonly stopWatching: () => void;
  readonly release: () => void;
}

/** `box`: the part of the stage the layer's canvas covers, placed in stage percentages. */
async function layer(
  parent: HTMLElement,
  name: Layer['name'],
  box: Rect,
  scale: number,
  key: string,
): Promise<Layer> {
  const host = document.createElement('div');
  host.className = `world-layer world-${name}`;
  const percent = (v: number, of: number) => `${(v / of) * 100}%`;
  host.style.left = percent(box.x, stage.width);
  host.style.top = percent(box.y, stage.height);
  host.style.width = percent(box.width, stage.width);
  host.style.height = percent(box.height, stage.height);
  parent.append(host);
  const { game, release } = bootGame(gameConfig(host, [], scale, name, box));
  game.registry.set(RENDER_SCALE, scale);
  await new Promise<void>((resolve) => game.events.once(Phaser.Core.Events.READY, () => resolve()));
  const demand = renderOnDemand(game);
  return { name, host, key, game, demand, release, stopWatching: watchContextLoss(game, key, demand) };
}

export async function createWorld(parent: HTMLElement, store: SessionStore): Promise<World> {
  await fontsReady();
  const scale = renderScale(parent, window.devicePixelRatio);
  // The map of the game on the table (or in the replay viewer): the world is made again per game.
  const view = mapView(store.getState().game?.scenario ?? {});
  const routes = flowRoutes(projector(regionMap, view), view.routes);
  const flowsBox = routesBox(routes, FLOW_MARGIN);
  const [backdrop, still, motion] = await Promise.all([
    layer(parent, 'backdrop', mapBox, scale, MAP_SCENE),
    // The DOM's column covers the stage right of the canvas art.
    layer(parent, 'still', canvasArt, scale, WORLD_SCENE),
    // A canvas over where the dots walk, not the whole stage: the compositor blends it with
    // what lies under it every frame, so its size is what the motion costs.
    layer(parent, 'motion', flowsBox, scale, FLOWS_SCENE),
  ]);
  const layers = [backdrop, still, motion];
  const map: MapSceneData = { store, demand: backdrop.demand, routes, view, box: mapBox };
  backdrop.game.scene.add(MAP_SCENE, MapScene, true, map);
  await new Promise<void>((resolve) => {
    const data: WorldSceneData = { store, ready: resolve, demand: still.demand, view };
    still.game.scene.add(WORLD_SCENE, WorldScene, true, data);
  });
  const flows: FlowsSceneData = { store, demand: motion.demand, routes, view, box: flowsBox };
  motion.game.scene.add(FLOWS_SCENE, FlowsScene, true, flows);
  // Phaser's scale manager resizes the canvas on its next step; a sleeping layer is woken for it.
  const resized = () => {
    for (const l of layers) l.demand.request();
  };
  window.addEventListener('resize', resized);
  let destroyed = false;
  return {
    stale: () => renderScale(parent, window.devicePixelRatio) !== scale,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      window.removeEventListener('resize', resized);
      for (const l of layers) {
        l.stopWatching();
        const scene = l.game.scene.getScene(l.key);
        if (scene instanceof WorldScene || scene instanceof FlowsScene || scene instanceof MapScene)
          scene.detach();
        l.game.destroy(true);
        l.demand.wakeForDestroy();
        l.release();
        l.host.remove();
      }
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
