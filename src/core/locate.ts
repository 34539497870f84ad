import { findNodeAtLocation } from 'jsonc-parser';
import { jsoncTree } from './jsoncTree';
import { findTooDeepNesting } from './nesting';

/** Where a contract's { … } stands in the text, found by id, for "Reveal Contract in File". */
export function locateContract(text: string, contractId: string): { offset: number; length: number } | undefined {
  if (findTooDeepNesting(text)) {
    return undefined; // the recursive parser would overflow; the view already shows the problem
  }
  const { root } = jsoncTree(text);
  const list = root && findNodeAtLocation(root, ['contracts']);
  const node = list?.children?.find((c) => findNodeAtLocation(c, ['id'])?.value === contractId);
  return node ? { offset: node.offset, length: node.length } : undefined;
}
