import { getNodeValue, type Node } from 'jsonc-parser';
import { schemas, type Contract, type ContractsFile } from './schema';

/**
 * The contracts validated by the last read, by their exact source text. A file is read again after
 * every change, and a change nearly always touches one contract: the others' text is the same, so
 * their checked values are reused and only the changed one is validated. A fresh map is kept after
 * each read, holding only that read's contracts, so the text of older versions is not kept alive.
 */
let known = new Map<string, Contract>();

/**
 * The file's value, validated contract by contract with reuse; undefined when anything fails
 * validation, so that the caller's whole-file check reports it with its usual paths and messages.
 * `root` has passed the syntax and key checks. `remember`: false for a read of another file (an
 * archive), which must not take the place of what was known of the contracts file.
 */
export function validateWithReuse(text: string, root: Node, remember = true): ContractsFile | undefined {
  if (root.type !== 'object') {
    return undefined;
  }
  // The file around the list, with the list left empty: checked with the file's own schema.
  const shell: Record<string, unknown> = {};
  let list: Node | undefined;
  for (const property of root.children ?? []) {
    const [key, value] = property.children ?? [];
    if (!key || !value || typeof key.value !== 'string') {
      return undefined;
    }
    if (key.value === 'contracts') {
      list = value;
      shell[key.value] = [];
    } else {
      shell[key.value] = getNodeValue(value);
    }
  }
  if (!list || list.type !== 'array') {
    return undefined;
  }
  const checkedShell = schemas().contractsFileSchema.safeParse(shell);
  if (!checkedShell.success) {
    return undefined;
  }
  const next = new Map<string, Contract>();
  const contracts: Contract[] = [];
  for (const node of list.children ?? []) {
    const source = text.slice(node.offset, node.offset + node.length);
    let contract = known.get(source) ?? next.get(source);
    if (contract === undefined) {
      const checked = schemas().contractSchema.safeParse(getNodeValue(node));
      if (!checked.success) {
        return undefined;
      }
      contract = checked.data;
    }
    next.set(source, contract);
    contracts.push(contract);
  }
  if (remember) {
    known = next;
  }
  return { ...checkedShell.data, contracts };
}

/** Forgets what earlier reads validated (for measuring a first read). */
export function forgetKnownContracts(): void {
  known = new Map();
}

/**
 * After a read that validated only the changed contract (rereadOne.ts): the old text is no longer
 * in the file, the new one is, and the others stay known.
 */
export function rememberChangedContract(oldSource: string, newSource: string, contract: Contract): void {
  known.delete(oldSource);
  known.set(newSource, contract);
}
