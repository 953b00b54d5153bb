// The debrief's utility space: both sides' expected terms utilities (0..1) on the two axes, the
// scenario's first side across, the second up, as the analysis orders them. After the game both
// sides' utilities may be shown: the analysis is the omniscient one the engine gives at the end.
import type { Analysis, DeepReadonly, Observation, Package } from '../../engine';
import { packageUtility, termsUtility } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import { type SideId, sideIds } from '../../scenario/sides';

export interface SpacePoint {
  readonly x: number;
  readonly y: number;
}

export interface OfferPoint extends SpacePoint {
  /** The offer's place in the talks, 1-based. */
  readonly n: number;
  readonly seq: number;
  readonly side: SideId;
  readonly round: number;
  readonly date: string;
  readonly clause: boolean;
}

export interface UtilitySpaceView {
  readonly x: SideId;
  readonly y: SideId;
  /** Packages of complete terms (no clause): all of them, or a fixed sample when there are too many. */
  readonly packages: {
    readonly points: readonly SpacePoint[];
    readonly total: number;
    readonly sampled: boolean;
  };
  /** The Pareto frontier, clauses included, sorted along the x axis. */
  readonly frontier: readonly (SpacePoint & { readonly clause: boolean })[];
  readonly nash: SpacePoint | null;
  /** Both sides' reservation values: a vertical line at x, a horizontal one at y. */
  readonly reservation: SpacePoint;
  readonly offers: readonly OfferPoint[];
  /** The deal's point, or with no deal the reservation values (what each side is left with). */
  readonly outcome: (SpacePoint & { readonly deal: boolean }) | null;
  readonly historical: SpacePoint;
}

/** Above this many packages the faint points are a sample. */
export const ENUMERATE_MAX = 5000;
export const SAMPLE_SIZE = 3000;

export function utilitySpaceView(
  scenario: Scenario,
  obs: Observation,
  analysis: DeepReadonly<Analysis>,
): UtilitySpaceView {
  const [x, y] = sideIds(scenario);
  const at = (u: DeepReadonly<Record<string, number>>): SpacePoint => ({ x: u[x] ?? 0, y: u[y] ?? 0 });
  const offers: OfferPoint[] = [];
  for (const e of obs.log) {
    if (e.kind !== 'action') continue;
    const a = e.action;
    if (a.type !== 'propose' && a.type !== 'counter') continue;
    const pkg = a.package as Package;
    offers.push({
      n: offers.length + 1,
      seq: e.seq,
      side: a.side,
      round: e.round,
      date: e.date,
      clause: a.package.conditional !== undefined,
      x: packageUtility(scenario, x, pkg),
      y: packageUtility(scenario, y, pkg),
    });
  }
  const frontier = analysis.frontier
    .map((f) => ({ ...at(f.utility), clause: f.package.conditional !== undefined }))
    .sort((a, b) => a.x - b.x);
  const reservation = at(analysis.reservation);
  const outcome =
    obs.outcome.kind === 'ongoing'
      ? null
      : analysis.agreed
        ? { ...at(analysis.agreed), deal: true }
        : { ...reservation, deal: false };
  return {
    x,
    y,
    packages: packageCloud(scenario, x, y),
    frontier,
    nash: analysis.nash ? at(analysis.nash.utility) : null,
    reservation,
    offers,
    outcome,
    historical: at(analysis.historical),
  };
}

const clouds = new WeakMap<Scenario, UtilitySpaceView['packages']>();

/**
 * Every complete set of terms when there are few enough, else a systematic sample: the packages
 * in mixed-radix order (first issue slowest), every k-th taken from a fixed offset, so the same
 * scenario always shows the same points and each stretch of the order is equally represented.
 */
export function packageCloud(scenario: Scenario, x: SideId, y: SideId): UtilitySpaceView['packages'] {
  const cached = clouds.get(scenario);
  if (cached) return cached;
  const sizes = scenario.issues.map((i) => i.options.length);
  const total = sizes.reduce((p, n) => p * n, 1);
  const sampled = total > ENUMERATE_MAX;
  const count = sampled ? SAMPLE_SIZE : total;
  const stride = total / count;
  const points: SpacePoint[] = [];
  for (let k = 0; k < count; k++) {
    let index = sampled ? Math.floor((k + 0.5) * stride) : k;
    const terms: Record<string, string> = {};
    for (let i = scenario.issues.length - 1; i >= 0; i--) {
      const issue = scenario.issues[i];
      const n = sizes[i] ?? 1;
      if (!issue) continue;
      terms[issue.id] = issue.options[index % n]?.id ?? issue.statusQuo;
      index = Math.floor(index / n);
    }
    points.push({ x: termsUtility(scenario, x, terms), y: termsUtility(scenario, y, terms) });
  }
  const cloud = Object.freeze({ points: Object.freeze(points), total, sampled });
  clouds.set(scenario, cloud);
  return cloud;
}
