import { beforeEscrowSteps, DATED_REMINDER, politeReminder, rateClient } from './common';
import type { Playbook, PlaybookStep } from './types';

function contactRequestSteps(prefix: string): PlaybookStep[] {
  return [
    {
      ...politeReminder(prefix),
      id: `${prefix}.threeMessages`,
      title: { en: 'Send 3 messages over about 3 days', ja: '3日ほどかけて3回メッセージを送る' },
      template: DATED_REMINDER,
      due: { from: 'sequenceStart', after: 3, unit: 'calendarDays' },
      completion: { reminders: 2 },
      verification: 'official',
    },
    {
      id: `${prefix}.contactRequest`,
      title: { en: 'File a contact-reminder request (連絡催促申請)', ja: '連絡催促申請をする' },
      due: { from: 'sequenceStart', after: 7, unit: 'calendarDays' },
      completion: { channel: 'operatorReport' },
      verification: 'official',
      template: 'operatorReport',
    },
    {
      id: `${prefix}.answerWindow`,
      title: { en: 'The client has 7 days to answer', ja: 'クライアントの回答期限は7日' },
      due: { from: { channel: 'operatorReport' }, after: 7, unit: 'calendarDays' },
      completion: { wait: true },
      verification: 'official',
    },
  ];
}

export const lancers: Playbook = {
  platform: 'lancers',
  silence: { watch: 2, act: 3, unit: 'calendarDays' },
  situations: {
    beforeEscrow: beforeEscrowSteps('lancers.before'),
    afterEscrow: contactRequestSteps('lancers.escrow'),
    afterDelivery: contactRequestSteps('lancers.delivered'),
    afterAcceptance: [rateClient('lancers.accepted')],
  },
};
