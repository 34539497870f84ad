import { createScanner, SyntaxKind, type Node } from 'jsonc-parser';
import { nextToken } from './insert';
import { startsLine } from './style';
import type { TextEdit } from './textEdit';

/**
 * Removes an entry that sits on its own line(s): the whole line goes, with its comma and any comment
 * after it, and the neighbours keep theirs. (jsonc-parser removes from the end of the previous entry,
 * which takes that entry's comment with it.) Returns undefined when the entry shares a line with
 * other entries, where the caller's plain removal is fine.
 */
export function removeOwnLines(text: string, container: Node, child: Node): TextEdit[] | undefined {
  const children = container.children ?? [];
  const index = children.indexOf(child);
  if (index < 0 || !startsLine(text, child.offset)) {
    return undefined;
  }
  const end = child.offset + child.length;
  const after = nextToken(text, end);
  const hasComma = after.kind === SyntaxKind.CommaToken;
  const lineEnd = endOfLineIfOnlyTrivia(text, hasComma ? after.end : end);
  if (lineEnd === undefined) {
    return undefined;
  }
  const lineStart = text.lastIndexOf('\n', child.offset - 1) + 1;
  const edits: TextEdit[] = [{ offset: lineStart, length: lineEnd - lineStart, content: '' }];
  const previous = children[index - 1];
  if (!hasComma && previous) {
    // The entry was last without a comma: the one before becomes last, and loses its comma the same way.
    const comma = nextToken(text, previous.offset + previous.length);
    if (comma.kind === SyntaxKind.CommaToken && comma.end <= lineStart) {
      edits.push({ offset: comma.start, length: comma.end - comma.start, content: '' });
    }
  }
  return edits;
}

/**
 * Removes an entry that shares its line with others: the entry with the comma that follows it and the
 * spaces after that comma, or, for the last entry, with the comma that joins it to the one before.
 * A comment between the entry and its comma stays where it is.
 */
export function removeInline(text: string, container: Node, child: Node): TextEdit[] {
  const children = container.children ?? [];
  const index = children.indexOf(child);
  const end = child.offset + child.length;
  const after = nextToken(text, end);
  if (after.kind === SyntaxKind.CommaToken) {
    let stop = after.end;
    while (text[stop] === ' ' || text[stop] === '\t') {
      stop++;
    }
    if (text.slice(end, after.start).trim() === '') {
      return [{ offset: child.offset, length: stop - child.offset, content: '' }];
    }
    return [
      { offset: child.offset, length: child.length, content: '' },
      { offset: after.start, length: after.end - after.start, content: '' },
    ];
  }
  const previous = children[index - 1];
  if (previous) {
    const comma = nextToken(text, previous.offset + previous.length);
    const start = spacesBefore(text, child.offset);
    const edits: TextEdit[] = [{ offset: start, length: end - start, content: '' }];
    if (comma.kind === SyntaxKind.CommaToken && comma.end <= start) {
      edits.unshift({ offset: comma.start, length: comma.end - comma.start, content: '' });
    }
    return edits;
  }
  return [{ offset: child.offset, length: child.length, content: '' }];
}

/** Where the run of spaces and tabs just before `offset` starts. */
function spacesBefore(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) {
    start--;
  }
  return start;
}

/** The offset just past the line break ending this line, if only white space and comments remain on it. */
function endOfLineIfOnlyTrivia(text: string, offset: number): number | undefined {
  const scanner = createScanner(text, false);
  scanner.setPosition(offset);
  for (;;) {
    const kind = scanner.scan();
    const start = scanner.getTokenOffset();
    const tokenEnd = start + scanner.getTokenLength();
    switch (kind) {
      case SyntaxKind.Trivia:
      case SyntaxKind.LineCommentTrivia:
        continue;
      case SyntaxKind.BlockCommentTrivia:
        if (/[\r\n]/.test(text.slice(start, tokenEnd))) {
          return undefined;
        }
        continue;
      case SyntaxKind.LineBreakTrivia:
        return tokenEnd;
      case SyntaxKind.EOF:
        return text.length;
      default:
        return undefined;
    }
  }
}
