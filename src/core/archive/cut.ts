import { findNodeAtLocation, SyntaxKind, type Node } from 'jsonc-parser';
import { jsoncTree } from '../jsoncTree';
import { nextToken } from '../edit/insert';
import { removeInline, removeOwnLines } from '../edit/remove';
import { indentAt, lineEndAt, startsLine, type FileStyle } from '../edit/style';
import { EditComposer, type TextEdit } from '../edit/textEdit';

/** A contract's text as it moves: its lines verbatim, and a comment that ended its last line. */
export interface MovedText {
  /** From the start of its first line (its indentation) to its closing brace; comments inside kept. */
  readonly body: string;
  /** The indentation `body` starts with, so it can be re-indented if the target needs another. */
  readonly indent: string;
  /** " // …" after the brace (and its comma) on the same line, or ''. */
  readonly trailing: string;
}

/** The text of one element of the contracts array, taken verbatim. */
export function movedText(text: string, element: Node, style: FileStyle): MovedText {
  const end = element.offset + element.length;
  if (!startsLine(text, element.offset)) {
    // Shares its line with others (a compact file): the object alone, put on a line of its own.
    const indent = style.unit + style.unit;
    return { body: indent + text.slice(element.offset, end), indent, trailing: '' };
  }
  const lineStart = text.lastIndexOf('\n', element.offset - 1) + 1;
  const after = nextToken(text, end);
  const restStart = after.kind === SyntaxKind.CommaToken ? after.end : end;
  const rest = text.slice(restStart, lineEndAt(text, restStart));
  const trailing = /^\s*(\/\/|\/\*.*\*\/\s*$)/.test(rest) ? rest.trimEnd() : '';
  return { body: text.slice(lineStart, end), indent: indentAt(text, element.offset), trailing };
}

/**
 * Removes the chosen elements of the contracts array. Each goes with its own lines, its comma and a
 * comment after it, as a single removal does; when the last ones all go, the last one kept loses its
 * comma (it becomes last). Comments on lines of their own between contracts stay where they are.
 * In a compact file (entries sharing lines) each goes with the comma that joins it to a neighbour,
 * one at a time, the last first.
 */
export function removeElements(text: string, array: Node, chosen: readonly Node[]): TextEdit[] {
  const children = array.children ?? [];
  const own = chosen.map((child) => removeOwnLines(text, array, child)?.[0]);
  const composer = new EditComposer(text);
  if (own.every((edit): edit is TextEdit => edit !== undefined)) {
    const edits = [...own];
    const gone = new Set(chosen);
    const lastKept = [...children].reverse().find((c) => !gone.has(c));
    const last = children[children.length - 1];
    if (last && gone.has(last) && lastKept && nextToken(text, last.offset + last.length).kind !== SyntaxKind.CommaToken) {
      const comma = nextToken(text, lastKept.offset + lastKept.length);
      if (comma.kind === SyntaxKind.CommaToken) {
        edits.push({ offset: comma.start, length: comma.end - comma.start, content: '' });
      }
    }
    composer.add(edits);
    return composer.edits();
  }
  const indexes = chosen.map((c) => children.indexOf(c)).sort((a, b) => b - a);
  for (const index of indexes) {
    const current = findNodeAtLocation(jsoncTree(composer.text).root ?? array, ['contracts']);
    const child = current?.children?.[index];
    if (current && child) {
      composer.add(removeInline(composer.text, current, child));
    }
  }
  return composer.edits();
}
