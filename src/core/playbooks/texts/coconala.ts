import { SOURCES } from './sources';
import type { StepTexts } from '../types';
import { beforeEscrowTexts, markAcceptedText, politeReminderText } from './common';

/** What the ココナラ steps (../coconala.ts) say to read, and where each rule comes from. */
export const coconalaTexts: StepTexts = {
  ...beforeEscrowTexts('coconala.before', [SOURCES.etiquette]),
  ...politeReminderText('coconala.escrow'),
  'coconala.escrow.announce': {
    detail: {
      en: 'Tell the buyer the date after which you will send a cancellation request.',
      ja: '返信の期限を示し、期限までに返信がなければキャンセルリクエストを送ると伝えます。',
    },
    sources: [SOURCES.coconalaUnresponsive],
  },
  'coconala.escrow.cancel': {
    detail: {
      en: 'The buyer is refunded. You can also use 「運営に問題を報告する」. Talk rooms close after 120 days.',
      ja: '購入者に返金されます。「運営に問題を報告する」も使えます。トークルームは120日で閉じます。',
    },
    sources: [SOURCES.coconalaUnresponsive],
  },
  'coconala.delivered.autoApproval': {
    detail: {
      en: 'After a formal delivery (正式な納品), the buyer’s silence for 72 hours counts as approval. If you have not made the formal delivery yet, announce a deadline and then make it.',
      ja: '正式な納品の後、購入者が72時間応答しなければ承諾とみなされます。まだ正式な納品をしていなければ、期限を伝えてから納品します。',
    },
    sources: [SOURCES.coconalaAutoApproval, SOURCES.coconalaUnresponsive],
  },
  ...markAcceptedText('coconala.delivered', [SOURCES.coconalaAutoApproval]),
};
