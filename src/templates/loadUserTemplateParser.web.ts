import { parseUserTemplate } from '../core/templates/userTemplate';
import type { UserTemplateParser } from './loadUserTemplateParser';

/**
 * The web build's stand-in for loadUserTemplateParser.ts (esbuild swaps it in): a web worker cannot
 * require a file beside the bundle, so there the YAML reader is part of the bundle.
 */
export function userTemplateParser(): UserTemplateParser {
  return parseUserTemplate;
}
