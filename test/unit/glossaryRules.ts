import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * Reads the rules of docs/glossary.ja.md (its 用語 table is the one list of words to avoid) and the
 * Japanese text of the files they apply to, with line numbers, so a hit names the exact place.
 */

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const GLOSSARY = 'docs/glossary.ja.md';

export interface GlossaryRule {
  readonly concept: string;
  /** Words that must not appear. */
  readonly avoid: readonly string[];
  /** Right words that contain an avoided one (仮払い済み contains 仮払い済): an avoided word inside one of these is fine. */
  readonly fine: readonly string[];
  /** '*' or the one file (relative to the repository) the rule applies to. */
  readonly scope: string;
}

export interface Passage {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  /** Prose a reader sees as a sentence (not code), where punctuation rules apply. */
  readonly prose: boolean;
}

export interface Hit {
  readonly file: string;
  readonly line: number;
  readonly word: string;
  readonly concept: string;
  readonly excerpt: string;
}

const ticked = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');

/** The rows of the 用語 table: | 概念 | 使う語 | 避ける語 | 例外 | 範囲 |. */
export function readGlossary(markdown: string): GlossaryRule[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith('用語\n'));
  if (section === undefined) {
    throw new Error(`${GLOSSARY} has no "## 用語" section`);
  }
  const rows = section.split('\n').filter((l) => l.startsWith('|') && !/^\|[-| ]+\|$/.test(l));
  return rows.slice(1).map((row) => {
    const cells = row
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== 5) {
      throw new Error(`${GLOSSARY}: a row of the 用語 table needs 5 cells: ${row}`);
    }
    const [concept, use, avoid, except, scope] = cells as [string, string, string, string, string];
    return { concept, avoid: ticked(avoid), fine: [...ticked(use), ...ticked(except)], scope };
  });
}

/** Whether the occurrence of `word` at `index` is part of one of the `fine` words around it. */
function insideFine(text: string, index: number, word: string, fine: readonly string[]): boolean {
  return fine.some((f) => {
    for (let at = f.indexOf(word); at !== -1; at = f.indexOf(word, at + 1)) {
      if (text.startsWith(f, index - at)) {
        return true;
      }
    }
    return false;
  });
}

export function hitsIn(passages: readonly Passage[], rules: readonly GlossaryRule[]): Hit[] {
  const hits: Hit[] = [];
  for (const p of passages) {
    for (const rule of rules) {
      if (rule.scope !== '*' && rule.scope !== p.file) {
        continue;
      }
      for (const word of rule.avoid) {
        for (let i = p.text.indexOf(word); i !== -1; i = p.text.indexOf(word, i + 1)) {
          if (!insideFine(p.text, i, word, rule.fine)) {
            hits.push({
              file: p.file,
              line: p.line,
              word,
              concept: rule.concept,
              excerpt: p.text.slice(Math.max(0, i - 20), i + word.length + 20),
            });
          }
        }
      }
    }
  }
  return hits;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;
export const hasJapanese = (s: string): boolean => JAPANESE.test(s);

/** Every line of a file, none of it taken as prose (the snippets file: its names and bodies are all text a writer reads). */
export function linesOf(file: string): Passage[] {
  return fs
    .readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .map((text, i) => ({ file, line: i + 1, text, prose: false }));
}

/** The values of a flat JSON file of strings, each with the line it is on. */
export function jsonValues(file: string): Passage[] {
  return linesOf(file).flatMap((p) => {
    const m = /^\s*"(?:[^"\\]|\\.)*"\s*:\s*"((?:[^"\\]|\\.)*)",?\s*$/.exec(p.text);
    return m ? [{ ...p, text: JSON.parse(`"${m[1] ?? ''}"`) as string, prose: true }] : [];
  });
}

/** The 表記の例外 list: text where an ASCII colon is right (YAML's `キー: 値` in a message about YAML). */
export function readLiterals(markdown: string): string[] {
  const section = markdown.split(/^### /m).find((s) => s.startsWith('表記の例外\n'));
  return section === undefined
    ? []
    : ticked(
        section
          .split('\n')
          .filter((l) => l.startsWith('- '))
          .join('\n'),
      );
}

/** Markdown lines; the lines of fenced code blocks are not prose. */
export function markdownLines(file: string): Passage[] {
  let fenced = false;
  return linesOf(file).map((p) => {
    const fence = p.text.trimStart().startsWith('```');
    fenced = fence ? !fenced : fenced;
    return { ...p, prose: !fence && !fenced };
  });
}

/**
 * Punctuation that reads translated in Japanese prose: an ASCII colon right after Japanese text
 * (「伝えます: 」, 「既定値: 」) and dashes used to set a phrase off (「段階——仮払い前——に」).
 * Inline code is left out; "Contract Guard: ログを表示" (VS Code's category format) is not Japanese before the colon.
 */
export function punctuationIn(passages: readonly Passage[], literal: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  for (const p of passages) {
    // A dash alone in a Markdown table cell means "nothing here", not punctuation.
    const bare = p.text.replace(/`[^`]*`/g, '`…`').replace(/\|\s*[—―]\s*(?=\|)/g, '| ');
    const text = literal.reduce((t, l) => t.split(l).join('…'), bare);
    if (!p.prose || !hasJapanese(text)) {
      continue;
    }
    for (const m of text.matchAll(/[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e」』】]\s*:|[—―]+/g)) {
      const word = m[0].endsWith(':') ? ':' : m[0];
      const i = m.index;
      hits.push({
        file: p.file,
        line: p.line,
        word,
        concept: word === ':' ? 'ASCII colon in Japanese prose' : 'dash in Japanese prose',
        excerpt: text.slice(Math.max(0, i - 20), i + 20),
      });
    }
  }
  return hits;
}

/**
 * A list of words that must not appear (a playbook's `forbiddenWords`, say) names those words
 * without using them: an array literal held by a property or variable whose name says so.
 */
function namesWordsToAvoid(node: ts.Node): boolean {
  const parent = node.parent as ts.Node | undefined;
  return (
    ts.isArrayLiteralExpression(node) &&
    parent !== undefined &&
    (ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent)) &&
    /forbidden|avoid/i.test(parent.name.getText())
  );
}

/** The text of every string literal (and every literal part of a template string) of a TypeScript file. */
export function tsStrings(file: string): Passage[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Passage[] = [];
  const visit = (node: ts.Node): void => {
    if (namesWordsToAvoid(node)) {
      return;
    }
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ file, line, text: node.text, prose: hasJapanese(node.text) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function filesUnder(dir: string, ending: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) {
    return [];
  }
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? filesUnder(rel, ending) : e.name.endsWith(ending) ? [rel] : [];
  });
}
