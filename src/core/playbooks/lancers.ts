import { beforeEscrowSteps, DATED_REMINDER, politeReminder, rateClient } from './common';
import { SOURCES } from './sources';
import type { Playbook, PlaybookStep } from './types';

function contactRequestSteps(prefix: string, outcome: { en: string; ja: string }): PlaybookStep[] {
  return [
    {
      ...politeReminder(prefix),
      id: `${prefix}.threeMessages`,
      title: { en: 'Send 3 messages over about 3 days', ja: '3日ほどかけて3回メッセージを送る' },
      detail: {
        en: 'Lancers asks you to try this first, before any request to the operator.',
        ja: 'ランサーズは、事務局に申請する前に、まずこれを行うよう案内しています。2回目以降は返信の期日を添えます。',
      },
      template: DATED_REMINDER,
      due: { from: 'sequenceStart', after: 3, unit: 'calendarDays' },
      completion: { reminders: 2 },
      verification: 'official',
      sources: [SOURCES.lancersThreeMessages],
    },
    {
      id: `${prefix}.contactRequest`,
      title: { en: 'File a contact-reminder request (連絡催促申請)', ja: '連絡催促申請をする' },
      detail: {
        en: 'Possible after 7 or more days without contact, on an in-progress fixed-price job or direct request.',
        ja: '連絡がない状態が7日以上続いた、進行中の固定報酬案件・直接依頼で申請できます。',
      },
      due: { from: 'sequenceStart', after: 7, unit: 'calendarDays' },
      completion: { channel: 'operatorReport' },
      verification: 'official',
      sources: [SOURCES.lancersReminder],
      template: 'operatorReport',
    },
    {
      id: `${prefix}.answerWindow`,
      title: { en: 'The client has 7 days to answer', ja: 'クライアントの回答期限は7日' },
      detail: outcome,
      due: { from: { channel: 'operatorReport' }, after: 7, unit: 'calendarDays' },
      completion: { wait: true },
      verification: 'official',
      sources: [SOURCES.lancersReminder],
    },
  ];
}

export const lancers: Playbook = {
  platform: 'lancers',
  silence: { watch: 2, act: 3, unit: 'calendarDays' },
  situations: {
    beforeEscrow: beforeEscrowSteps('lancers.before', [SOURCES.lancersFlow]),
    afterEscrow: contactRequestSteps('lancers.escrow', {
      en: 'If they do not answer, the escrow is cancelled (work not yet reported complete is not paid), and the silent side gets a negative rating.',
      ja: '回答がなければ仮払いはキャンセルされ（完了報告前の作業は支払われません）、応答しなかった側にマイナス評価がつきます。',
    }),
    afterDelivery: contactRequestSteps('lancers.delivered', {
      en: 'If they do not answer, work already reported complete (完了報告) is paid, and the silent side gets a negative rating.',
      ja: '回答がなければ、完了報告済みの作業は支払われ、応答しなかった側にマイナス評価がつきます。',
    }),
    afterAcceptance: [
      rateClient('lancers.accepted', { en: 'Leave a rating for the client.', ja: 'クライアントを評価します。' }, [
        SOURCES.lancersFlow,
      ]),
    ],
  },
};
