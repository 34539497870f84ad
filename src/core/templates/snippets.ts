import { LOCALES, pick } from '../i18n';
import { STAGE_LABELS } from '../labels';
import { BUILTIN_TEMPLATES, resolveBuiltin } from './builtins';
import { renderTemplate, segmentsToSnippet } from './render';
import { parseBody, stageVariants } from './sections';

export interface SnippetEntry {
  readonly prefix: string;
  readonly body: string[];
  readonly description: string;
}

/**
 * The built-ins as VS Code snippets, unfilled: every placeholder is a tab stop, a `{{#name}}`
 * passage is kept for the writer to fill in or delete, a `{{^name}}` one is left out (see
 * renderTemplate). A template that words each stage its own way becomes one snippet per stage,
 * its prefix ending in the stage (cg-orei-delivered), since a snippet cannot know the contract.
 * Generated from the same definitions at build time (see esbuild.js), so there is no second copy.
 */
export function builtinSnippets(): Record<string, SnippetEntry> {
  const result: Record<string, SnippetEntry> = {};
  for (const builtin of BUILTIN_TEMPLATES) {
    for (const locale of LOCALES) {
      const template = resolveBuiltin(builtin, locale);
      const parsed = parseBody(template.body, locale);
      if (!parsed.ok || template.origin.kind !== 'builtin') {
        throw new Error(`built-in template ${builtin.id} (${locale}) does not render`);
      }
      const prefix = template.origin.snippetPrefix;
      // A body that words a stage its own way has a variant for each stage it is written for.
      const variants = stageVariants(parsed.nodes).length === 0 ? [] : template.stages;
      for (const stage of variants.length === 0 ? [undefined] : variants) {
        const rendered = renderTemplate(template, undefined, stage);
        if (!rendered.ok) {
          throw new Error(`built-in template ${builtin.id} (${locale}) does not render`);
        }
        const stageLabel = stage === undefined ? '' : pick(STAGE_LABELS[stage], locale);
        const name = stage === undefined ? template.title : locale === 'ja' ? `${template.title}（${stageLabel}）` : `${template.title} (${stageLabel})`;
        result[`Contract Guard: ${name}`] = {
          prefix: stage === undefined ? prefix : `${prefix}-${stage}`,
          body: segmentsToSnippet(rendered.segments).split('\n'),
          description: stage === undefined ? pick(builtin.description, locale) : `${pick(builtin.description, locale)}${locale === 'ja' ? `（${stageLabel}）` : ` (${stageLabel})`}`,
        };
      }
    }
  }
  return result;
}

/** The snippet file's text, as committed and shipped. */
export function builtinSnippetsFileText(): string {
  return `${JSON.stringify(builtinSnippets(), null, 2)}\n`;
}
