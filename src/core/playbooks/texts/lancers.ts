import type { Localized } from '../../i18n';
import { SOURCES } from './sources';
import type { StepTexts } from '../types';
import { beforeEscrowTexts, rateClientText } from './common';

function contactRequestTexts(prefix: string, outcome: Localized): StepTexts {
  return {
    [`${prefix}.threeMessages`]: {
      detail: {
        en: 'Lancers asks you to try this first, before any request to the operator.',
        ja: 'ランサーズは、事務局に申請する前に、まずこれを行うよう案内しています。2回目以降は返信の期日を添えます。',
      },
      sources: [SOURCES.lancersThreeMessages],
    },
    [`${prefix}.contactRequest`]: {
      detail: {
        en: 'Possible after 7 or more days without contact, on an in-progress fixed-price job or direct request.',
        ja: '連絡がない状態が7日以上続いた、進行中の固定報酬案件・直接依頼で申請できます。',
      },
      sources: [SOURCES.lancersReminder],
    },
    [`${prefix}.answerWindow`]: { detail: outcome, sources: [SOURCES.lancersReminder] },
  };
}

/** What the Lancers steps (../lancers.ts) say to read, and where each rule comes from. */
export const lancersTexts: StepTexts = {
  ...beforeEscrowTexts('lancers.before', [SOURCES.lancersFlow]),
  ...contactRequestTexts('lancers.escrow', {
    en: 'If they do not answer, the escrow is cancelled (work not yet reported complete is not paid), and the silent side gets a negative rating.',
    ja: '回答がなければ仮払いはキャンセルされ（完了報告前の作業は支払われません）、応答しなかった側にマイナス評価がつきます。',
  }),
  ...contactRequestTexts('lancers.delivered', {
    en: 'If they do not answer, work already reported complete (完了報告) is paid, and the silent side gets a negative rating.',
    ja: '回答がなければ、完了報告済みの作業は支払われ、応答しなかった側にマイナス評価がつきます。',
  }),
  ...rateClientText('lancers.accepted', { en: 'Leave a rating for the client.', ja: 'クライアントを評価します。' }, [
    SOURCES.lancersFlow,
  ]),
};
