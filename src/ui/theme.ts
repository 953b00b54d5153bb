// The one place for the look of the game: palette, type, spacing and motion. Phaser scenes read
// these numbers directly; the DOM reads the same values as CSS custom properties (`cssVariables`),
// so a canvas widget and the panel beside it can never drift apart.
//
// The identity: a night-time situation room. Dark slate ground, paper-coloured cards for what the
// negotiators hold in their hands, the two sides' colours from their flags' darker tones, and one
// alarm red that belongs to the tariff alone.
import { DEFAULT_AI_PAUSE_MS } from '../store/settings';

export const palette = {
  night: '#10151d',
  slate: '#1b2330',
  slateRaised: '#252f3f',
  rule: '#3a4658',
  paper: '#f2ecdf',
  paperShade: '#e2d9c6',
  ink: '#161b22',
  inkSoft: '#4a5261',
  mist: '#a9b3c2',
  us: '#3a6fb8',
  usSoft: '#9db8e0',
  mx: '#2a8a5e',
  mxSoft: '#98d1b4',
  third: '#8a6fb0',
  tariff: '#d2492f',
  tariffSoft: '#f0a592',
  gold: '#d9ad3c',
  focus: '#ffcf4a',
  land: '#2b3546',
  landEdge: '#5b6a80',
  sea: '#121a25',
} as const;

export type PaletteKey = keyof typeof palette;

/** `#rrggbb` as the number Phaser wants. */
export function hex(key: PaletteKey): number {
  return Number.parseInt(palette[key].slice(1), 16);
}

export const type = {
  display: '"Fraunces Variable", "Fraunces", Georgia, serif',
  body: '"IBM Plex Sans", "Helvetica Neue", Arial, sans-serif',
  figures: '"IBM Plex Mono", "Courier New", monospace',
  /** Sizes in px at the 1280×720 design size; the canvas scales them with the page. */
  size: { small: 13, body: 16, large: 20, title: 32, hero: 56 },
  weight: { regular: 400, medium: 500, bold: 700 },
} as const;

/** Spacing steps in px: everything lines up on multiples of 4. */
export const space = { xs: 4, s: 8, m: 16, l: 24, xl: 40 } as const;

export const radius = { s: 4, m: 8 } as const;

/** Durations in ms and the easing names Phaser and CSS share. */
export const motion = {
  quick: 160,
  move: 420,
  step: 900,
  /** The default pause before an AI move is shown (the store's setting). */
  aiPause: DEFAULT_AI_PAUSE_MS,
  ease: 'Cubic.easeOut',
  cssEase: 'cubic-bezier(0.22, 0.61, 0.36, 1)',
} as const;

/** The design size of the stage; Scale.FIT keeps this aspect ratio at any window size. */
export const stage = { width: 1280, height: 720 } as const;

/** Projector mode: every size of type this much larger, for a class reading one screen. */
export const projectorScale = 1.3;

/** The sizes of type as CSS custom properties: the usual ones, or projector mode's. */
export function typeVariables(projector: boolean): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(type.size)) {
    vars[`--fs-${k}`] = `${Math.round(v * (projector ? projectorScale : 1))}px`;
  }
  return vars;
}

/** The theme as CSS custom properties, set once on :root. */
export function cssVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(palette)) vars[`--c-${kebab(k)}`] = v;
  vars['--f-display'] = type.display;
  vars['--f-body'] = type.body;
  vars['--f-figures'] = type.figures;
  Object.assign(vars, typeVariables(false));
  for (const [k, v] of Object.entries(space)) vars[`--s-${k}`] = `${v}px`;
  for (const [k, v] of Object.entries(radius)) vars[`--r-${k}`] = `${v}px`;
  vars['--t-quick'] = `${motion.quick}ms`;
  vars['--t-move'] = `${motion.move}ms`;
  vars['--ease'] = motion.cssEase;
  return vars;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
