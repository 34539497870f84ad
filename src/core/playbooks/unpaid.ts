import type { PlaybookStep } from './types';

/**
 * The road to payment when a client outside a platform does not pay: nobody holds the fee in escrow,
 * so the writer asks, then asks with a date, then demands in writing, then gets free help. Each step
 * is shown only while money is owed (`whileUnpaid`), and the law's own route only for
 * a client it binds. The courts are information, not a recommendation.
 */
export function unpaidSteps(platform: 'direct' | 'other'): PlaybookStep[] {
  return [paymentCheck, paymentReminder, formalDemand, freelance110, reportToAuthority, courtRoutes].map((make) => ({
    ...make(platform),
    whileUnpaid: true,
  }));
}

function paymentCheck(platform: string): PlaybookStep {
  return {
    id: `${platform}.paymentCheck`,
    title: {
      en: 'Check on the payment politely (the business day after the payment date)',
      ja: 'お支払いの状況を確認する（支払期日の翌営業日）',
    },
    due: { from: { payment: 'due' }, after: 1, unit: 'businessDays' },
    completion: { paymentMessages: 1 },
    verification: 'etiquette',
    template: 'paymentCheck',
  };
}

function paymentReminder(platform: string): PlaybookStep {
  return {
    id: `${platform}.paymentReminder`,
    title: { en: 'Ask for payment by a date', ja: '期日を添えてお支払いをお願いする' },
    due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
    completion: { paymentMessages: 2 },
    verification: 'etiquette',
    template: 'paymentReminder',
  };
}

function formalDemand(platform: string): PlaybookStep {
  return {
    id: `${platform}.formalDemand`,
    title: { en: 'Send a formal written demand', ja: '書面で正式に請求する' },
    due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
    completion: { channel: 'formalDemand' },
    verification: 'etiquette',
    template: 'formalDemand',
  };
}

function freelance110(platform: string): PlaybookStep {
  return {
    id: `${platform}.freelance110`,
    title: { en: 'Consult フリーランス・トラブル110番 (free)', ja: 'フリーランス・トラブル110番に相談する（無料）' },
    due: { from: { channel: 'formalDemand' }, after: 7, unit: 'calendarDays' },
    completion: { manual: true },
    verification: 'publicInfo',
    cap: 'act',
  };
}

function reportToAuthority(platform: string): PlaybookStep {
  return {
    id: `${platform}.reportToAuthority`,
    title: { en: 'Report the late payment to 公正取引委員会 or 中小企業庁', ja: '公正取引委員会または中小企業庁に申し出る' },
    due: { from: { channel: 'formalDemand' }, after: 7, unit: 'calendarDays' },
    completion: { manual: true },
    verification: 'law',
    clientKinds: ['withStaff'],
    cap: 'act',
  };
}

function courtRoutes(platform: string): PlaybookStep {
  return {
    id: `${platform}.courtRoutes`,
    title: {
      en: 'Know the court routes: 支払督促 and 少額訴訟 (information)',
      ja: '裁判所の手続を知っておく（支払督促・少額訴訟）',
    },
    completion: { manual: true },
    verification: 'publicInfo',
    cap: 'ok',
  };
}
