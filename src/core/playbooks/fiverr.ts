import { beforeEscrowSteps, etiquetteOnly, markAccepted, politeReminder } from './common';
import type { Playbook } from './types';

/** Fiverr's timers come from its community forums, so every platform rule here is "reported by users". */
export const fiverr: Playbook = {
  platform: 'fiverr',
  silence: { watch: 2, act: 3, unit: 'calendarDays' },
  situations: {
    // Orders are paid up front; before an order (an offer, a request) only our advice applies.
    beforeEscrow: etiquetteOnly(beforeEscrowSteps('fiverr.before')),
    afterEscrow: [
      politeReminder('fiverr.escrow'),
      {
        id: 'fiverr.escrow.cancel',
        title: { en: 'Request a mutual cancellation', ja: '双方合意によるキャンセルをリクエストする' },
        due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
        completion: { channel: 'terminationRequest' },
        verification: 'reportedByUsers',
        template: 'termination',
      },
    ],
    afterDelivery: [
      {
        id: 'fiverr.delivered.autoComplete',
        title: {
          en: 'Users report the order completes 3 days after delivery',
          ja: '納品から3日で注文が自動完了すると報告されています',
        },
        due: { from: 'stageEntered', after: 3, unit: 'calendarDays' },
        completion: { wait: true },
        verification: 'reportedByUsers',
      },
      { ...markAccepted('fiverr.delivered', 3), verification: 'reportedByUsers' },
    ],
  },
};
