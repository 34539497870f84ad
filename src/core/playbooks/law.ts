import type { ClientKind } from '../schema';
import { SOURCES } from './sources';
import type { PlaybookStep } from './types';

/**
 * The Japanese law on freelance work (特定受託事業者に係る取引の適正化等に関する法律, short name
 * フリーランス・事業者間取引適正化等法, in force since 2024-11-01), as steps for work outside a
 * platform. Which articles bind a client depends on who the client is (`client.kind`): Art. 3
 * binds every client; Arts. 4, 5 and 16 only a client with employees or two or more officers. For
 * "unknown" each step says so plainly instead of stating a duty that may not exist.
 */

const STAFF: readonly ClientKind[] = ['withStaff'];
const UNKNOWN: readonly ClientKind[] = ['unknown'];
const SOLE: readonly ClientKind[] = ['soleTrader'];

/** Art. 4 (and Art. 5 with it): payment within 60 days of receiving the work, for a client with staff. */
export function paymentSteps(platform: string): PlaybookStep[] {
  const base = {
    due: { from: { stage: 'delivered' }, after: 60, unit: 'calendarDays' },
    completion: { manual: true },
    verification: 'official',
  } as const;
  return [
    {
      ...base,
      id: `${platform}.paymentDue`,
      title: { en: 'Confirm payment: due within 60 days of delivery', ja: '入金を確認する（受領から60日以内）' },
      detail: {
        en: 'The client has employees (or two or more officers), so under the Freelance Act it must pay within 60 days of receiving the work (Art. 4). On a contract of one month or more it must not refuse the work, cut the fee or send the work back (Art. 5).',
        ja: '従業員を使用する発注者（特定業務委託事業者）は、成果物を受け取った日から60日以内に報酬を支払う必要があります（フリーランス・事業者間取引適正化等法 第4条。正式名称は「特定受託事業者に係る取引の適正化等に関する法律」）。1か月以上の契約では、受領の拒否、報酬の減額、返品も禁止されています（第5条）。',
      },
      sources: [SOURCES.freelanceActText, SOURCES.freelanceActScope, SOURCES.freelanceAct1],
      clientKinds: STAFF,
    },
    {
      ...base,
      id: `${platform}.paymentDue.ifStaff`,
      title: {
        en: 'Confirm payment (within 60 days only if the client has staff)',
        ja: '入金を確認する（発注者に従業員がいれば受領から60日以内）',
      },
      detail: {
        en: 'The 60-day rule of the Freelance Act (Art. 4) binds only a client with employees or two or more officers; a client working alone is not bound by it. Contract Guard does not know which this client is: set client.kind in the file when you do.',
        ja: '受領から60日以内の支払い（フリーランス・事業者間取引適正化等法 第4条）が義務となるのは、従業員を使用する発注者、または役員が2人以上いる法人だけです。従業員のいない個人の発注者には当てはまりません。このクライアントがどちらかわかったら、ファイルの client.kind に記録してください。',
      },
      sources: [SOURCES.freelanceActText, SOURCES.freelanceActScope],
      clientKinds: UNKNOWN,
      // The day may not bind this client, so it is never shown as overdue.
      cap: 'act',
    },
    {
      id: `${platform}.paymentAgreed`,
      title: { en: 'Confirm payment on the agreed date', ja: '取り決めた支払期日に入金を確認する' },
      detail: {
        en: 'A client with no employees is not bound by the 60-day rule (Art. 4), but every client must state the fee and the payment date in writing (Art. 3). Check the payment on that date.',
        ja: '従業員のいない発注者には60日以内の支払いの定め（第4条）は当てはまりませんが、報酬の額と支払期日は、どの発注者も書面で示す必要があります（フリーランス・事業者間取引適正化等法 第3条）。その期日に入金を確認します。',
      },
      completion: { manual: true },
      verification: 'official',
      sources: [SOURCES.freelanceActText, SOURCES.freelanceActArt3],
      clientKinds: SOLE,
    },
  ];
}

/** Art. 16: 30 days' notice before a client with staff ends a contract of six months or more. */
export function noticeSteps(platform: string): PlaybookStep[] {
  const base = { completion: { manual: true }, verification: 'official', cap: 'ok' } as const;
  return [
    {
      ...base,
      id: `${platform}.noticeBeforeEnd`,
      title: {
        en: 'A contract of 6 months or more needs 30 days’ notice to end',
        ja: '6か月以上の契約の解除には30日前の予告が必要',
      },
      detail: {
        en: 'A client with employees (or two or more officers) that ends or does not renew a contract of six months or more must tell you at least 30 days before (Freelance Act, Art. 16).',
        ja: '従業員を使用する発注者が6か月以上の契約を解除するとき、または更新しないときは、少なくとも30日前までに予告する必要があります（フリーランス・事業者間取引適正化等法 第16条）。',
      },
      sources: [SOURCES.freelanceActText, SOURCES.freelanceActScope],
      clientKinds: STAFF,
    },
    {
      ...base,
      id: `${platform}.noticeBeforeEnd.ifStaff`,
      title: {
        en: 'If the client has staff: 30 days’ notice to end a contract of 6 months or more',
        ja: '発注者に従業員がいれば、6か月以上の契約の解除には30日前の予告が必要',
      },
      detail: {
        en: 'This binds only a client with employees or two or more officers (Freelance Act, Art. 16); a client working alone is not bound by it. Set client.kind in the file when you know which this client is.',
        ja: 'この予告の定め（フリーランス・事業者間取引適正化等法 第16条）が当てはまるのは、従業員を使用する発注者、または役員が2人以上いる法人だけです。従業員のいない個人の発注者には当てはまりません。どちらかわかったら、ファイルの client.kind に記録してください。',
      },
      sources: [SOURCES.freelanceActText, SOURCES.freelanceActScope],
      clientKinds: UNKNOWN,
    },
  ];
}
