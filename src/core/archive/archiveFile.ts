import { SyntaxKind, type Node } from 'jsonc-parser';
import { nextToken } from '../edit/insert';
import { indentAt, lineEndAt, startsLine, type FileStyle } from '../edit/style';
import type { TextEdit } from '../edit/textEdit';
import type { MovedText } from './cut';

/** What a new archive file copies from the contracts file, so it has the same shape. */
export interface Frame {
  readonly style: FileStyle;
  /** The indentation of the contracts file's top-level keys. */
  readonly outer: string;
  /** The contracts file's "$schema", if it names one: the archive sits beside it, so the path holds. */
  readonly schema?: string;
}

/**
 * A new archive file: a valid contracts file (same version, same shape) holding the moved contracts
 * verbatim, laid out like the file they came from so nothing needs re-indenting.
 */
export function newArchiveText(moved: readonly MovedText[], frame: Frame): string {
  const { eol, trailingCommas } = frame.style;
  const { outer } = frame;
  const lines = ['{'];
  if (frame.schema !== undefined) {
    lines.push(`${outer}"$schema": ${JSON.stringify(frame.schema)},`);
  }
  lines.push(`${outer}"version": 1,`, `${outer}"contracts": [`, joinItems(moved, trailingCommas, eol), `${outer}]`, '}');
  return lines.join(eol) + eol;
}

/**
 * Appends the moved contracts to an existing archive file's `contracts` array, after its last entry,
 * touching nothing else. They are re-indented only when the archive's entries sit at another depth.
 */
export function appendToArchive(text: string, array: Node, moved: readonly MovedText[], style: FileStyle): TextEdit[] {
  const children = array.children ?? [];
  const last = children[children.length - 1];
  const closeStart = array.offset + array.length - 1;
  if (!last) {
    const inner = indentAt(text, array.offset) + style.unit;
    const inside = text.slice(array.offset + 1, closeStart);
    const items = joinItems(
      moved.map((m) => reindent(m, inner)),
      style.trailingCommas,
      style.eol,
    );
    // Keep comments that were alone in the empty list; they stay before the new entries.
    const kept = inside.trim() === '' ? '' : inside.trimEnd();
    return [
      {
        offset: array.offset + 1,
        length: inside.length,
        content: `${kept}${style.eol}${items}${style.eol}${indentAt(text, array.offset)}`,
      },
    ];
  }
  const target = startsLine(text, last.offset) ? indentAt(text, last.offset) : indentAt(text, array.offset) + style.unit;
  const lastEnd = last.offset + last.length;
  const after = nextToken(text, lastEnd);
  const hasComma = after.kind === SyntaxKind.CommaToken;
  const anchor = hasComma ? after.end : lastEnd;
  const items = joinItems(
    moved.map((m) => reindent(m, target)),
    hasComma,
    style.eol,
  );
  const comma = hasComma ? '' : ',';
  if (!text.slice(anchor, nextToken(text, anchor).start).includes('\n')) {
    // `… }]`: the list closes on the last entry's line, so it closes on a line of its own after ours.
    return [{ offset: anchor, length: 0, content: `${comma}${style.eol}${items}${style.eol}${indentAt(text, array.offset)}` }];
  }
  const edits: TextEdit[] = hasComma ? [] : [{ offset: lastEnd, length: 0, content: ',' }];
  edits.push({ offset: lineEndAt(text, anchor), length: 0, content: `${style.eol}${items}` });
  return edits;
}

/** The entries one per line, commas between them (and after the last with trailing commas). */
function joinItems(moved: readonly MovedText[], trailingComma: boolean, eol: string): string {
  return moved.map((m, i) => `${m.body}${i < moved.length - 1 || trailingComma ? ',' : ''}${m.trailing}`).join(eol);
}

/** Moves every line of the entry from its old indentation to `indent`; other white space is kept. */
function reindent(moved: MovedText, indent: string): MovedText {
  if (moved.indent === indent) {
    return moved;
  }
  const body = moved.body
    .split(/(?<=\n)/)
    .map((line) => (line.startsWith(moved.indent) ? indent + line.slice(moved.indent.length) : line))
    .join('');
  return { ...moved, body, indent };
}
