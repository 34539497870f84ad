import { SOURCES } from './sources';
import type { StepTexts } from '../types';
import { beforeEscrowTexts, markAcceptedText, politeReminderText } from './common';

/** What the Fiverr steps (../fiverr.ts) say to read, and where each rule comes from. */
export const fiverrTexts: StepTexts = {
  ...beforeEscrowTexts('fiverr.before', [SOURCES.etiquette]),
  ...politeReminderText('fiverr.escrow'),
  'fiverr.escrow.cancel': {
    detail: {
      en: 'Reported by users: a mutual cancellation request is accepted automatically after 2 days.',
      ja: 'ユーザーからの報告によると、双方合意によるキャンセルのリクエストは、2日後に自動で承認されます。',
    },
    sources: [SOURCES.fiverrForums],
  },
  'fiverr.delivered.autoComplete': {
    detail: {
      en: 'Reported by users: unless the buyer acts, the order completes 3 days after delivery. Funds clear after 14 days (7 for Top Rated sellers).',
      ja: 'ユーザーからの報告によると、購入者が操作しなければ、納品から3日で注文が完了します。売上の確定は14日後（Top Rated は7日後）です。',
    },
    sources: [SOURCES.fiverrForums],
  },
  ...markAcceptedText('fiverr.delivered', [SOURCES.fiverrForums]),
};
