import { SOURCES } from './sources';
import type { StepTexts } from '../types';
import { beforeEscrowTexts, markAcceptedText, politeReminderText, secondReminderText } from './common';

/** What the Upwork steps (../upwork.ts) say to read, and where each rule comes from. */
export const upworkTexts: StepTexts = {
  ...beforeEscrowTexts('upwork.before', [SOURCES.etiquette]),
  ...politeReminderText('upwork.escrow'),
  ...secondReminderText('upwork.escrow', {
    en: 'Here: you will submit the work for their review.',
    ja: 'Upwork では、成果物を提出して確認してもらう予定だと伝えます。',
  }),
  'upwork.escrow.submit': {
    detail: {
      en: 'Ending a fixed-price contract forfeits the escrow. Submitting starts the client’s 14-day review instead.',
      ja: '固定報酬の契約を終了すると、マイルストーンに入金された報酬は受け取れなくなります。提出すれば、クライアントの14日間のレビュー期間が始まります。',
    },
    sources: [SOURCES.upworkUnresponsive],
  },
  'upwork.delivered.review': {
    detail: {
      en: 'If the client does nothing, the work is approved and the escrow is released after 14 days.',
      ja: 'クライアントが何もしなければ、14日後に承認され、マイルストーンの報酬が支払われます。',
    },
    sources: [SOURCES.upworkReview],
  },
  ...markAcceptedText('upwork.delivered', [SOURCES.upworkReview]),
};
