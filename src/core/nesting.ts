import type { Localized } from './i18n';

/**
 * How deep `[` and `{` may nest. A contracts file needs five levels (file, list, contract, contact
 * list, contact); 100 leaves room for any unknown fields a writer keeps, and stays far below the depth
 * at which the recursive JSON parser and the schema check overflow the stack (a few thousand).
 */
export const MAX_NESTING = 100;

export interface TooDeep {
  /** The offset of the first bracket that goes deeper than MAX_NESTING. */
  readonly offset: number;
  readonly message: Localized;
}

/**
 * Finds nesting deeper than `limit` (MAX_NESTING for a whole file; less for a piece of one, which
 * sits that much deeper in it) before anything recursive sees the text. One pass, no
 * recursion, so it is linear on any input; strings and comments are skipped as the JSONC parser
 * reads them, so brackets inside text do not count.
 */
export function findTooDeepNesting(text: string, limit = MAX_NESTING): TooDeep | undefined {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5b /* [ */ || ch === 0x7b /* { */) {
      depth++;
      if (depth > limit) {
        return { offset: i, message: tooDeep() };
      }
    } else if (ch === 0x5d /* ] */ || ch === 0x7d /* } */) {
      depth = Math.max(0, depth - 1);
    } else if (ch === 0x22 /* " */) {
      i = endOfString(text, i);
    } else if (ch === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      i = endOfLine(text, i);
    } else if (ch === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 1;
    }
  }
  return undefined;
}

/** The offset of a string's closing quote; a string stops at a line break, as in the JSONC scanner. */
function endOfString(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x5c /* \ */) {
      i++;
    } else if (ch === 0x22 || ch === 0x0a || ch === 0x0d) {
      return i;
    }
  }
  return text.length;
}

function endOfLine(text: string, start: number): number {
  for (let i = start; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a || ch === 0x0d) {
      return i;
    }
  }
  return text.length;
}

function tooDeep(): Localized {
  return {
    en: `Brackets [ ] and braces { } are nested more than ${MAX_NESTING} levels deep here. A contracts file needs about five; check for brackets that were pasted by mistake.`,
    ja: `ここで括弧 [ ] や { } が ${MAX_NESTING} 段より深く入れ子になっています。契約ファイルに必要なのは5段ほどです。誤って貼り付けた括弧がないか確認してください。`,
  };
}
