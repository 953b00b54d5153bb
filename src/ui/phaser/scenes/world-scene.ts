// The negotiation screen's still layer, over the map's backdrop: the troops and the flows'
// caption, the tariff ladder, the calendar, the portraits and the meters. It reads the store's game view only (the
// person's observation), subscribes in `create`, unsubscribes on shutdown and destroy, and draws
// only while something changes or moves: its loop sleeps once every tween has finished.

import { regionMap } from 'virtual:region-map';
import * as Phaser from 'phaser';
import type { SessionState, SessionStore } from '../../../store/contract';
import { type MapView, mapView } from '../../view-models/map-view';
import { type WorldView, worldView } from '../../view-models/world';
import { canvasArt, columnLayout } from '../layout';
import { reducedMotion, systemPrefersReduced } from '../motion';
import { type PartialRedraw, partialRedraw } from '../partial-redraw';
import type { RenderOnDemand } from '../render-on-demand';
import { makeTextures } from '../textures';
import { CalendarWidget } from '../widgets/calendar';
import { FlowCaptionWidget } from '../widgets/flow-caption';
import { MeterWidget } from '../widgets/meters';
import { loadPortraits, PortraitWidget } from '../widgets/portraits';
import { projector } from '../widgets/region-map';
import { TariffLadderWidget } from '../widgets/tariff-ladder';
import { RENDER_SCALE } from '../widgets/text';
import { TroopsWidget } from '../widgets/troops';

export const WORLD_SCENE = 'world';

export interface WorldSceneData {
  readonly store: SessionStore;
  /** Called once the scene has drawn its first frame's state. */
  readonly ready: () => void;
  readonly demand: RenderOnDemand;
  /** What the scenario's map shows: the troop markers stand on its frame. */
  readonly view: MapView;
}

interface Widgets {
  flows: FlowCaptionWidget;
  troops: TroopsWidget;
  ladder: TariffLadderWidget;
  calendar: CalendarWidget;
  /** Per side, built when the first game view arrives (the columns depend on the scenario). */
  columns: { key: string; meters: Map<string, MeterWidget>; portraits: PortraitWidget[] } | null;
}

export class WorldScene extends Phaser.Scene {
  private store: SessionStore | null = null;
  private ready: (() => void) | null = null;
  private demand: RenderOnDemand | null = null;
  private view: MapView | null = null;
  private widgets: Widgets | null = null;
  private partial: PartialRedraw | null = null;
  private dirty = true;
  private lang: SessionState['settings']['lang'] = 'en';
  private lastGame: SessionState['game'] = null;
  private unsubscribe: (() => void) | null = null;

  constructor() {
    super({ key: WORLD_SCENE });
  }

  init(data: WorldSceneData): void {
    this.store = data.store;
    this.ready = data.ready;
    this.demand = data.demand;
    this.view = data.view;
    this.dirty = true;
    this.lastGame = null;
  }

  preload(): void {
    loadPortraits(this);
  }

  create(): void {
    const store = this.store;
    if (!store) return;
    const scale = Number(this.game.registry.get(RENDER_SCALE)) || 1;
    // The canvas covers the canvas art only (the DOM's column is right of it).
    const partial = partialRedraw(this, canvasArt, scale);
    this.partial = partial;
    makeTextures(this);
    const state = store.getState();
    this.lang = state.settings.lang;
    const project = projector(regionMap, this.view ?? mapView({}));
    this.widgets = {
      flows: new FlowCaptionWidget(this),
      troops: new TroopsWidget(this, project),
      ladder: new TariffLadderWidget(this, (box, ms) => partial.shake(box, ms)),
      calendar: new CalendarWidget(this),
      columns: null,
    };
    const unsubscribe = store.subscribe(() => {
      this.dirty = true;
      this.demand?.request();
    });
    this.unsubscribe = unsubscribe;
    const demand = this.demand;
    if (demand)
      demand.prepare = () => {
        if (this.dirty) this.redraw(false);
      };
    const stop = () => {
      if (demand) demand.prepare = null;
      // Whichever comes first; the other is dropped so restarts never pile up listeners.
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, stop);
      this.events.off(Phaser.Scenes.Events.DESTROY, stop);
      this.detach();
      this.widgets?.troops.destroy();
      this.widgets = null;
      this.partial = null;
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    this.events.once(Phaser.Scenes.Events.DESTROY, stop);
    this.redraw(true);
    const ready = this.ready;
    this.ready = null;
    ready?.();
  }

  /** Stops listening to the store at once (game.destroy finishes only on the next frame). */
  detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  override update(): void {
    if (this.dirty) this.redraw(false);
    this.demand?.settle(this.dirty || this.tweens.getTweens().length > 0 || this.partial?.busy() === true);
  }

  private redraw(first: boolean): void {
    this.dirty = false;
    const store = this.store;
    const w = this.widgets;
    if (!store || !w) return;
    const state = store.getState();
    const instant = first || reducedMotion(state.settings.motion, systemPrefersReduced());
    this.lang = state.settings.lang;
    const game = state.game;
    if (!game) return;
    if (game === this.lastGame && !first) return;
    this.lastGame = game;
    const view = worldView(game.scenario, game.observation, this.lang, game.setup === null);
    w.ladder.show(view.ladder, instant);
    w.calendar.show(view.calendar, instant);
    w.flows.show(view.flows);
    w.troops.show(view.troops, instant);
    this.showColumns(view, instant);
  }

  private showColumns(view: WorldView, instant: boolean): void {
    const w = this.widgets;
    if (!w) return;
    const key = `${view.lang}|${view.columns.map((c) => `${c.side}:${c.meters.map((m) => m.id).join(',')}`).join('/')}`;
    if (w.columns && w.columns.key !== key) {
      // Another game or language: everything is drawn afresh (names, roles, meter labels).
      const store = this.store;
      const demand = this.demand;
      const mapOf = this.view;
      if (store && demand && mapOf)
        this.scene.restart({ store, ready: () => {}, demand, view: mapOf } satisfies WorldSceneData);
      return;
    }
    if (!w.columns) {
      w.columns = { key, meters: new Map(), portraits: [] };
      for (const col of view.columns) {
        const layout = columnLayout(col.seat, col.meters.length);
        col.meters.forEach((m, i) => {
          const rect = layout.meters[i];
          if (rect) w.columns?.meters.set(m.id, new MeterWidget(this, rect, m));
        });
        for (const p of col.portraits)
          w.columns.portraits.push(
            new PortraitWidget(
              this,
              p,
              p.role === 'negotiator' ? layout.negotiator : layout.principal,
              view.lang,
            ),
          );
      }
    }
    for (const m of view.meters) w.columns.meters.get(m.id)?.show(m, instant);
    view.portraits.forEach((p, i) => {
      w.columns?.portraits[i]?.show(p, view.lang, instant);
    });
  }
}
