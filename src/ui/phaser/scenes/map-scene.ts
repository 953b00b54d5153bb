// The negotiation screen's backdrop: the region's map, its named places and the flows' trails.
// Drawn once, then again only for another language, a resize or a restored context: the still
// layer over it redraws on every move without paying for the map each time.
import { regionMap } from 'virtual:region-map';
import * as Phaser from 'phaser';
import type { SessionState } from '../../../store/contract';
import { drawFlowTrails } from '../widgets/flow-trails';
import { RegionMapWidget } from '../widgets/region-map';
import { RENDER_SCALE } from '../widgets/text';
import type { LayerSceneData } from './layer-data';

export const MAP_SCENE = 'map';

export type MapSceneData = LayerSceneData;

export class MapScene extends Phaser.Scene {
  private setup: MapSceneData | null = null;
  private map: RegionMapWidget | null = null;
  private lang: SessionState['settings']['lang'] = 'en';
  private dirty = true;
  private unsubscribe: (() => void) | null = null;

  constructor() {
    super({ key: MAP_SCENE });
  }

  init(data: MapSceneData): void {
    this.setup = data;
    this.dirty = true;
  }

  create(): void {
    const data = this.setup;
    if (!data) return;
    const scale = Number(this.game.registry.get(RENDER_SCALE)) || 1;
    const box = data.box;
    this.cameras.main.setZoom(scale).centerOn(box.x + box.width / 2, box.y + box.height / 2);
    this.lang = data.store.getState().settings.lang;
    this.map = new RegionMapWidget(this, regionMap, data.view, this.lang);
    drawFlowTrails(this, data.routes);
    this.unsubscribe = data.store.subscribe((s) => {
      if (s.settings.lang === this.lang) return;
      this.dirty = true;
      data.demand.request();
    });
    const stop = () => {
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, stop);
      this.events.off(Phaser.Scenes.Events.DESTROY, stop);
      this.detach();
      this.map = null;
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    this.events.once(Phaser.Scenes.Events.DESTROY, stop);
  }

  /** Stops listening to the store at once (game.destroy finishes only on the next frame). */
  detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  override update(): void {
    const data = this.setup;
    if (this.dirty && data && this.map) {
      this.dirty = false;
      const lang = data.store.getState().settings.lang;
      if (lang !== this.lang) {
        this.lang = lang;
        this.map.setLang(lang);
      }
    }
    data?.demand.settle(this.dirty);
  }
}
