import { toInstant } from '../dates';
import type { Contact, Contract } from '../schema';
import { contactsMissing } from './contacts';
import { mergeObject, mergeStage, mergeTick, mergeValue, type Place } from './fieldMerge';
import { isPlainObject } from './values';

/** One contract that both sides hold, merged field by field; the result keeps ours' key order. */
export function mergeContract(
  ours: Contract,
  theirs: Contract,
  base: Contract | undefined,
  hasBase: boolean,
  place: Place,
): Contract {
  const merged = mergeObject(ours, theirs, base, hasBase, [], place, (o, t, b, h, path, pl) => {
    switch (path[0]) {
      case 'contacts':
        return mergeContacts(o as Contact[] | undefined, t as Contact[] | undefined, pl.utcOffsetMinutes);
      case 'stage':
        return mergeStage(ours.stage, theirs.stage, b, h, pl);
      case 'checklist':
        return mergeSteps(o, t, b, h, pl);
      default:
        return mergeValue(o, t, b, h, path, pl);
    }
  });
  return merged as Contract;
}

function mergeSteps(ours: unknown, theirs: unknown, base: unknown, hasBase: boolean, place: Place): unknown {
  if (!isPlainObject(ours) || !isPlainObject(theirs)) {
    return mergeWholeChecklist(ours, theirs, base, hasBase, place, ['checklist']);
  }
  return mergeObject(ours, theirs, isPlainObject(base) ? base : undefined, hasBase, ['checklist'], place, mergeTick);
}

/** A checklist that one side does not have at all: merged as against an empty one. */
function mergeWholeChecklist(
  ours: unknown,
  theirs: unknown,
  base: unknown,
  hasBase: boolean,
  place: Place,
  path: readonly string[],
): unknown {
  if ((ours === undefined || isPlainObject(ours)) && (theirs === undefined || isPlainObject(theirs))) {
    const out = mergeObject(ours, theirs, isPlainObject(base) ? base : undefined, hasBase, path, place, mergeTick);
    // Absent stays absent when nothing is left in it, so that a merge with itself adds nothing.
    return Object.keys(out).length === 0 && (ours === undefined || theirs === undefined) ? (ours ?? theirs) : out;
  }
  return mergeValue(ours, theirs, base, hasBase, path, place);
}

/**
 * The contact log: every entry of both sides, the same message logged on both appearing once (as many
 * times as the side that logged it most). Ours stay where they are; the other side's entries go in by
 * their date, after ours of the same moment.
 */
export function mergeContacts(
  ours: readonly Contact[] | undefined,
  theirs: readonly Contact[] | undefined,
  utcOffsetMinutes: number,
): Contact[] | undefined {
  const extra = contactsMissing(ours, theirs);
  if (extra.length === 0) {
    return ours === undefined ? (theirs === undefined ? undefined : [...theirs]) : [...ours];
  }
  const at = (c: Contact): number => toInstant(c.at, utcOffsetMinutes) ?? Number.POSITIVE_INFINITY;
  const sortedExtra = extra.map((c, i) => ({ c, i, t: at(c) })).sort((a, b) => a.t - b.t || a.i - b.i);
  const out: Contact[] = [];
  let next = 0;
  for (const own of ours ?? []) {
    const t = at(own);
    while (next < sortedExtra.length && sortedExtra[next]!.t < t) {
      out.push(sortedExtra[next++]!.c);
    }
    out.push(own);
  }
  for (; next < sortedExtra.length; next++) {
    out.push(sortedExtra[next]!.c);
  }
  return out;
}
