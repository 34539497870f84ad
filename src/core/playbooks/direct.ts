import { beforeEscrowSteps, etiquetteOnly, politeReminder, secondReminder, WITHDRAW_OFF_PLATFORM } from './common';
import { noticeSteps, paymentSteps } from './law';
import { SOURCES } from './sources';
import { unpaidSteps } from './unpaid';
import type { Playbook, PlaybookStep } from './types';

/**
 * Work outside a platform has no operator to report to (and no words of a platform: see
 * platformWords.ts). What remains is etiquette and, for clients
 * in Japan, the law on freelance work (see law.ts): which of its steps show depends on
 * `client.kind`. Each situation is a plain list, so steps for an unpaid fee can be added to it.
 */
const NOT_LEGAL_ADVICE = {
  en: 'The laws, help desks and court procedures named here are information, not legal advice. For your own case, ask a lawyer, for example at フリーランス・トラブル110番 (free).',
  ja: 'ここに挙げた法律・相談窓口・裁判所の手続は情報としてのご案内で、法的助言ではありません。個別の事情は、フリーランス・トラブル110番（無料）などで弁護士にご相談ください。',
};

function outsidePlatform(platform: 'direct' | 'other'): Playbook {
  const working: PlaybookStep[] = [
    politeReminder(`${platform}.working`),
    secondReminder(`${platform}.working`, {
      en: 'Here: you will write formally by email about how to proceed.',
      ja: '直接の取引では、メールであらためて今後の扱いを相談する予定だと伝えます。',
    }),
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
      beforeEscrow: etiquetteOnly(beforeEscrowSteps(`${platform}.before`, [SOURCES.etiquette], WITHDRAW_OFF_PLATFORM)),
      afterEscrow: working,
      afterDelivery: delivered,
      // Payment can still be outstanding after acceptance; the 60 days run from delivery.
      afterAcceptance: [...paymentSteps(platform), ...unpaidSteps(platform)],
    },
    notes: [NOT_LEGAL_ADVICE],
  };
}

export const direct = outsidePlatform('direct');
export const other = outsidePlatform('other');
