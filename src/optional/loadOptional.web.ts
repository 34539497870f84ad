import * as modules from './optionalEntry';
import type { OptionalModules } from './loadOptional';

/**
 * The web build's stand-in for loadOptional.ts (esbuild swaps it in): a web worker cannot require a
 * file beside the bundle, so there the optional modules are part of the bundle.
 */
export function optionalModules(): OptionalModules {
  return modules;
}
