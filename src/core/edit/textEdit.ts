/** A replacement of `length` characters at `offset` in the original text; the unit every write is made of. */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly content: string;
}

/** Applies non-overlapping edits that all refer to the same original text. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.offset < cursor) {
      throw new Error('overlapping edits');
    }
    out += text.slice(cursor, edit.offset) + edit.content;
    cursor = edit.offset + edit.length;
  }
  return out + text.slice(cursor);
}

interface Placed {
  start: number; // in the original text
  end: number;
  content: string;
}

/**
 * Folds edits made one after another (each relative to the text the previous ones produced) into
 * edits on the original text. Edits that touch are merged so the result never overlaps, which is
 * what VS Code's WorkspaceEdit needs; untouched text between them is never rewritten.
 */
export class EditComposer {
  private readonly placed: Placed[] = [];
  private current: string;

  constructor(private readonly original: string) {
    this.current = original;
  }

  get text(): string {
    return this.current;
  }

  /** Adds edits that refer to the current text (as `text` returns it). */
  add(edits: readonly TextEdit[]): void {
    // From the end backwards, so each edit's offsets are still valid in the current text. Inserts
    // at the same offset keep their listed order, so the later one goes in first.
    const order = edits.map((edit, index) => ({ edit, index }));
    order.sort((a, b) => b.edit.offset - a.edit.offset || b.index - a.index);
    for (const { edit } of order) {
      this.addOne(edit.offset, edit.offset + edit.length, edit.content);
    }
  }

  private addOne(start: number, end: number, content: string): void {
    let delta = 0; // how much longer the current text is than the original before `start`
    let first = -1;
    let last = -1;
    let deltaBeforeFirst = 0;
    let deltaThroughLast = 0;
    for (let i = 0; i < this.placed.length; i++) {
      const p = this.placed[i]!;
      const curStart = p.start + delta;
      const curEnd = curStart + p.content.length;
      const growth = p.content.length - (p.end - p.start);
      if (curEnd < start) {
        delta += growth;
        continue;
      }
      if (curStart > end) {
        break;
      }
      if (first < 0) {
        first = i;
        deltaBeforeFirst = delta;
      }
      last = i;
      delta += growth;
      deltaThroughLast = delta;
    }
    const before = this.current;
    this.current = before.slice(0, start) + content + before.slice(end);
    if (first < 0) {
      const placedStart = start - delta;
      const at = this.placed.findIndex((p) => p.start > placedStart);
      const entry = { start: placedStart, end: placedStart + (end - start), content };
      this.placed.splice(at < 0 ? this.placed.length : at, 0, entry);
      return;
    }
    const firstPlaced = this.placed[first]!;
    const lastPlaced = this.placed[last]!;
    const curFirstStart = firstPlaced.start + deltaBeforeFirst;
    const curLastEnd = lastPlaced.end + deltaThroughLast;
    const curStart = Math.min(start, curFirstStart);
    const curEnd = Math.max(end, curLastEnd);
    const merged: Placed = {
      start: curStart - deltaBeforeFirst,
      end: curEnd - deltaThroughLast,
      content: before.slice(curStart, start) + content + before.slice(end, curEnd),
    };
    this.placed.splice(first, last - first + 1, merged);
  }

  /** The composed edits against the original text, each trimmed to the characters that change. */
  edits(): TextEdit[] {
    const result = this.placed.map((p) => trim(this.original, p)).filter((e) => e.length > 0 || e.content.length > 0);
    if (applyTextEdits(this.original, result) !== this.current) {
      throw new Error('edit composition lost text');
    }
    return result;
  }
}

function trim(original: string, p: Placed): TextEdit {
  const old = original.slice(p.start, p.end);
  let head = 0;
  while (head < old.length && head < p.content.length && old[head] === p.content[head]) {
    head++;
  }
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < p.content.length - head &&
    old[old.length - 1 - tail] === p.content[p.content.length - 1 - tail]
  ) {
    tail++;
  }
  return { offset: p.start + head, length: old.length - head - tail, content: p.content.slice(head, p.content.length - tail) };
}
