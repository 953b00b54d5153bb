// The plugins the page's build needs from this folder. vite.config.ts loads this one module through
// Vite's module runner (which resolves the project's extensionless TypeScript imports) rather than
// bundling src/ into the config, which Vite would warn about on every build.

import type { Plugin } from 'vite';
import { regionMapPlugin } from './region-map-plugin';
import { scenariosPlugin } from './scenarios-plugin';

export function webPlugins(): Plugin[] {
  return [scenariosPlugin(), regionMapPlugin()];
}
