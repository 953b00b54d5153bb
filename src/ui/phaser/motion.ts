// Whether the canvas animates: the person's setting, or with 'system' the browser's
// prefers-reduced-motion. Reduced motion means no tweens at all: every change lands at once.
import type { Settings } from '../../store/contract';

export function reducedMotion(setting: Settings['motion'], systemPrefersReduced: boolean): boolean {
  return setting === 'reduced' || (setting === 'system' && systemPrefersReduced);
}

export function systemPrefersReduced(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
