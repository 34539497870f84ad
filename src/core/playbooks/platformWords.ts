import type { Platform } from '../schema';
import type { PlatformWords } from './types';

/**
 * Each platform's own words for messages, in one place: the operator as the platform names it (or
 * none), the escrow, how a contract ends early and what that does to the money, what acceptance is
 * called, where the work is looked at, and what follows a missed reply-by date. Templates reach
 * them through placeholders of the same names, so a body shared by every platform holds none of
 * them. `forbidden` lists words that must never reach a message for that platform: other sites'
 * names and buttons, and the wrong name for the operator (事務局 on ココナラ, 運営 on CrowdWorks);
 * the template matrix test reads every built-in against it.
 *
 * Only the templates read this module, so it stays out of the extension's first bundle.
 */
export interface PlatformVoice {
  readonly words: PlatformWords;
  readonly forbidden: readonly string[];
}

const crowdworks: PlatformVoice = {
  words: {
    operator: { ja: 'クラウドワークス事務局', en: 'CrowdWorks support' },
    escrow: { ja: '仮払い', en: 'the escrow payment' },
    endRequest: { ja: '契約途中終了リクエスト', en: 'a request to end the contract early' },
    endEffect: {
      ja: '契約途中終了となった場合、仮払いいただいた報酬は返金されます。',
      en: 'If the contract ends this way, the escrow payment is returned to you.',
    },
    acceptance: { ja: 'ご検収', en: 'accepted' },
    deliveryPlace: { ja: 'クラウドワークスの契約詳細ページ', en: 'the contract page on CrowdWorks' },
    ifNoReply: {
      ja: 'クラウドワークス事務局に相談いたします',
      en: 'I will ask CrowdWorks support to help us get in touch',
    },
  },
  forbidden: [
    'ランサーズ',
    'Lancers',
    'ココナラ',
    'Coconala',
    'Upwork',
    'Fiverr',
    '運営',
    'トークルーム',
    'キャンセルリクエスト',
    '連絡催促申請',
    'エスクロー',
    'マイルストーン',
  ],
};

const lancers: PlatformVoice = {
  words: {
    operator: { ja: 'ランサーズ事務局', en: 'Lancers support' },
    escrow: { ja: '仮払い', en: 'the escrow payment' },
    acceptance: { ja: 'ご承認', en: 'approved' },
    deliveryPlace: { ja: 'ランサーズの作業画面', en: 'the job page on Lancers' },
    ifNoReply: {
      ja: 'ランサーズ事務局に連絡催促申請をいたします',
      en: 'I will ask Lancers support to remind you to get in touch',
    },
  },
  forbidden: [
    'クラウドワークス',
    'CrowdWorks',
    'ココナラ',
    'Coconala',
    'Upwork',
    'Fiverr',
    '運営',
    'トークルーム',
    'キャンセルリクエスト',
    '契約途中終了',
    '契約詳細ページ',
    'エスクロー',
    'マイルストーン',
  ],
};

const coconala: PlatformVoice = {
  words: {
    operator: { ja: 'ココナラ運営', en: 'Coconala support' },
    escrow: { ja: 'ご購入', en: 'the purchase' },
    endRequest: { ja: 'キャンセルリクエスト', en: 'a cancellation request' },
    endEffect: {
      ja: 'キャンセルが成立すると、お支払いいただいた代金は返金されます。',
      en: 'Once the cancellation goes through, your payment is refunded.',
    },
    acceptance: { ja: 'ご承諾', en: 'approved' },
    deliveryPlace: { ja: 'ココナラのトークルーム', en: 'the talk room on Coconala' },
    // ココナラ's own advice: a deadline, then a cancellation before delivery or the formal delivery after it.
    ifNoReply: {
      bySituation: {
        afterEscrow: { ja: '誠に勝手ながら、キャンセルリクエストをお送りいたします', en: 'I will send a cancellation request' },
        afterDelivery: { ja: '正式な納品の手続きをいたします', en: 'I will make the formal delivery on Coconala' },
      },
    },
  },
  forbidden: [
    'クラウドワークス',
    'CrowdWorks',
    'ランサーズ',
    'Lancers',
    'Upwork',
    'Fiverr',
    '事務局',
    '契約途中終了',
    '契約詳細ページ',
    '連絡催促',
    'マイルストーン',
  ],
};

const upwork: PlatformVoice = {
  words: {
    operator: { ja: 'Upwork のサポート', en: 'Upwork Support' },
    escrow: { ja: 'マイルストーンへのご入金', en: 'the milestone funding' },
    acceptance: { ja: 'ご承認', en: 'approved' },
    deliveryPlace: { ja: 'Upwork の契約ページ', en: 'the contract page on Upwork' },
    ifNoReply: {
      bySituation: {
        afterEscrow: {
          ja: '作成済みの成果物を Upwork で提出し、ご確認をお願いいたします',
          en: 'I will submit the finished work on Upwork for your review',
        },
      },
    },
  },
  forbidden: [
    'クラウドワークス',
    'CrowdWorks',
    'ランサーズ',
    'Lancers',
    'ココナラ',
    'Coconala',
    'Fiverr',
    '事務局',
    '運営',
    '契約途中終了',
    'トークルーム',
    'キャンセルリクエスト',
    '連絡催促',
  ],
};

const fiverr: PlatformVoice = {
  words: {
    operator: { ja: 'Fiverr のカスタマーサポート', en: 'Fiverr Customer Support' },
    escrow: { ja: 'ご注文', en: 'the order' },
    endRequest: { ja: '双方合意によるキャンセルのリクエスト', en: 'a mutual cancellation request' },
    endEffect: {
      ja: 'キャンセルが成立すると、ご注文の代金は返金されます。',
      en: 'Once the cancellation goes through, the order is refunded to you.',
    },
    acceptance: { ja: 'ご承認', en: 'approved' },
    deliveryPlace: { ja: 'Fiverr の注文ページ', en: 'the order page on Fiverr' },
    ifNoReply: {
      bySituation: {
        afterEscrow: {
          ja: '誠に勝手ながら、双方合意によるキャンセルのリクエストをお送りいたします',
          en: 'I will send a mutual cancellation request',
        },
      },
    },
  },
  forbidden: [
    'クラウドワークス',
    'CrowdWorks',
    'ランサーズ',
    'Lancers',
    'ココナラ',
    'Coconala',
    'Upwork',
    '事務局',
    '運営',
    '契約途中終了',
    'トークルーム',
    'キャンセルリクエスト',
    '連絡催促',
    'マイルストーン',
    '仮払い',
  ],
};

/** No operator, no escrow, no contract page: messages go by mail, and the client accepts the work itself. */
const outsidePlatform: PlatformVoice = {
  words: {
    acceptance: { ja: 'ご検収', en: 'accepted' },
    ifNoReply: {
      ja: '本件のお取り扱いについて、あらためてメールでご相談いたします',
      en: 'I will write to you formally by email about how we proceed',
    },
  },
  forbidden: [
    'クラウドワークス',
    'CrowdWorks',
    'ランサーズ',
    'Lancers',
    'ココナラ',
    'Coconala',
    'Upwork',
    'Fiverr',
    '事務局',
    '運営',
    'サポート',
    '仮払い',
    'エスクロー',
    'escrow',
    '契約画面',
    '契約ページ',
    '契約詳細ページ',
    'トークルーム',
    'キャンセルリクエスト',
    '途中終了リクエスト',
  ],
};

export const PLATFORM_VOICES: Readonly<Record<Platform, PlatformVoice>> = {
  crowdworks,
  lancers,
  coconala,
  upwork,
  fiverr,
  direct: outsidePlatform,
  other: outsidePlatform,
};
