import { beforeEscrowSteps, DATED_REMINDER, etiquetteOnly, markAccepted, politeReminder } from './common';
import { SOURCES } from './sources';
import type { Playbook } from './types';

export const coconala: Playbook = {
  platform: 'coconala',
  silence: { watch: 2, act: 3, unit: 'calendarDays' },
  situations: {
    // Withdrawing is Contract Guard's advice here: no help page of the platform was checked for it.
    beforeEscrow: etiquetteOnly(beforeEscrowSteps('coconala.before', [SOURCES.etiquette])),
    afterEscrow: [
      politeReminder('coconala.escrow'),
      {
        id: 'coconala.escrow.announce',
        title: { en: 'Announce a deadline in the talk room', ja: 'トークルームで期限を伝える' },
        detail: {
          en: 'Tell the buyer the date after which you will send a cancellation request.',
          ja: '返信の期限を示し、期限までに返信がなければキャンセルリクエストを送ると伝えます。',
        },
        due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
        completion: { reminders: 2 },
        verification: 'official',
        sources: [SOURCES.coconalaUnresponsive],
        template: DATED_REMINDER,
      },
      {
        id: 'coconala.escrow.cancel',
        title: { en: 'Send a cancellation request (キャンセルリクエスト)', ja: 'キャンセルリクエストを送る' },
        detail: {
          en: 'The buyer is refunded. You can also use 「運営に問題を報告する」. Talk rooms close after 120 days.',
          ja: '購入者に返金されます。「運営に問題を報告する」も使えます。トークルームは120日で閉じます。',
        },
        due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
        completion: { channel: 'terminationRequest' },
        verification: 'official',
        sources: [SOURCES.coconalaUnresponsive],
        // ココナラ's cancellation has its own message: its own request, its own refund, no operator report.
        template: 'cancellation',
      },
    ],
    afterDelivery: [
      {
        id: 'coconala.delivered.autoApproval',
        title: { en: 'Silence for 72 hours counts as approval', ja: '正式な納品から72時間で自動承諾' },
        detail: {
          en: 'After a formal delivery (正式な納品), the buyer’s silence for 72 hours counts as approval. If you have not made the formal delivery yet, announce a deadline and then make it.',
          ja: '正式な納品の後、購入者が72時間応答しなければ承諾とみなされます。まだ正式な納品をしていなければ、期限を伝えてから納品します。',
        },
        due: { from: 'stageEntered', after: 3, unit: 'calendarDays' },
        completion: { wait: true },
        verification: 'official',
        sources: [SOURCES.coconalaAutoApproval, SOURCES.coconalaUnresponsive],
      },
      markAccepted('coconala.delivered', 3, [SOURCES.coconalaAutoApproval]),
    ],
  },
};
