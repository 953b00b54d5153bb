// The negotiation screen's motion layer: the migrant flows walking north, the one thing on the
// map that moves all the time. It reads the person's observation for the flows' density only,
// subscribes in `create`, unsubscribes on shutdown and destroy, and sleeps while the dots stand
// still (reduced motion).
import * as Phaser from 'phaser';
import type { SessionState, SessionStore } from '../../../store/contract';
import { flowsView } from '../../view-models/world';
import { mapBox, type Rect } from '../layout';
import { reducedMotion, systemPrefersReduced } from '../motion';
import type { RenderOnDemand } from '../render-on-demand';
import { makeTextures } from '../textures';
import type { Route } from '../widgets/flow-routes';
import { FlowsWidget } from '../widgets/flows';
import { RENDER_SCALE } from '../widgets/text';
import type { LayerSceneData } from './layer-data';

export const FLOWS_SCENE = 'flows';

export type FlowsSceneData = LayerSceneData;

export class FlowsScene extends Phaser.Scene {
  private store: SessionStore | null = null;
  private demand: RenderOnDemand | null = null;
  private routes: readonly Route[] = [];
  private box: Rect = mapBox;
  private flows: FlowsWidget | null = null;
  private dirty = true;
  private still = false;
  private shown: { game: SessionState['game']; still: boolean } | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor() {
    super({ key: FLOWS_SCENE });
  }

  init(data: FlowsSceneData): void {
    this.store = data.store;
    this.demand = data.demand;
    this.routes = data.routes;
    this.box = data.box;
    this.dirty = true;
    this.shown = null;
  }

  create(): void {
    const store = this.store;
    if (!store) return;
    const scale = Number(this.game.registry.get(RENDER_SCALE)) || 1;
    // The canvas covers the flows' box only: the camera looks at that part of the stage.
    const box = this.box;
    this.cameras.main.setZoom(scale).centerOn(box.x + box.width / 2, box.y + box.height / 2);
    makeTextures(this);
    this.flows = new FlowsWidget(this, this.routes);
    this.unsubscribe = store.subscribe(() => {
      this.dirty = true;
      this.demand?.request();
    });
    const demand = this.demand;
    if (demand)
      demand.prepare = () => {
        if (this.dirty) this.show();
      };
    const stop = () => {
      if (demand) demand.prepare = null;
      this.events.off(Phaser.Scenes.Events.SHUTDOWN, stop);
      this.events.off(Phaser.Scenes.Events.DESTROY, stop);
      this.detach();
      this.flows?.destroy();
      this.flows = null;
    };
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    this.events.once(Phaser.Scenes.Events.DESTROY, stop);
    this.show();
  }

  /** Stops listening to the store at once (game.destroy finishes only on the next frame). */
  detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  override update(_time: number, delta: number): void {
    if (this.dirty) this.show();
    const moving = this.flows?.update(delta, this.still) ?? false;
    this.demand?.settle(this.dirty || moving);
  }

  private show(): void {
    this.dirty = false;
    const state = this.store?.getState();
    const game = state?.game;
    if (!state || !game || !this.flows) return;
    this.still = reducedMotion(state.settings.motion, systemPrefersReduced());
    if (this.shown && this.shown.game === game && this.shown.still === this.still) return;
    const first = this.shown === null;
    this.shown = { game, still: this.still };
    this.flows.show(flowsView(game.scenario, game.observation, state.settings.lang), first || this.still);
  }
}
