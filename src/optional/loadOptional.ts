import * as path from 'node:path';
import type * as optionalEntry from './optionalEntry';

export type OptionalModules = typeof optionalEntry;

let loaded: OptionalModules | undefined;

/** Loads dist/optional.js on first use (see optionalEntry.ts for why it is separate). */
export function optionalModules(): OptionalModules {
  if (!loaded) {
    // A computed path, so esbuild leaves the require alone instead of bundling the module in.
    const file = path.join(__dirname, 'optional.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a load on demand, which import() would make async everywhere
    loaded = require(file) as OptionalModules;
  }
  return loaded;
}
