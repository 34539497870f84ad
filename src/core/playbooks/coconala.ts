import { beforeEscrowSteps, DATED_REMINDER, etiquetteOnly, markAccepted, politeReminder } from './common';
import type { Playbook } from './types';

export const coconala: Playbook = {
  platform: 'coconala',
  silence: { watch: 2, act: 3, unit: 'calendarDays' },
  situations: {
    // Withdrawing is Contract Guard's advice here: no help page of the platform was checked for it.
    beforeEscrow: etiquetteOnly(beforeEscrowSteps('coconala.before')),
    afterEscrow: [
      politeReminder('coconala.escrow'),
      {
        id: 'coconala.escrow.announce',
        title: { en: 'Announce a deadline in the talk room', ja: 'トークルームで期限を伝える' },
        due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
        completion: { reminders: 2 },
        verification: 'official',
        template: DATED_REMINDER,
      },
      {
        id: 'coconala.escrow.cancel',
        title: { en: 'Send a cancellation request (キャンセルリクエスト)', ja: 'キャンセルリクエストを送る' },
        due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
        completion: { channel: 'terminationRequest' },
        verification: 'official',
        // ココナラ's cancellation has its own message: its own request, its own refund, no operator report.
        template: 'cancellation',
      },
    ],
    afterDelivery: [
      {
        id: 'coconala.delivered.autoApproval',
        title: { en: 'Silence for 72 hours counts as approval', ja: '正式な納品から72時間で自動承諾' },
        due: { from: 'stageEntered', after: 3, unit: 'calendarDays' },
        completion: { wait: true },
        verification: 'official',
      },
      markAccepted('coconala.delivered', 3),
    ],
  },
};
