import * as path from 'node:path';
import type * as optionalEntry from './optionalEntry';

export type OptionalModules = typeof optionalEntry;

/**
 * Loads dist/optional.js on first use (see optionalEntry.ts for why it is separate). It is an ordinary
 * module with its own copy of the pure core; what it needs of the running extension (stores, log,
 * clock) its functions are handed as arguments. Node keeps the loaded module, so a second call costs
 * a lookup.
 */
export function optionalModules(): OptionalModules {
  // A computed path, so esbuild leaves the require alone instead of bundling the module in.
  const file = path.join(__dirname, 'optional.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a load on demand, which import() would make async everywhere
  return require(file) as OptionalModules;
}
