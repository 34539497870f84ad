import { pick, type Locale } from '../i18n';
import type { Stage } from '../schema';
import { PLACEHOLDERS, type TemplateContext } from './placeholders';
import { isStageName, parseBody, type BodyNode } from './sections';
import type { MessageTemplate, Segment, TemplateProblem } from './types';

/** What is wrong with a template body (unknown names, sections not closed or crossed), at 0-based lines of the body. */
export function checkTemplateBody(body: string, locale: MessageTemplate['language']): TemplateProblem[] {
  const parsed = parseBody(body, locale);
  return parsed.ok ? [] : parsed.problems;
}

export type RenderResult =
  | { readonly ok: true; readonly segments: readonly Segment[] }
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] };

/**
 * Fills a template in for one contract. Values from the contract stay plain data in the segments;
 * how they are written out (snippet, plain text) is decided later, so nothing in the contracts file
 * can turn into template or snippet syntax.
 *
 * With no context (the static snippets) every placeholder stays open for the writer to fill in:
 * a `{{#name}}` passage is kept, since the writer will fill its blanks or delete it, and a
 * `{{^name}}` passage (the wording for when there is no value) is left out. Stage sections are
 * kept for `staticStage` only, so each stage's wording becomes a snippet of its own.
 */
export function renderTemplate(template: MessageTemplate, ctx: TemplateContext | undefined, staticStage?: Stage): RenderResult {
  const parsed = parseBody(template.body, template.language);
  if (!parsed.ok) {
    return { ok: false, problems: parsed.problems };
  }
  const values = new Map<string, string | undefined>();
  const valueOf = (name: string): string | undefined => {
    if (ctx === undefined) {
      return undefined;
    }
    if (!values.has(name)) {
      values.set(name, PLACEHOLDERS[name]?.value?.(ctx, template.language));
    }
    return values.get(name);
  };
  const holds = (name: string): boolean => {
    if (isStageName(name)) {
      return (ctx === undefined ? staticStage : ctx.status.contract.stage) === name;
    }
    // Blank text is no value for a section: a sentence around it would say nothing.
    return ctx === undefined || (valueOf(name)?.trim() ?? '') !== '';
  };
  const segments: Segment[] = [];
  const walk = (nodes: readonly BodyNode[]): void => {
    for (const node of nodes) {
      if (node.kind === 'text') {
        pushText(segments, node.text);
      } else if (node.kind === 'placeholder') {
        const def = PLACEHOLDERS[node.name];
        const label = def ? pick(def.label, template.language) : node.name;
        const value = valueOf(node.name);
        segments.push(value === undefined ? { kind: 'placeholder', name: node.name, label } : { kind: 'placeholder', name: node.name, label, value });
      } else if (ctx === undefined && !isStageName(node.name) ? !node.inverted : holds(node.name) !== node.inverted) {
        walk(node.children);
      }
    }
  };
  walk(parsed.nodes);
  return { ok: true, segments: mergeText(segments) };
}

/** Adjacent text pieces (left by sections) as one, so a message reads the same however it was written. */
function mergeText(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const s of segments) {
    const last = merged[merged.length - 1];
    if (s.kind === 'text' && last?.kind === 'text') {
      merged[merged.length - 1] = { kind: 'text', text: last.text + s.text };
    } else {
      merged.push(s);
    }
  }
  return merged;
}

function pushText(segments: Segment[], text: string): void {
  if (text !== '') {
    segments.push({ kind: 'text', text });
  }
}

/** The message as plain text (for Copy): a missing value shows as ［label］ so the writer sees what to fill in. */
export function segmentsToText(segments: readonly Segment[], locale: Locale): string {
  const [open, close] = locale === 'ja' ? ['［', '］'] : ['[', ']'];
  return segments
    .map((s) => (s.kind === 'text' ? s.text : (s.value ?? `${open}${s.label}${close}`)))
    .join('');
}

/**
 * The message in VS Code's snippet syntax: known values and template text are escaped so that a
 * client called "$1" or "${TM_FILENAME}" is written literally; each missing value becomes a tab
 * stop showing its label, and the same name twice shares one tab stop.
 */
export function segmentsToSnippet(segments: readonly Segment[]): string {
  const stops = new Map<string, number>();
  return segments
    .map((s) => {
      if (s.kind === 'text') {
        return escapeSnippetText(s.text);
      }
      if (s.value !== undefined) {
        return escapeSnippetText(s.value);
      }
      let n = stops.get(s.name);
      if (n === undefined) {
        n = stops.size + 1;
        stops.set(s.name, n);
      }
      return `\${${n}:${escapeSnippetText(s.label)}}`;
    })
    .join('');
}

/** Text that a snippet inserts as it is: `$`, `}` and `\` are the only characters snippet syntax reads. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[$}\\]/g, (ch) => `\\${ch}`);
}

/**
 * A line that tells templates apart in a list. The first lines of a business message are the same
 * everywhere (the addressee, お世話になっております), so those are skipped.
 */
export function previewLine(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const telling = lines.find((l) => l !== '' && !GREETING.test(l));
  return telling ?? lines.find((l) => l !== '') ?? '';
}

const GREETING = /^(お世話になっております|Hello\b|Hi\b|Dear\b|I hope you are well)|(様|御中)$|^\S+,$/;
