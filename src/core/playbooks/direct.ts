import { beforeEscrowSteps, etiquetteOnly, politeReminder, secondReminder, WITHDRAW_OFF_PLATFORM } from './common';
import { SOURCES } from './sources';
import { unpaidSteps } from './unpaid';
import type { Playbook, PlaybookStep } from './types';

/**
 * Work outside a platform has no operator to report to. What remains is etiquette and, for
 * business clients in Japan, the Freelance Act (フリーランス保護法, in force since 2024-11-01).
 */
const NOT_LEGAL_ADVICE = {
  en: 'The laws, help desks and court procedures named here are information, not legal advice. For your own case, ask a lawyer, for example at フリーランス・トラブル110番 (free).',
  ja: 'ここに挙げた法律・相談窓口・裁判所の手続は情報としてのご案内で、法的助言ではありません。個別の事情は、フリーランス・トラブル110番（無料）などで弁護士にご相談ください。',
};

function outsidePlatform(platform: 'direct' | 'other'): Playbook {
  return {
    platform,
    silence: { watch: 3, act: 5, unit: 'businessDays' },
    situations: {
      // No platform rule applies outside a platform: this is our advice, not an official one.
      beforeEscrow: etiquetteOnly(beforeEscrowSteps(`${platform}.before`, [SOURCES.etiquette], WITHDRAW_OFF_PLATFORM)),
      afterEscrow: [
        politeReminder(`${platform}.working`),
        secondReminder(`${platform}.working`, {
          en: 'you will send a formal written notice by email.',
          ja: 'メールで正式な書面をお送りすること。',
        }),
      ],
      afterDelivery: [
        {
          ...politeReminder(`${platform}.delivered`),
          title: { en: 'Ask politely for acceptance', ja: '丁寧に検収をお願いする' },
          template: 'acceptanceRequest',
        },
        paymentDue(platform),
        ...unpaidSteps(platform),
      ],
      // Payment can still be outstanding after acceptance; the 60 days run from delivery.
      afterAcceptance: [paymentDue(platform), ...unpaidSteps(platform)],
    },
    notes: [NOT_LEGAL_ADVICE],
  };
}

export const direct = outsidePlatform('direct');
export const other = outsidePlatform('other');

function paymentDue(platform: 'direct' | 'other'): PlaybookStep {
  return {
    id: `${platform}.paymentDue`,
    title: { en: 'Confirm payment: due within 60 days of delivery', ja: '入金を確認する（受領から60日以内）' },
    detail: {
      en: 'Under the Freelance Act, a business client must pay within 60 days of receiving the work, and must not refuse it or cut the fee on contracts of 1 month or more.',
      ja: 'フリーランス保護法により、事業者であるクライアントは成果物の受領から60日以内に支払う必要があります。1か月以上の契約では受領拒否や減額も禁止です。',
    },
    due: { from: { stage: 'delivered' }, after: 60, unit: 'calendarDays' },
    completion: { manual: true },
    verification: 'official',
    sources: [SOURCES.freelanceAct1, SOURCES.freelanceAct2],
    whileUnpaid: true,
  };
}
