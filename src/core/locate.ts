import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { JSONC_OPTIONS } from './parse';

/** Where a contract's { … } stands in the text, found by id, for "Reveal Contract in File". */
export function locateContract(text: string, contractId: string): { offset: number; length: number } | undefined {
  const root = parseTree(text, [], JSONC_OPTIONS);
  const list = root && findNodeAtLocation(root, ['contracts']);
  const node = list?.children?.find((c) => findNodeAtLocation(c, ['id'])?.value === contractId);
  return node ? { offset: node.offset, length: node.length } : undefined;
}
