import { beforeEscrowSteps, etiquetteOnly, markAccepted, politeReminder, secondReminder } from './common';
import type { Playbook } from './types';

export const upwork: Playbook = {
  platform: 'upwork',
  silence: { watch: 2, act: 3, unit: 'calendarDays' },
  situations: {
    // Withdrawing is Contract Guard's advice here: no help page of the platform was checked for it.
    beforeEscrow: etiquetteOnly(beforeEscrowSteps('upwork.before')),
    afterEscrow: [
      politeReminder('upwork.escrow'),
      secondReminder('upwork.escrow'),
      {
        id: 'upwork.escrow.submit',
        title: { en: 'Submit the work before ending anything', ja: '終了する前に成果物を提出する' },
        due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
        completion: { manual: true },
        verification: 'official',
      },
    ],
    afterDelivery: [
      {
        id: 'upwork.delivered.review',
        title: { en: 'The client has 14 days to review', ja: 'クライアントのレビュー期間は14日' },
        due: { from: 'stageEntered', after: 14, unit: 'calendarDays' },
        completion: { wait: true },
        verification: 'official',
      },
      markAccepted('upwork.delivered', 14),
    ],
  },
};
