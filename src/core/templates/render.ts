import { pick, type Locale, type Localized } from '../i18n';
import { isPlaceholderName, PLACEHOLDERS, type TemplateContext } from './placeholders';
import type { MessageTemplate, Segment, TemplateProblem } from './types';

/** {{name}}, with optional spaces inside the braces. Anything between the braces counts, so typos are caught. */
const PLACEHOLDER = /\{\{\s*([^{}\r\n]*?)\s*\}\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

interface Token {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

function tokens(body: string): Token[] {
  return [...body.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1] ?? '', start: m.index, end: m.index + m[0].length }));
}

/** Placeholders a template uses that Contract Guard does not know, at 0-based lines of the body. */
export function checkTemplateBody(body: string, locale: Locale): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const token of tokens(body)) {
    if (NAME.test(token.name) && isPlaceholderName(token.name)) {
      continue;
    }
    const line = body.slice(0, token.start).split('\n').length - 1;
    problems.push({ line, message: pick(unknownPlaceholder(token.name), locale) });
  }
  return problems;
}

function unknownPlaceholder(name: string): Localized {
  return {
    en: `Unknown placeholder {{${name}}}. Known placeholders: ${Object.keys(PLACEHOLDERS).join(', ')}.`,
    ja: `不明なプレースホルダー {{${name}}} です。使えるもの: ${Object.keys(PLACEHOLDERS).join(', ')}`,
  };
}

export type RenderResult =
  | { readonly ok: true; readonly segments: readonly Segment[] }
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] };

/**
 * Fills a template in for one contract, or, with no context, leaves every placeholder open. Values from the contract stay plain data in the segments;
 * how they are written out (snippet, plain text) is decided later, so nothing in the contracts file
 * can turn into template or snippet syntax.
 */
export function renderTemplate(template: MessageTemplate, ctx: TemplateContext | undefined): RenderResult {
  const problems = checkTemplateBody(template.body, template.language);
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const token of tokens(template.body)) {
    pushText(segments, template.body.slice(at, token.start));
    const def = PLACEHOLDERS[token.name];
    const label = def ? pick(def.label, template.language) : token.name;
    // Without a contract (the static snippets) every placeholder stays a tab stop.
    const value = ctx === undefined ? undefined : def?.value?.(ctx, template.language);
    segments.push(value === undefined ? { kind: 'placeholder', name: token.name, label } : { kind: 'placeholder', name: token.name, label, value });
    at = token.end;
  }
  pushText(segments, template.body.slice(at));
  return { ok: true, segments };
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
