import { readOnce, type ParseOptions } from '../parse';
import { contactsMissing } from './mergeContract';

/**
 * How many of the other version's contact log entries ours lacks (in contracts both hold, and all of a
 * contract only it holds); undefined when either text does not read. For the row that offers a merge.
 */
export function countMissingContacts(ours: string, theirs: string, options: ParseOptions): number | undefined {
  const a = readOnce(ours, options).result;
  const b = readOnce(theirs, options).result;
  if (!a.ok || !b.ok) {
    return undefined;
  }
  const byId = new Map(a.file.contracts.map((c) => [c.id, c] as const));
  let missing = 0;
  for (const contract of b.file.contracts) {
    missing += contactsMissing(byId.get(contract.id)?.contacts, contract.contacts).length;
  }
  return missing;
}
