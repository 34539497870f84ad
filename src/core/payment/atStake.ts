import type { Localized } from '../i18n';
import { pick, type Locale } from '../i18n';
import type { Platform } from '../schema';
import type { ContractStatus } from '../status';

/**
 * What a writer stands to lose, in four kinds, each contract counted in the most pressing one that
 * applies: money escrowed on a platform, work delivered and not yet accepted, work accepted and not
 * yet paid, and a payment past its date.
 */
export type StakeKind = 'overdue' | 'acceptedUnpaid' | 'delivered' | 'escrowed';
export const STAKE_KINDS: readonly StakeKind[] = ['overdue', 'acceptedUnpaid', 'delivered', 'escrowed'];

export const STAKE_LABELS: Readonly<Record<StakeKind, Localized>> = {
  overdue: { en: 'Payment overdue', ja: '期限超過の未入金' },
  acceptedUnpaid: { en: 'Accepted, not yet paid', ja: '検収済み・未入金' },
  delivered: { en: 'Delivered, not yet accepted', ja: '納品済み・検収待ち' },
  escrowed: { en: 'Escrowed', ja: '仮払い済み' },
};

/** Platforms that hold the fee in escrow; outside them a contract at work has nothing held for it. */
const ESCROW_PLATFORMS: ReadonlySet<Platform> = new Set(['crowdworks', 'lancers', 'coconala', 'upwork', 'fiverr']);

/** Sums per currency, plus the contracts of this kind whose amount the file does not give. */
export interface StakeSum {
  readonly byCurrency: ReadonlyMap<string, number>;
  readonly contracts: number;
  readonly withoutAmount: number;
}

export type MoneyAtStake = Readonly<Record<StakeKind, StakeSum>>;

/**
 * The currency a contract's amount is summed in. Without one written it is yen, as the contract's
 * own hover shows it: the file's comment and the sample say amounts are in JPY unless stated.
 */
const DEFAULT_CURRENCY = 'JPY';

export function stakeOf(status: ContractStatus): StakeKind | undefined {
  const { stage, platform } = status.contract;
  if (status.payment.overdue) {
    return 'overdue';
  }
  if (status.payment.settled) {
    return undefined;
  }
  switch (stage) {
    case 'accepted':
      return 'acceptedUnpaid';
    case 'delivered':
      return 'delivered';
    case 'escrowFunded':
      return ESCROW_PLATFORMS.has(platform) ? 'escrowed' : undefined;
    default:
      return undefined;
  }
}

/** The money at stake over some contracts: a group of the view, or every folder. */
export function moneyAtStake(statuses: readonly ContractStatus[]): MoneyAtStake {
  const sums = new Map<StakeKind, { byCurrency: Map<string, number>; contracts: number; withoutAmount: number }>(
    STAKE_KINDS.map((k) => [k, { byCurrency: new Map(), contracts: 0, withoutAmount: 0 }]),
  );
  for (const status of statuses) {
    const kind = stakeOf(status);
    const sum = kind === undefined ? undefined : sums.get(kind);
    if (!sum) {
      continue;
    }
    sum.contracts++;
    const amount = status.payment.due;
    if (amount === undefined) {
      sum.withoutAmount++;
      continue;
    }
    const currency = status.contract.currency ?? DEFAULT_CURRENCY;
    sum.byCurrency.set(currency, (sum.byCurrency.get(currency) ?? 0) + amount);
  }
  return Object.fromEntries(sums) as unknown as MoneyAtStake;
}

export function hasStake(stake: MoneyAtStake): boolean {
  return STAKE_KINDS.some((k) => stake[k].contracts > 0);
}

/**
 * An amount as the display language writes it (¥120,000 / ￥120,000 / $1,200.00). `language` is
 * VS Code's display language ("ja", "en-US"); a code Intl does not know is written plainly.
 */
export function formatMoney(amount: number, currency: string, language: string): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** "¥50,000 + $300": one sum per currency, never converted. */
export function formatSums(byCurrency: ReadonlyMap<string, number>, language: string): string {
  return [...byCurrency]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, amount]) => formatMoney(amount, currency, language))
    .join(' + ');
}

/** One line per kind with money in it, e.g. 「期限超過の未入金：￥50,000（1件）」. */
export function stakeLines(stake: MoneyAtStake, locale: Locale, language: string): string[] {
  return STAKE_KINDS.filter((k) => stake[k].contracts > 0).map((k) => {
    const sum = stake[k];
    const label = pick(STAKE_LABELS[k], locale);
    const money = formatSums(sum.byCurrency, language);
    const parts = [money, withoutAmountText(sum.withoutAmount, locale)].filter((p) => p !== '');
    const count = locale === 'ja' ? `（${sum.contracts}件）` : ` (${sum.contracts})`;
    return locale === 'ja' ? `${label}：${parts.join('、')}${count}` : `${label}: ${parts.join(', ')}${count}`;
  });
}

/** The short form for a group row: the overdue money first, since that is what needs doing. */
export function stakeSummary(stake: MoneyAtStake, locale: Locale, language: string): string {
  const overdue = stake.overdue.byCurrency.size > 0 ? formatSums(stake.overdue.byCurrency, language) : '';
  const total = new Map<string, number>();
  for (const k of STAKE_KINDS) {
    for (const [currency, amount] of stake[k].byCurrency) {
      total.set(currency, (total.get(currency) ?? 0) + amount);
    }
  }
  const all = total.size > 0 ? formatSums(total, language) : '';
  if (overdue === '') {
    return all === '' ? '' : pick({ en: `${all} at stake`, ja: `${all} 未入金` }, locale);
  }
  return pick({ en: `${all} at stake, ${overdue} overdue`, ja: `${all} 未入金（うち期限超過 ${overdue}）` }, locale);
}

function withoutAmountText(n: number, locale: Locale): string {
  if (n === 0) {
    return '';
  }
  return locale === 'ja' ? `金額の記載なし ${n}件` : `${n} without an amount`;
}
