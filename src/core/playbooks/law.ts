import type { Localized } from '../i18n';
import { SOURCES } from './sources';
import type { PlaybookStep } from './types';

/**
 * The Japanese law on freelance work (特定受託事業者に係る取引の適正化等に関する法律, short name
 * フリーランス・事業者間取引適正化等法, in force since 2024-11-01), as steps for work outside a
 * platform. Which articles bind a client depends on who the client is (`client.kind`): Art. 3
 * binds every client; Arts. 4, 5 and 16 only a client with employees or two or more officers. A
 * client of unknown kind gets the steps of one with staff, worded to say they hold only then, and
 * is never shown overdue. The law protects a writer with no employees. The texts are short and
 * shared: the playbooks ship in the extension's first bundle.
 */

const PAYMENT: Localized = {
  en: 'Freelance Act: only a client with staff (employees or 2+ officers) must pay within 60 days of receiving the work (Art. 4) and, on contracts of a month or more, may not refuse it, cut the fee or return it (Art. 5). Unsure? Set client.kind.',
  ja: 'フリーランス・事業者間取引適正化等法（特定受託事業者に係る取引の適正化等に関する法律）で受領から60日以内の支払いが義務となるのは、従業員を使用する発注者（役員2人以上の法人を含む）だけです（第4条）。この発注者は、1か月以上の契約では受領拒否・減額・返品も禁止されています（第5条）。発注者がどちらにあたるかは client.kind に記録してください。',
};

const NOTICE: Localized = {
  en: 'A client with staff that ends or does not renew a contract of 6 months or more must give 30 days’ notice (Art. 16).',
  ja: '従業員を使用する発注者は、6か月以上の契約を解除・不更新とする30日前までに予告が必要です（第16条）。',
};

const SCOPE = [SOURCES.freelanceActText, SOURCES.freelanceActScope];

/** Art. 4 (and 5) for a client with staff, or one that may have staff; Art. 3 for a client without. */
export function paymentSteps(platform: string): PlaybookStep[] {
  const due = { from: { stage: 'delivered' }, after: 60, unit: 'calendarDays' } as const;
  const base = { completion: { manual: true }, verification: 'official', sources: SCOPE, whileUnpaid: true } as const;
  return [
    {
      ...base,
      id: `${platform}.paymentDue`,
      title: { en: 'Confirm payment: due within 60 days of delivery', ja: '入金を確認する（受領から60日以内）' },
      detail: PAYMENT,
      due,
      clientKinds: ['withStaff'],
    },
    {
      ...base,
      id: `${platform}.paymentDue.ifStaff`,
      title: { en: 'Confirm payment (60 days if the client has staff)', ja: '入金を確認する（従業員のいる発注者なら60日以内）' },
      detail: PAYMENT,
      due,
      clientKinds: ['unknown'],
      // The day may not bind this client, so it is never shown as overdue.
      cap: 'act',
    },
    {
      ...base,
      id: `${platform}.paymentAgreed`,
      title: { en: 'Confirm payment on the agreed date', ja: '取り決めた支払期日に入金を確認する' },
      detail: {
        en: 'No 60-day rule for a client without staff (Art. 4), but every client must give the fee and the payment date in writing (Art. 3).',
        ja: '従業員のいない発注者に60日の定めはありませんが、報酬と支払期日の書面での明示はどの発注者にも義務です（第3条）。',
      },
      sources: [SOURCES.freelanceActText, SOURCES.freelanceActArt3],
      clientKinds: ['soleTrader'],
    },
  ];
}

/** Art. 16: 30 days' notice before a client with staff ends a contract of six months or more. */
export function noticeSteps(platform: string): PlaybookStep[] {
  return [
    {
      id: `${platform}.noticeBeforeEnd`,
      title: { en: 'Notice before ending a 6-month contract (clients with staff)', ja: '6か月以上の契約の解除予告（従業員のいる発注者）' },
      detail: NOTICE,
      completion: { manual: true },
      verification: 'official',
      sources: SCOPE,
      clientKinds: ['withStaff', 'unknown'],
      cap: 'ok',
    },
  ];
}
