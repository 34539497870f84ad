import { readOnce, type ParseOptions, type ParseResult } from '../parse';
import type { Contract } from '../schema';
import { contactsMissing } from './contacts';

/**
 * Reads another version of the contracts file (a sync service's copy) on its own: nothing of it is
 * kept, so it never takes the place of what the contracts file's own reads keep.
 */
export function readOtherVersion(text: string, options: ParseOptions): ParseResult {
  return readOnce(text, options).result;
}

/**
 * How many of the other version's contact log entries ours lacks (in contracts both hold, and all of
 * a contract only it holds): what the row that offers the merge counts.
 */
export function countMissingContacts(ours: readonly Contract[], theirs: readonly Contract[]): number {
  const byId = new Map(ours.map((c) => [c.id, c] as const));
  let missing = 0;
  for (const contract of theirs) {
    missing += contactsMissing(byId.get(contract.id)?.contacts, contract.contacts).length;
  }
  return missing;
}
