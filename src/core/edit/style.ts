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

/** How much of a large file's start is read for its style, besides the place being edited. */
const HEAD = 16 * 1024;

/**
 * The file's style. For a large file and an edit at `near`, read from the file's start and from the
 * lines being edited: looking through tens of megabytes for the narrowest indentation would cost more
 * than the whole edit, and what is added should look like the text around it. For a file of up to
 * twice HEAD, and without `near`, the whole text is read.
 */
export function detectStyle(text: string, near?: { readonly start: number; readonly end: number }): FileStyle {
  const compact = !text.trim().includes('\n');
  // The head ends at a line end, so that the two parts join without making up a line; a file with
  // no line end in its head is read whole.
  const headEnd = text.lastIndexOf('\n', HEAD) + 1;
  const sample = near && text.length > 2 * HEAD && headEnd > 0 ? `${text.slice(0, headEnd)}${text.slice(near.start, near.end)}` : text;
  return { ...styleOf(sample), compact };
}

function styleOf(text: string): Omit<FileStyle, 'compact'> {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
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
  return { unit, eol, trailingCommas: /,\s*(?:\/\/[^\n]*\s*|\/\*[\s\S]*?\*\/\s*)*[}\]]/.test(text) };
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
