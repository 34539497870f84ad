import type { Localized } from './i18n';
import { PLATFORM_LABELS, STAGE_LABELS } from './labels';
import { PLATFORMS, STAGES, type Stage } from './schema';
import { URGENCY_RANK, type ContractStatus } from './status';

export type Grouping = 'urgency' | 'stage' | 'platform';
export const GROUPINGS: readonly Grouping[] = ['urgency', 'stage', 'platform'];

export type UrgencyGroup = 'actNow' | 'watch' | 'onTrack' | 'closed';

export const URGENCY_GROUP_LABELS: Record<UrgencyGroup, Localized> = {
  actNow: { en: 'Act now', ja: '今すぐ対応' },
  watch: { en: 'Watch', ja: '様子見' },
  onTrack: { en: 'On track', ja: '順調' },
  closed: { en: 'Closed', ja: '終了' },
};

export function isClosed(stage: Stage): boolean {
  return stage === 'closed' || stage === 'cancelled';
}

/** Act and overdue both mean "do something today"; they are what the badge counts. */
export function needsAction(status: ContractStatus): boolean {
  return status.urgency === 'act' || status.urgency === 'overdue';
}

export function urgencyGroupOf(status: ContractStatus): UrgencyGroup {
  if (isClosed(status.contract.stage)) {
    return 'closed';
  }
  if (needsAction(status)) {
    return 'actNow';
  }
  return status.urgency === 'watch' ? 'watch' : 'onTrack';
}

export interface StatusGroup {
  readonly key: string;
  readonly label: Localized;
  readonly statuses: readonly ContractStatus[];
}

/** Most pressing first, then the earliest due date, the longest silence, and the title: a stable order. */
export function compareStatuses(a: ContractStatus, b: ContractStatus): number {
  return (
    URGENCY_RANK[b.urgency] - URGENCY_RANK[a.urgency] ||
    (a.next?.due ?? Number.MAX_SAFE_INTEGER) - (b.next?.due ?? Number.MAX_SAFE_INTEGER) ||
    (b.silentDays ?? -1) - (a.silentDays ?? -1) ||
    a.contract.title.localeCompare(b.contract.title) ||
    a.contract.id.localeCompare(b.contract.id)
  );
}

/** Groups in a fixed order; empty groups are left out. */
export function groupStatuses(statuses: readonly ContractStatus[], grouping: Grouping): StatusGroup[] {
  const sorted = [...statuses].sort(compareStatuses);
  const make = <K extends string>(
    keys: readonly K[],
    keyOf: (s: ContractStatus) => K,
    labels: Record<K, Localized>,
  ): StatusGroup[] =>
    keys
      .map((key) => ({ key, label: labels[key], statuses: sorted.filter((s) => keyOf(s) === key) }))
      .filter((g) => g.statuses.length > 0);
  switch (grouping) {
    case 'stage':
      return make(STAGES, (s) => s.contract.stage, STAGE_LABELS);
    case 'platform':
      return make(PLATFORMS, (s) => s.contract.platform, PLATFORM_LABELS);
    default:
      return make(['actNow', 'watch', 'onTrack', 'closed'] as const, urgencyGroupOf, URGENCY_GROUP_LABELS);
  }
}

/**
 * The stages a contract can move to from here. Delivered can go back to work when the client asks
 * for revisions; closed and cancelled are final.
 */
export function legalNextStages(stage: Stage): Stage[] {
  switch (stage) {
    case 'applied':
      return ['contracted', 'cancelled'];
    case 'contracted':
      return ['escrowFunded', 'cancelled'];
    case 'escrowFunded':
      return ['delivered', 'cancelled'];
    case 'delivered':
      return ['accepted', 'escrowFunded', 'cancelled'];
    case 'accepted':
      return ['closed'];
    default:
      return [];
  }
}

/** Reporting to the operator and asking to terminate make sense only once escrow is funded. */
export function canEscalate(stage: Stage): boolean {
  return stage === 'escrowFunded' || stage === 'delivered';
}
