import { getNodeValue, type Node } from 'jsonc-parser';
import type { ContractSpan, KnownContract } from './parse';
import { schemas, type Contract, type ContractsFile } from './schema';

/**
 * The file's value, validated contract by contract; undefined when anything fails validation, so that
 * the caller's whole-file check reports it with its usual paths and messages. `root` has passed the
 * syntax and key checks. `known` hands back contracts validated by an earlier read, by their text.
 */
export function validateWithReuse(text: string, root: Node, known?: KnownContract): ContractsFile | undefined {
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
  const contracts: Contract[] = [];
  for (const node of list.children ?? []) {
    const contract = known?.(text.slice(node.offset, node.offset + node.length)) ?? checkContract(getNodeValue(node));
    if (contract === undefined) {
      return undefined;
    }
    contracts.push(contract);
  }
  return { ...checkedShell.data, contracts };
}

/**
 * One contract's value checked against the contract's schema; undefined when it fails. A value the
 * schema takes as it is comes back itself, not as zod's copy (asIs.ts): the same contract, made once.
 */
export function checkContract(value: unknown): Contract | undefined {
  const { contractSchema, contractAsIs } = schemas();
  if (contractAsIs(value)) {
    return value as Contract;
  }
  const checked = contractSchema.safeParse(value);
  return checked.success ? checked.data : undefined;
}

/**
 * The contracts of a valid read, by their exact source text, as a lookup made on first use: a read
 * after a change that touched more than one contract validates only the contracts whose text changed.
 */
export function knownContracts(text: string, spans: readonly ContractSpan[], contracts: readonly Contract[]): KnownContract {
  let bySource: Map<string, Contract> | undefined;
  return (source) => {
    if (!bySource) {
      bySource = new Map();
      spans.forEach((span, i) => bySource!.set(text.slice(span.offset, span.offset + span.length), contracts[i]!));
    }
    return bySource.get(source);
  };
}
