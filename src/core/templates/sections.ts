import { pick, type Locale, type Localized } from '../i18n';
import { STAGES, type Stage } from '../schema';
import { isPlaceholderName, PLACEHOLDER_NAMES } from './placeholders';
import type { TemplateProblem } from './types';

/**
 * A template body read as a tree, Mustache style: `{{name}}` is a placeholder; `{{#name}}…{{/name}}`
 * is a passage kept only when `name` has a value; `{{^name}}…{{/name}}` one kept only when it has
 * none. A section may also name a stage (`{{#delivered}}…{{/delivered}}`): kept only at that stage,
 * which is how one template says what changes from stage to stage.
 */
export type BodyNode =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'placeholder'; readonly name: string }
  | { readonly kind: 'section'; readonly name: string; readonly inverted: boolean; readonly children: readonly BodyNode[] };

/** Tags: {{name}}, {{#name}}, {{^name}}, {{/name}}, with spaces allowed inside the braces. Anything between the braces counts, so typos are caught. */
const TAG = /\{\{\s*([#^/]?)\s*([^{}\r\n]*?)\s*\}\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

export function isStageName(name: string): name is Stage {
  return (STAGES as readonly string[]).includes(name);
}

interface Tag {
  readonly sigil: '' | '#' | '^' | '/';
  readonly name: string;
  /** Where the tag starts and ends; a section tag alone on its line takes the whole line with it. */
  readonly start: number;
  readonly end: number;
  /** 0-based line of the tag itself, for problems. */
  readonly line: number;
}

function tags(body: string): Tag[] {
  return [...body.matchAll(TAG)].map((m) => {
    const sigil = (m[1] ?? '') as Tag['sigil'];
    let start = m.index;
    let end = m.index + m[0].length;
    const line = body.slice(0, start).split('\n').length - 1;
    if (sigil !== '') {
      // A section tag on a line of its own leaves no blank line behind, as in Mustache.
      const lineStart = body.lastIndexOf('\n', start - 1) + 1;
      const newline = body.indexOf('\n', end);
      const lineEnd = newline < 0 ? body.length : newline + 1;
      if (body.slice(lineStart, start).trim() === '' && body.slice(end, lineEnd).trim() === '') {
        start = lineStart;
        end = lineEnd;
      }
    }
    return { sigil, name: m[2] ?? '', start, end, line };
  });
}

/** The stages a body's sections name, in the order of STAGES: each is a variant of the message. */
export function stageVariants(nodes: readonly BodyNode[]): Stage[] {
  const named = new Set<string>();
  const visit = (list: readonly BodyNode[]): void => {
    for (const node of list) {
      if (node.kind === 'section') {
        if (isStageName(node.name)) {
          named.add(node.name);
        }
        visit(node.children);
      }
    }
  };
  visit(nodes);
  return STAGES.filter((stage) => named.has(stage));
}

export type ParseResult =
  { readonly ok: true; readonly nodes: readonly BodyNode[] } | { readonly ok: false; readonly problems: TemplateProblem[] };

/** Reads a body into its tree, or says what is wrong at which 0-based line of the body. */
export function parseBody(body: string, locale: Locale): ParseResult {
  const problems: TemplateProblem[] = [];
  const say = (line: number, text: Localized): void => {
    problems.push({ line, message: pick(text, locale) });
  };
  interface Open {
    readonly tag: Tag;
    readonly children: BodyNode[];
  }
  const root: BodyNode[] = [];
  const stack: Open[] = [];
  const current = (): BodyNode[] => stack[stack.length - 1]?.children ?? root;
  const pushText = (text: string): void => {
    if (text !== '') {
      current().push({ kind: 'text', text });
    }
  };
  let at = 0;
  for (const tag of tags(body)) {
    pushText(body.slice(at, tag.start));
    at = tag.end;
    const known = NAME.test(tag.name) && (isPlaceholderName(tag.name) || isStageName(tag.name));
    if (!known) {
      say(tag.line, MESSAGES.unknown(`${tag.sigil}${tag.name}`));
      continue;
    }
    if (tag.sigil === '') {
      if (isStageName(tag.name)) {
        say(tag.line, MESSAGES.stageAsPlaceholder(tag.name));
      } else {
        current().push({ kind: 'placeholder', name: tag.name });
      }
    } else if (tag.sigil === '/') {
      const open = stack.pop();
      if (open === undefined) {
        say(tag.line, MESSAGES.closesNothing(tag.name));
      } else if (open.tag.name !== tag.name) {
        say(tag.line, MESSAGES.mismatch(open.tag.name, tag.name, open.tag.line));
      } else {
        current().push({ kind: 'section', name: tag.name, inverted: open.tag.sigil === '^', children: open.children });
      }
    } else {
      stack.push({ tag, children: [] });
    }
  }
  pushText(body.slice(at));
  for (const open of stack) {
    say(open.tag.line, MESSAGES.unclosed(open.tag.name));
  }
  return problems.length > 0 ? { ok: false, problems: problems.sort((a, b) => a.line - b.line) } : { ok: true, nodes: root };
}

const MESSAGES = {
  unknown: (name: string): Localized => ({
    en: `Unknown placeholder {{${name}}}. Known placeholders: ${PLACEHOLDER_NAMES.join(', ')}; a section may also name a stage (${STAGES.join(', ')}).`,
    ja: `不明なプレースホルダー {{${name}}} です。使えるものは ${PLACEHOLDER_NAMES.join(', ')} です。セクションには段階の名前（${STAGES.join(', ')}）も使えます。`,
  }),
  stageAsPlaceholder: (name: string): Localized => ({
    en: `{{${name}}} is a stage: use it as a section, {{#${name}}}…{{/${name}}}.`,
    ja: `{{${name}}} は段階の名前です。{{#${name}}}…{{/${name}}} のようにセクションとして使ってください。`,
  }),
  closesNothing: (name: string): Localized => ({
    en: `{{/${name}}} closes a section that was never opened.`,
    ja: `{{/${name}}} に対応する {{#${name}}} がありません。`,
  }),
  mismatch: (open: string, close: string, line: number): Localized => ({
    en: `{{/${close}}} closes {{#${open}}} (line ${line + 1}): close the inner section first, with {{/${open}}}.`,
    ja: `{{/${close}}} の前に、${line + 1}行目の {{#${open}}} を {{/${open}}} で閉じてください。`,
  }),
  unclosed: (name: string): Localized => ({
    en: `The section {{#${name}}} is never closed: add {{/${name}}} where it ends.`,
    ja: `セクション {{#${name}}} が閉じられていません。終わる位置に {{/${name}}} を書いてください。`,
  }),
};
