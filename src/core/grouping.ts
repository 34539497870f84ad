import { collator } from './collator';
import type { Localized } from './i18n';
import { isOffPlatform, PLATFORM_LABELS, STAGE_LABELS, stageLabel } from './labels';
import { PLATFORMS, STAGES, type Stage } from './schema';
import { URGENCY_RANK, type ContractStatus } from './status';
import { TitleOrder } from './titleOrder';

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

/**
 * Groups in a fixed order; empty groups are left out. Within a group: most pressing first, then the
 * earliest due date, the longest silence, the title (in a collator's order) and the id: a stable order.
 */
export function groupStatuses(statuses: readonly ContractStatus[], grouping: Grouping): StatusGroup[] {
  const order = sortedOrder(statuses);
  const make = <K extends string>(
    keys: readonly K[],
    keyOf: (s: ContractStatus) => K,
    labelOf: (key: K, members: readonly ContractStatus[]) => Localized,
  ): StatusGroup[] => {
    const members = new Map<K, ContractStatus[]>(keys.map((key) => [key, []]));
    for (const i of order) {
      const status = statuses[i]!;
      members.get(keyOf(status))?.push(status);
    }
    return keys
      .map((key) => ({ key, label: labelOf(key, members.get(key) ?? []), statuses: members.get(key) ?? [] }))
      .filter((g) => g.statuses.length > 0);
  };
  switch (grouping) {
    case 'stage':
      // A group of contracts kept off a platform only is named as those are; one with any platform
      // contract keeps the platforms' name (escrow), which is what most of its members know.
      return make(
        STAGES,
        (s) => s.contract.stage,
        (stage, members) =>
          members.length > 0 && members.every((m) => isOffPlatform(m.contract.platform))
            ? stageLabel(stage, members[0]!.contract.platform)
            : STAGE_LABELS[stage],
      );
    case 'platform':
      return make(
        PLATFORMS,
        (s) => s.contract.platform,
        (platform) => PLATFORM_LABELS[platform],
      );
    default:
      return make(['actNow', 'watch', 'onTrack', 'closed'] as const, urgencyGroupOf, (key) => URGENCY_GROUP_LABELS[key]);
  }
}

const titleOrder = new TitleOrder();

/**
 * The statuses' indices in display order. Each status's sort keys are read once into arrays, and
 * the sort compares numbers: a refresh of 10,000 contracts sorts them on every change.
 */
function sortedOrder(statuses: readonly ContractStatus[]): number[] {
  const n = statuses.length;
  const ranks = titleOrder.ranksOf(statuses.map((s) => s.contract.title));
  const urgency = new Float64Array(n);
  const due = new Float64Array(n);
  const silence = new Float64Array(n);
  const title = new Float64Array(n);
  statuses.forEach((s, i) => {
    urgency[i] = URGENCY_RANK[s.urgency];
    due[i] = s.next?.due ?? Number.MAX_SAFE_INTEGER;
    silence[i] = s.silentDays ?? -1;
    title[i] = ranks.get(s.contract.title) ?? 0;
  });
  return Array.from({ length: n }, (_, i) => i).sort(
    (a, b) =>
      urgency[b]! - urgency[a]! ||
      due[a]! - due[b]! ||
      silence[b]! - silence[a]! ||
      title[a]! - title[b]! ||
      // Reached only on a tie of everything else, so the collator is made only when there is a tie to break.
      collator().compare(statuses[a]!.contract.id, statuses[b]!.contract.id),
  );
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
