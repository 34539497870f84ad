import type { PlaybookStep } from './types';

/**
 * The Japanese law on freelance work (特定受託事業者に係る取引の適正化等に関する法律, short name
 * フリーランス・事業者間取引適正化等法, in force since 2024-11-01), as steps for work outside a
 * platform. Which articles bind a client depends on who the client is (`client.kind`): Art. 3
 * binds every client; Arts. 4, 5 and 16 only a client with employees or two or more officers. A
 * client of unknown kind gets the steps of one with staff, worded to say they hold only then, and
 * is never shown overdue. The law protects a writer with no employees. What the steps say to
 * read is in texts/law.ts.
 */

/** Art. 4 (and 5) for a client with staff, or one that may have staff; Art. 3 for a client without. */
export function paymentSteps(platform: string): PlaybookStep[] {
  const due = { from: { stage: 'delivered' }, after: 60, unit: 'calendarDays' } as const;
  const base = { completion: { manual: true }, verification: 'law', whileUnpaid: true } as const;
  return [
    {
      ...base,
      id: `${platform}.paymentDue`,
      title: { en: 'Confirm payment: due within 60 days of delivery', ja: '入金を確認する（受領から60日以内）' },
      due,
      clientKinds: ['withStaff'],
    },
    {
      ...base,
      id: `${platform}.paymentDue.ifStaff`,
      title: { en: 'Confirm payment (60 days if the client has staff)', ja: '入金を確認する（従業員のいる発注者なら60日以内）' },
      due,
      clientKinds: ['unknown'],
      // The day may not bind this client, so it is never shown as overdue.
      cap: 'act',
    },
    {
      ...base,
      id: `${platform}.paymentAgreed`,
      title: { en: 'Confirm payment on the agreed date', ja: '取り決めた支払期日に入金を確認する' },
      clientKinds: ['soleTrader'],
      // The law sets no date for a client without staff (Art. 3 only has the agreed date put in
      // writing): checking on that date is our advice, and its detail cites the article.
      verification: 'etiquette',
    },
  ];
}

/** Art. 16: 30 days' notice before a client with staff ends a contract of six months or more. */
export function noticeSteps(platform: string): PlaybookStep[] {
  return [
    {
      id: `${platform}.noticeBeforeEnd`,
      title: {
        en: 'Notice before ending a 6-month contract (clients with staff)',
        ja: '6か月以上の契約の解除予告（従業員のいる発注者）',
      },
      completion: { manual: true },
      verification: 'law',
      clientKinds: ['withStaff', 'unknown'],
      cap: 'ok',
    },
  ];
}
