// A side's colours on the canvas: the scenario's first side takes the theme's first side tone, the
// second the second (the theme names them after june-2019's flags), any other the third.

import type { PaletteKey } from '../../theme';
import type { Tone } from '../../view-models/world';

export function toneKey(tone: Tone): PaletteKey {
  return tone === 'first' ? 'us' : tone === 'second' ? 'mx' : 'third';
}

export function toneSoftKey(tone: Tone): PaletteKey {
  return tone === 'first' ? 'usSoft' : tone === 'second' ? 'mxSoft' : 'mist';
}
