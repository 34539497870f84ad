import type { Localized } from './i18n';
import type { Channel, Platform, Stage } from './schema';

/** Names the writer knows from the platforms' own screens. */
export const STAGE_LABELS: Record<Stage, Localized> = {
  applied: { en: 'Applied', ja: '応募中' },
  contracted: { en: 'Contracted, awaiting escrow', ja: '契約済み・仮払い待ち' },
  escrowFunded: { en: 'Escrow funded, working', ja: '仮払い済み・作業中' },
  delivered: { en: 'Delivered, awaiting acceptance', ja: '納品済み・検収待ち' },
  accepted: { en: 'Accepted', ja: '検収完了' },
  closed: { en: 'Closed', ja: '完了' },
  cancelled: { en: 'Cancelled', ja: 'キャンセル' },
};

/**
 * Off a platform (a direct client, or another channel) no escrow is funded, so the two stages named
 * after it are named after the work instead; the stage values in the file stay the same.
 */
const OFF_PLATFORM_STAGE_LABELS: Partial<Record<Stage, Localized>> = {
  contracted: { en: 'Contracted, not started', ja: '契約済み・着手前' },
  escrowFunded: { en: 'Working', ja: '作業中' },
};

/** Whether the contract is kept off a platform: no escrow, no operator. */
export function isOffPlatform(platform: Platform): boolean {
  return platform === 'direct' || platform === 'other';
}

/** The stage's name as the writer of a contract on `platform` knows it. */
export function stageLabel(stage: Stage, platform: Platform): Localized {
  return (isOffPlatform(platform) ? OFF_PLATFORM_STAGE_LABELS[stage] : undefined) ?? STAGE_LABELS[stage];
}

export const PLATFORM_LABELS: Record<Platform, Localized> = {
  crowdworks: { en: 'CrowdWorks', ja: 'クラウドワークス' },
  lancers: { en: 'Lancers', ja: 'ランサーズ' },
  coconala: { en: 'Coconala', ja: 'ココナラ' },
  upwork: { en: 'Upwork', ja: 'Upwork' },
  fiverr: { en: 'Fiverr', ja: 'Fiverr' },
  direct: { en: 'Direct client', ja: '直接契約' },
  other: { en: 'Other', ja: 'その他' },
};

export const CHANNEL_LABELS: Record<Channel, Localized> = {
  platformMessage: { en: 'platform message', ja: 'メッセージ' },
  email: { en: 'email', ja: 'メール' },
  chat: { en: 'chat', ja: 'チャット' },
  phone: { en: 'phone', ja: '電話' },
  operatorReport: { en: 'operator report', ja: '運営への報告' },
  terminationRequest: { en: 'termination request', ja: '途中終了リクエスト' },
  extensionRequest: { en: 'extension request', ja: '納期延長のお願い' },
  withdrawal: { en: 'withdrawal', ja: '応募辞退' },
  formalDemand: { en: 'formal written demand', ja: '書面での請求' },
  other: { en: 'other', ja: 'その他' },
};
