import { createScanner, SyntaxKind, type Node } from 'jsonc-parser';
import { stringifyInline, stringifyPretty, type Layout } from './serialize';
import { indentAt, lineEndAt, startsLine, type FileStyle } from './style';
import type { TextEdit } from './textEdit';

/**
 * Adds a property (when `key` is given) or an array element at the end of `container`, written the
 * way its siblings are written. Unlike a formatter, it never touches existing text: a comment after
 * the last entry stays on that entry's line, and odd indentation elsewhere is left alone.
 */
export function insertChild(
  text: string,
  container: Node,
  key: string | undefined,
  value: unknown,
  style: FileStyle,
): TextEdit[] {
  const children = container.children ?? [];
  const render = (indent: string, layout: Layout): string => {
    const body = style.compact ? stringifyInline(value) : stringifyPretty(value, indent, style.unit, style.eol, layout);
    return key === undefined ? body : `${JSON.stringify(key)}: ${body}`;
  };
  const openEnd = container.offset + 1;
  const closeStart = container.offset + container.length - 1;

  if (children.length === 0) {
    if (style.compact) {
      return [{ offset: openEnd, length: 0, content: render('', 'auto') }];
    }
    const outer = indentAt(text, container.offset);
    const inner = outer + style.unit;
    const inside = text.slice(openEnd, closeStart);
    const item = `${style.eol}${inner}${render(inner, 'auto')}${style.trailingCommas ? ',' : ''}`;
    if (inside.trim() === '') {
      return [{ offset: openEnd, length: inside.length, content: `${item}${style.eol}${outer}` }];
    }
    // Only comments inside: keep them and put the entry after them.
    return [{ offset: closeStart, length: 0, content: `${item.trimEnd()}${style.eol}${outer}` }];
  }

  const last = children[children.length - 1]!;
  const lastValue = last.type === 'property' ? last.children?.[1] : last;
  const siblingLayout = layoutOf(text, lastValue);
  const lastEnd = last.offset + last.length;
  const after = nextToken(text, lastEnd);
  const hasComma = after.kind === SyntaxKind.CommaToken;
  const anchor = hasComma ? after.end : lastEnd;
  const edits: TextEdit[] = [];
  if (!hasComma) {
    edits.push({ offset: lastEnd, length: 0, content: ',' });
  }
  const ownLines = !style.compact && startsLine(text, last.offset);
  const following = nextToken(text, anchor);
  const sameLineAsNext = !text.slice(anchor, following.start).includes('\n');
  if (!ownLines || sameLineAsNext) {
    // Siblings share a line ([ "a", "b" ]) or the bracket closes on this line: stay on the line.
    const item = render(indentAt(text, last.offset), 'auto');
    edits.push({ offset: anchor, length: 0, content: ` ${item}${hasComma ? ',' : ''}` });
    return edits;
  }
  const indent = indentAt(text, last.offset);
  const lineEnd = lineEndAt(text, anchor);
  edits.push({
    offset: lineEnd,
    length: 0,
    content: `${style.eol}${indent}${render(indent, siblingLayout)}${hasComma ? ',' : ''}`,
  });
  return edits;
}

/** A new entry is written the way the entry before it is: on one line, or spread out. */
export function layoutOf(text: string, sibling: Node | undefined): Layout {
  if (!sibling || (sibling.type !== 'object' && sibling.type !== 'array')) {
    return 'auto';
  }
  return text.slice(sibling.offset, sibling.offset + sibling.length).includes('\n') ? 'multiline' : 'inline';
}

/** The next token after `offset`, skipping white space and comments. */
export function nextToken(text: string, offset: number): { kind: SyntaxKind; start: number; end: number } {
  const scanner = createScanner(text, false);
  scanner.setPosition(offset);
  for (;;) {
    const kind = scanner.scan();
    if (
      kind !== SyntaxKind.Trivia &&
      kind !== SyntaxKind.LineBreakTrivia &&
      kind !== SyntaxKind.LineCommentTrivia &&
      kind !== SyntaxKind.BlockCommentTrivia
    ) {
      return { kind, start: scanner.getTokenOffset(), end: scanner.getTokenOffset() + scanner.getTokenLength() };
    }
  }
}
