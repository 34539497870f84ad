/**
 * A reader of VS Code's snippet syntax, written for the tests as an independent check of what the
 * engine produces: which text a snippet inserts, and which tab stops and variables it holds.
 */
export interface ReadSnippet {
  /** The inserted text, with each tab stop's default text in place. */
  readonly text: string;
  readonly tabStops: { readonly index: number; readonly label: string }[];
  /** Variables ($TM_FILENAME, ${CLIPBOARD}) and bare $1 stops: the engine must never produce these from data. */
  readonly other: string[];
}

export function readSnippet(snippet: string): ReadSnippet {
  let text = '';
  const tabStops: { index: number; label: string }[] = [];
  const other: string[] = [];
  let i = 0;
  const literalUntil = (stop: string): string => {
    let out = '';
    while (i < snippet.length && snippet[i] !== stop) {
      if (snippet[i] === '\\' && /[$}\\]/.test(snippet[i + 1] ?? '')) {
        out += snippet[i + 1];
        i += 2;
      } else if (snippet[i] === '$') {
        other.push(snippet.slice(i, i + 12));
        out += snippet[i];
        i++;
      } else {
        out += snippet[i];
        i++;
      }
    }
    return out;
  };
  while (i < snippet.length) {
    const ch = snippet[i] ?? '';
    const next = snippet[i + 1] ?? '';
    if (ch === '\\' && /[$}\\]/.test(next)) {
      text += next;
      i += 2;
    } else if (ch === '$' && next === '{') {
      const m = /^\$\{(\d+):/.exec(snippet.slice(i));
      if (!m) {
        other.push(snippet.slice(i, i + 20));
        text += ch;
        i++;
        continue;
      }
      i += m[0].length;
      const label = literalUntil('}');
      i++;
      tabStops.push({ index: Number(m[1]), label });
      text += label;
    } else if (ch === '$' && /[0-9A-Za-z_]/.test(next)) {
      other.push(snippet.slice(i, i + 20));
      text += ch;
      i++;
    } else {
      text += ch;
      i++;
    }
  }
  return { text, tabStops, other };
}
