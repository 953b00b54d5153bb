// A small builder for inline SVG: the debrief's charts are plain SVG elements, coloured through the
// theme's CSS variables (as `style`, since presentation attributes do not read variables).
const NS = 'http://www.w3.org/2000/svg';

export type Attrs = Readonly<Record<string, string | number>>;

export function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  children: readonly (SVGElement | string)[] = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  for (const child of children) node.append(child);
  return node;
}

/** A chart's root: a titled image for assistive technology, sized by its viewBox. */
export function chartRoot(width: number, height: number, label: string): SVGSVGElement {
  const root = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': label,
    class: 'debrief-chart',
  });
  root.append(el('title', {}, [label]));
  return root;
}

/** Rounds a coordinate to two decimals: shorter markup, no visible difference. */
export const px = (v: number): number => Math.round(v * 100) / 100;
