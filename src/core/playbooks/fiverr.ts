import { beforeEscrowSteps, etiquetteOnly, markAccepted, politeReminder } from './common';
import { SOURCES } from './sources';
import type { Playbook } from './types';

/** Fiverr's timers come from its community forums, so every platform rule here is "reported by users". */
export const fiverr: Playbook = {
  platform: 'fiverr',
  silence: { watch: 2, act: 3, unit: 'calendarDays' },
  situations: {
    // Orders are paid up front; before an order (an offer, a request) only our advice applies.
    beforeEscrow: etiquetteOnly(beforeEscrowSteps('fiverr.before', [SOURCES.etiquette])),
    afterEscrow: [
      politeReminder('fiverr.escrow'),
      {
        id: 'fiverr.escrow.cancel',
        title: { en: 'Request a mutual cancellation', ja: '双方合意によるキャンセルをリクエストする' },
        detail: {
          en: 'Reported by users: a mutual cancellation request is accepted automatically after 2 days.',
          ja: 'ユーザーからの報告によると、双方合意によるキャンセルのリクエストは、2日後に自動で承認されます。',
        },
        due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
        completion: { channel: 'terminationRequest' },
        verification: 'reportedByUsers',
        sources: [SOURCES.fiverrForums],
        template: 'termination',
      },
    ],
    afterDelivery: [
      {
        id: 'fiverr.delivered.autoComplete',
        title: { en: 'Users report the order completes 3 days after delivery', ja: '納品から3日で注文が自動完了すると報告されています' },
        detail: {
          en: 'Reported by users: unless the buyer acts, the order completes 3 days after delivery. Funds clear after 14 days (7 for Top Rated sellers).',
          ja: 'ユーザーからの報告によると、購入者が操作しなければ、納品から3日で注文が完了します。売上の確定は14日後（Top Rated は7日後）です。',
        },
        due: { from: 'stageEntered', after: 3, unit: 'calendarDays' },
        completion: { wait: true },
        verification: 'reportedByUsers',
        sources: [SOURCES.fiverrForums],
      },
      { ...markAccepted('fiverr.delivered', 3, [SOURCES.fiverrForums]), verification: 'reportedByUsers' },
    ],
  },
};
