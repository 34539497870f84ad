import { LOCALES, pick } from '../i18n';
import { BUILTIN_TEMPLATES, resolveBuiltin } from './builtins';
import { renderTemplate, segmentsToSnippet } from './render';

export interface SnippetEntry {
  readonly prefix: string;
  readonly body: string[];
  readonly description: string;
}

/**
 * The built-ins as VS Code snippets, unfilled: every placeholder is a tab stop. Generated from the
 * same definitions at build time (see esbuild.js), so there is no second copy to keep in step.
 */
export function builtinSnippets(): Record<string, SnippetEntry> {
  const result: Record<string, SnippetEntry> = {};
  for (const builtin of BUILTIN_TEMPLATES) {
    for (const locale of LOCALES) {
      const template = resolveBuiltin(builtin, locale);
      const rendered = renderTemplate(template, undefined);
      if (!rendered.ok || template.origin.kind !== 'builtin') {
        throw new Error(`built-in template ${builtin.id} (${locale}) does not render`);
      }
      result[`Contract Guard: ${template.title}`] = {
        prefix: template.origin.snippetPrefix,
        body: segmentsToSnippet(rendered.segments).split('\n'),
        description: pick(builtin.description, locale),
      };
    }
  }
  return result;
}

/** The snippet file's text, as committed and shipped. */
export function builtinSnippetsFileText(): string {
  return `${JSON.stringify(builtinSnippets(), null, 2)}\n`;
}
