import { findNodeAtLocation } from 'jsonc-parser';
import { jsoncTree } from './jsoncTree';

/** Where a contract's { … } stands in the text, found by id, for "Reveal Contract in File". */
export function locateContract(text: string, contractId: string): { offset: number; length: number } | undefined {
  const { root } = jsoncTree(text);
  const list = root && findNodeAtLocation(root, ['contracts']);
  const node = list?.children?.find((c) => findNodeAtLocation(c, ['id'])?.value === contractId);
  return node ? { offset: node.offset, length: node.length } : undefined;
}
