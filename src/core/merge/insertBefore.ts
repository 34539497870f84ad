import type { Node } from 'jsonc-parser';
import { layoutOf } from '../edit/insert';
import { stringifyInline, stringifyPretty } from '../edit/serialize';
import { indentAt, startsLine, type FileStyle } from '../edit/style';
import type { TextEdit } from '../edit/textEdit';

/**
 * Puts a new element into an array just before its child `index`, written the way that child is: on
 * a line of its own before the child's line, or on the child's line when elements share lines. The
 * child, its comments and everything else stay as they are. (insertChild adds at the end only; a
 * contact from the other machine goes where its date puts it.)
 */
export function insertBefore(text: string, array: Node, index: number, value: unknown, style: FileStyle): TextEdit[] {
  const child = array.children?.[index];
  if (!child) {
    throw new Error(`no element ${index} to insert before`);
  }
  const indent = indentAt(text, child.offset);
  const body = style.compact
    ? stringifyInline(value)
    : stringifyPretty(value, indent, style.unit, style.eol, layoutOf(text, child));
  if (!style.compact && startsLine(text, child.offset)) {
    const lineStart = text.lastIndexOf('\n', child.offset - 1) + 1;
    return [{ offset: lineStart, length: 0, content: `${indent}${body},${style.eol}` }];
  }
  return [{ offset: child.offset, length: 0, content: `${body}, ` }];
}
