import { STAGE_LABELS, stageLabel } from '../labels';
import { toInstant } from '../dates';
import type { JsonPath } from '../problems';
import { STAGE_ORDER, type Platform, type Stage } from '../schema';
import type { Localized } from '../i18n';
import type { MergeConflict, MergeNotice, Resolutions, Side } from './types';
import { isPlainObject, sameValue, unionKeys } from './values';

/** Collects what one merge found, and answers conflicts the caller already settled. */
export class MergeLog {
  readonly conflicts: MergeConflict[] = [];
  readonly resolved: MergeConflict[] = [];
  readonly notices: MergeNotice[] = [];

  constructor(private readonly resolutions: Resolutions) {}

  /** The settled value, or ours as a placeholder while the conflict stays open (no text is made then). */
  conflict(contractId: string | undefined, title: string | undefined, path: JsonPath, ours: unknown, theirs: unknown): unknown {
    const key = `${contractId ?? ''}\u0000${JSON.stringify(path)}`;
    const conflict: MergeConflict = { key, contractId, title, path, ours, theirs };
    const answer = this.resolutions[key];
    if (answer === undefined) {
      this.conflicts.push(conflict);
      return ours;
    }
    this.resolved.push(conflict);
    return answer === 'ours' ? ours : theirs;
  }

  /**
   * A contract that one side (`removedBy`) does not have. Without a common version, or when the common
   * version did not have it either, it was added: kept. When the common version had it and the side
   * that kept it changed it since, removing it would lose that change: a conflict. Returns whether the
   * contract stays.
   */
  conflictIfRemoved(
    contract: { readonly id: string; readonly title: string },
    common: unknown,
    removedBy: Side,
    place: Place,
  ): boolean {
    if (common === undefined) {
      return true;
    }
    const [ours, theirs] = removedBy === 'theirs' ? [contract, undefined] : [undefined, contract];
    return this.conflict(contract.id, place.title, [], ours, theirs) !== undefined;
  }
}

/** Where a value being merged sits, for conflicts and notices. */
export interface Place {
  readonly contractId: string | undefined;
  readonly title: string | undefined;
  readonly utcOffsetMinutes: number;
  readonly log: MergeLog;
  /** The contract's platform, for stage names as the writer knows them there. */
  readonly platform?: Platform;
}

/** The value when the sides agree, or the common version shows that only one of them changed it. */
function atMostOneChanged(
  ours: unknown,
  theirs: unknown,
  base: unknown,
  hasBase: boolean,
): { readonly value: unknown } | undefined {
  if (sameValue(ours, theirs)) {
    return { value: ours };
  }
  if (hasBase && sameValue(ours, base)) {
    return { value: theirs };
  }
  if (hasBase && sameValue(theirs, base)) {
    return { value: ours };
  }
  return undefined;
}

/**
 * A field merged from both sides and, when known, their common version (hasBase): changed on one side
 * only takes that side; changed on both to different values is a conflict; with no common version,
 * equal values pass, a field on one side only is kept (an addition), and different values are
 * conflicts. Objects merge key by key, so two sides that changed different keys of the client both
 * keep their change. undefined: the field is absent.
 */
export function mergeValue(
  ours: unknown,
  theirs: unknown,
  base: unknown,
  hasBase: boolean,
  path: JsonPath,
  place: Place,
): unknown {
  const settled = atMostOneChanged(ours, theirs, base, hasBase);
  if (settled) {
    return settled.value;
  }
  if (!hasBase && (ours === undefined || theirs === undefined)) {
    // No common version to tell a removal from an addition: a field on one side only was added there.
    return ours ?? theirs;
  }
  if (isPlainObject(ours) && isPlainObject(theirs) && (base === undefined || isPlainObject(base))) {
    return mergeObject(ours, theirs, isPlainObject(base) ? base : undefined, hasBase, path, place, mergeValue);
  }
  return place.log.conflict(place.contractId, place.title, path, ours, theirs);
}

type FieldMerger = (ours: unknown, theirs: unknown, base: unknown, hasBase: boolean, path: JsonPath, place: Place) => unknown;

export function mergeObject(
  ours: Record<string, unknown> | undefined,
  theirs: Record<string, unknown> | undefined,
  base: Record<string, unknown> | undefined,
  hasBase: boolean,
  path: JsonPath,
  place: Place,
  field: FieldMerger,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of unionKeys(ours, theirs)) {
    const value = field(ours?.[key], theirs?.[key], base?.[key], hasBase, [...path, key], place);
    if (value !== undefined) {
      out[key] = value;
    }
  }
  return out;
}

/**
 * The stage: when both sides moved it (or no common version tells which did), the later one in the
 * stage order wins, and the writer is told. A cancelled contract has no place in that order: a conflict.
 */
export function mergeStage(ours: Stage, theirs: Stage, base: unknown, hasBase: boolean, place: Place): Stage {
  if (ours === theirs) {
    return ours;
  }
  if (hasBase && base === ours) {
    return theirs;
  }
  if (hasBase && base === theirs) {
    return ours;
  }
  const o = STAGE_ORDER.indexOf(ours);
  const t = STAGE_ORDER.indexOf(theirs);
  if (o < 0 || t < 0) {
    return place.log.conflict(place.contractId, place.title, ['stage'], ours, theirs) as Stage;
  }
  const [kept, other] = o > t ? [ours, theirs] : [theirs, ours];
  const title = place.title ?? place.contractId ?? '';
  const name = (stage: Stage): Localized => (place.platform ? stageLabel(stage, place.platform) : STAGE_LABELS[stage]);
  place.log.notices.push({
    contractId: place.contractId ?? '',
    message: {
      en: `“${title}”: one version says “${name(other).en}”, the other “${name(kept).en}”; the later stage, “${name(kept).en}”, was kept.`,
      ja: `「${title}」の段階が「${name(other).ja}」と「${name(kept).ja}」で異なっていたため、後の段階の「${name(kept).ja}」にしました。`,
    },
  });
  return kept;
}

/**
 * One checklist step. Ticks are a union: a step ticked on one side and never ticked on the other is
 * ticked. A tick on one side and an untick on the other (explicit, or a tick the common version had
 * that one side removed while the other ticked it anew) is a conflict.
 */
export function mergeTick(
  ours: unknown,
  theirs: unknown,
  base: unknown,
  hasBase: boolean,
  path: JsonPath,
  place: Place,
): unknown {
  const settled = atMostOneChanged(ours, theirs, base, hasBase);
  if (settled) {
    return settled.value;
  }
  const oursTicked = isTicked(ours);
  const theirsTicked = isTicked(theirs);
  if (oursTicked && theirsTicked && isPlainObject(ours) && isPlainObject(theirs)) {
    // Ticked on both machines at different times: the step was done at the first of them.
    const rest = mergeObject(ours, theirs, isPlainObject(base) ? base : undefined, hasBase, path, place, (o, t, b, h, p, pl) =>
      p[p.length - 1] === 'at' ? earlier(o, t, pl.utcOffsetMinutes) : mergeValue(o, t, b, h, p, pl),
    );
    return rest;
  }
  const oneSideUntouched = (!hasBase || base === undefined) && (ours === undefined || theirs === undefined);
  if (oursTicked !== theirsTicked && oneSideUntouched) {
    return oursTicked ? ours : theirs;
  }
  if (oursTicked !== theirsTicked) {
    return place.log.conflict(place.contractId, place.title, path, ours, theirs);
  }
  return mergeValue(ours, theirs, base, hasBase, path, place);
}

function isTicked(entry: unknown): boolean {
  return isPlainObject(entry) && entry.done === true;
}

function earlier(a: unknown, b: unknown, utcOffsetMinutes: number): unknown {
  if (typeof a !== 'string' || typeof b !== 'string') {
    return a ?? b;
  }
  const ia = toInstant(a, utcOffsetMinutes) ?? Number.POSITIVE_INFINITY;
  const ib = toInstant(b, utcOffsetMinutes) ?? Number.POSITIVE_INFINITY;
  return ia < ib || (ia === ib && a <= b) ? a : b; // equal moments: the same answer whichever side is ours
}
