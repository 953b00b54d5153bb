// The game's three type families (theme.ts `type`), bundled from the @fontsource packages so the
// page never asks a font CDN. Only the weights the theme uses, and only the Latin subsets (English
// and Spanish need nothing else): IBM Plex Sans 400/500/700, IBM Plex Mono 400/500, Fraunces as
// its variable weight axis. Importing this module registers them; `fontsReady` waits for them.

import '@fontsource/ibm-plex-sans/latin-400.css';
import '@fontsource/ibm-plex-sans/latin-ext-400.css';
import '@fontsource/ibm-plex-sans/latin-500.css';
import '@fontsource/ibm-plex-sans/latin-ext-500.css';
import '@fontsource/ibm-plex-sans/latin-700.css';
import '@fontsource/ibm-plex-sans/latin-ext-700.css';
import '@fontsource/ibm-plex-mono/latin-400.css';
import '@fontsource/ibm-plex-mono/latin-ext-400.css';
import '@fontsource/ibm-plex-mono/latin-500.css';
import '@fontsource/ibm-plex-mono/latin-ext-500.css';
import frauncesLatinExt from '@fontsource-variable/fraunces/files/fraunces-latin-ext-wght-normal.woff2?url';
import frauncesLatin from '@fontsource-variable/fraunces/files/fraunces-latin-wght-normal.woff2?url';

// The Fraunces package has no per-subset stylesheet (its wght.css also pulls in Vietnamese), so
// its two Latin faces are declared here with the package's own unicode ranges.
const FRAUNCES_FACES = [
  {
    url: frauncesLatin,
    unicodeRange:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    url: frauncesLatinExt,
    unicodeRange:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
] as const;

/** The family name theme.ts `type.display` asks for first. */
export const DISPLAY_FAMILY = 'Fraunces Variable';

if (typeof document !== 'undefined' && typeof FontFace !== 'undefined') {
  for (const face of FRAUNCES_FACES) {
    document.fonts.add(
      new FontFace(
        DISPLAY_FAMILY,
        `url(${face.url}) format('woff2-variations'), url(${face.url}) format('woff2')`,
        {
          style: 'normal',
          weight: '100 900',
          display: 'swap',
          unicodeRange: face.unicodeRange,
        },
      ),
    );
  }
}

/**
 * Resolves once every face the game draws with has loaded (or failed: a missing font falls back
 * to the theme's next family rather than blocking the game). Phaser measures text when it is
 * made, so the first scene waits for this before drawing any.
 */
export async function fontsReady(): Promise<void> {
  if (typeof document === 'undefined') return;
  const faces = [
    `400 16px "${DISPLAY_FAMILY}"`,
    `700 16px "${DISPLAY_FAMILY}"`,
    '400 16px "IBM Plex Sans"',
    '500 16px "IBM Plex Sans"',
    '700 16px "IBM Plex Sans"',
    '400 16px "IBM Plex Mono"',
    '500 16px "IBM Plex Mono"',
  ];
  await Promise.allSettled(faces.map((face) => document.fonts.load(face, 'Aá')));
}
