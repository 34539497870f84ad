import { parseTree, type Node, type ParseError } from 'jsonc-parser';

/** The same options jsonc-parser needs wherever this file is read or edited. */
export const JSONC_OPTIONS = { allowTrailingComma: true, disallowComments: false } as const;

export interface JsoncTree {
  readonly root: Node | undefined;
  readonly errors: readonly ParseError[];
}

let last: { text: string; tree: JsoncTree } | undefined;

/**
 * jsonc-parser's syntax tree of a text. Building it is the costliest part of reading the file, and
 * an edit asks for the tree of the same text the parser just read, so the last one is kept.
 */
export function jsoncTree(text: string): JsoncTree {
  if (last?.text === text) {
    return last.tree;
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, JSONC_OPTIONS);
  const tree = { root, errors };
  last = { text, tree };
  return tree;
}
