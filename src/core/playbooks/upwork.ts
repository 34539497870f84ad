import { beforeEscrowSteps, etiquetteOnly, markAccepted, politeReminder, secondReminder } from './common';
import { SOURCES } from './sources';
import type { Playbook } from './types';

export const upwork: Playbook = {
  platform: 'upwork',
  silence: { watch: 2, act: 3, unit: 'calendarDays' },
  situations: {
    // Withdrawing is Contract Guard's advice here: no help page of the platform was checked for it.
    beforeEscrow: etiquetteOnly(beforeEscrowSteps('upwork.before', [SOURCES.etiquette])),
    afterEscrow: [
      politeReminder('upwork.escrow'),
      secondReminder('upwork.escrow', {
        en: 'Here: you will submit the work for their review.',
        ja: 'Upwork では、成果物を提出して確認してもらう予定だと伝えます。',
      }),
      {
        id: 'upwork.escrow.submit',
        title: { en: 'Submit the work before ending anything', ja: '終了する前に成果物を提出する' },
        detail: {
          en: 'Ending a fixed-price contract forfeits the escrow. Submitting starts the client’s 14-day review instead.',
          ja: '固定報酬の契約を終了すると、マイルストーンに入金された報酬は受け取れなくなります。提出すれば、クライアントの14日間のレビュー期間が始まります。',
        },
        due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
        completion: { manual: true },
        verification: 'official',
        sources: [SOURCES.upworkUnresponsive],
      },
    ],
    afterDelivery: [
      {
        id: 'upwork.delivered.review',
        title: { en: 'The client has 14 days to review', ja: 'クライアントのレビュー期間は14日' },
        detail: {
          en: 'If the client does nothing, the work is approved and the escrow is released after 14 days.',
          ja: 'クライアントが何もしなければ、14日後に承認され、マイルストーンの報酬が支払われます。',
        },
        due: { from: 'stageEntered', after: 14, unit: 'calendarDays' },
        completion: { wait: true },
        verification: 'official',
        sources: [SOURCES.upworkReview],
      },
      markAccepted('upwork.delivered', 14, [SOURCES.upworkReview]),
    ],
  },
};
