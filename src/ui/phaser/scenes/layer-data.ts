// What the map's backdrop and the flows' layer start from: the session, their layer's loop, the
// flows' routes and the part of the stage their canvas covers.
import type { SessionStore } from '../../../store/contract';
import type { MapView } from '../../view-models/map-view';
import type { Rect } from '../layout';
import type { RenderOnDemand } from '../render-on-demand';
import type { Route } from '../widgets/flow-routes';

export interface LayerSceneData {
  readonly store: SessionStore;
  readonly demand: RenderOnDemand;
  readonly routes: readonly Route[];
  /** What the scenario's map shows. */
  readonly view: MapView;
  /** The part of the stage this layer's canvas covers. */
  readonly box: Rect;
}
