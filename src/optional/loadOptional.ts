import * as path from 'node:path';
import { fromMain } from 'contract-guard:from-main';
import type * as optionalEntry from './optionalEntry';

export type OptionalModules = typeof optionalEntry;

let loaded: OptionalModules | undefined;

/**
 * Loads dist/optional.js on first use (see optionalEntry.ts for why it is separate). The bundle is a
 * function of this bundle's modules (esbuild.js), so the log, the stores and the parse cache it uses
 * are the ones already running, not copies.
 */
export function optionalModules(): OptionalModules {
  if (!loaded) {
    // A computed path, so esbuild leaves the require alone instead of bundling the module in.
    const file = path.join(__dirname, 'optional.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a load on demand, which import() would make async everywhere
    const load = require(file) as (modules: typeof fromMain) => OptionalModules;
    loaded = load(fromMain);
  }
  return loaded;
}
