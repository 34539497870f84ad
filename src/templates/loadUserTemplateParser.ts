import * as path from 'node:path';
import type { parseUserTemplate } from '../core/templates/userTemplate';

export type UserTemplateParser = typeof parseUserTemplate;

let parser: UserTemplateParser | undefined;

/** Loads dist/userTemplates.js on first use (see userTemplateEntry.ts for why it is separate). */
export function userTemplateParser(): UserTemplateParser {
  if (!parser) {
    // A computed path, so esbuild leaves the require alone instead of bundling the module in.
    const file = path.join(__dirname, 'userTemplates.js');
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a load on demand, which import() would make async everywhere
    const loaded = require(file) as { parseUserTemplate: UserTemplateParser };
    parser = loaded.parseUserTemplate;
  }
  return parser;
}
