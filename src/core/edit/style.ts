/** How the writer's file is laid out, so that what we add looks like what they wrote. */
export interface FileStyle {
  /** One level of indentation: a tab, or some number of spaces. */
  readonly unit: string;
  readonly eol: string;
  /** Whether the last entry of a list or object carries a comma ("trailing commas"). */
  readonly trailingCommas: boolean;
  /** The whole document is on one line; insert compactly rather than spread it out. */
  readonly compact: boolean;
}

export function detectStyle(text: string): FileStyle {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const trimmed = text.trim();
  const compact = !trimmed.includes('\n');
  let unit = '  ';
  let smallest = Number.POSITIVE_INFINITY;
  for (const line of text.split(/\r?\n/)) {
    const m = /^([ \t]+)\S/.exec(line);
    if (!m) {
      continue;
    }
    const lead = m[1]!;
    if (lead.startsWith('\t')) {
      unit = '\t';
      break;
    }
    if (lead.length < smallest) {
      smallest = lead.length;
      unit = lead;
    }
  }
  return { unit, eol, trailingCommas: /,\s*(?:\/\/[^\n]*\s*|\/\*[\s\S]*?\*\/\s*)*[}\]]/.test(text), compact };
}

/** The leading white space of the line that holds `offset`. */
export function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/** Whether only white space stands between the start of its line and `offset`. */
export function startsLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset).trim() === '';
}

/** Offset of the end of the line holding `offset` (before its line break). */
export function lineEndAt(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  if (n < 0) {
    return text.length;
  }
  return n > 0 && text[n - 1] === '\r' ? n - 1 : n;
}
