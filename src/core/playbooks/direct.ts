import { beforeEscrowSteps, etiquetteOnly, politeReminder, secondReminder } from './common';
import { noticeSteps, paymentSteps } from './law';
import { unpaidSteps } from './unpaid';
import type { Playbook, PlaybookStep } from './types';

/**
 * Work outside a platform has no operator to report to (and no words of a platform: see
 * platformWords.ts). What remains is etiquette and, for clients
 * in Japan, the law on freelance work (see law.ts): which of its steps show depends on
 * `client.kind`. Each situation is a plain list, so steps for an unpaid fee can be added to it.
 */
function outsidePlatform(platform: 'direct' | 'other'): Playbook {
  const working: PlaybookStep[] = [
    politeReminder(`${platform}.working`),
    secondReminder(`${platform}.working`),
    ...noticeSteps(platform),
  ];
  const delivered: PlaybookStep[] = [
    {
      ...politeReminder(`${platform}.delivered`),
      title: { en: 'Ask politely for acceptance', ja: '丁寧に検収をお願いする' },
      template: 'acceptanceRequest',
    },
    ...paymentSteps(platform),
    ...unpaidSteps(platform),
  ];
  return {
    platform,
    silence: { watch: 3, act: 5, unit: 'businessDays' },
    situations: {
      // No platform rule applies outside a platform: this is our advice, not an official one.
      beforeEscrow: etiquetteOnly(beforeEscrowSteps(`${platform}.before`)),
      afterEscrow: working,
      afterDelivery: delivered,
      // Payment can still be outstanding after acceptance; the 60 days run from delivery.
      afterAcceptance: [...paymentSteps(platform), ...unpaidSteps(platform)],
    },
  };
}

export const direct = outsidePlatform('direct');
export const other = outsidePlatform('other');
