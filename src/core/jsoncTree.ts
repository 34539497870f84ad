import { parseTree, type Node, type ParseError } from 'jsonc-parser';

/** The same options jsonc-parser needs wherever this file is read or edited. */
export const JSONC_OPTIONS = { allowTrailingComma: true, disallowComments: false } as const;

export interface JsoncTree {
  readonly root: Node | undefined;
  readonly errors: readonly ParseError[];
}

/**
 * jsonc-parser's syntax tree of a text. It is not kept: for a large file the tree takes more than
 * ten times the text's memory, and what is needed later (where each contract stands) is kept by the
 * reader instead.
 */
export function jsoncTree(text: string): JsoncTree {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, JSONC_OPTIONS);
  return { root, errors };
}
