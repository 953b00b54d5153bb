// The june-2019 scenario's side ids (and the engine fixtures', which use the same two), as the
// branded ids the loader hands out. Tests on other scenarios take them from `sideIds(scenario)`.
import type { SideId } from '../../src/scenario/sides';

export const US = 'us' as SideId;
export const MX = 'mx' as SideId;
