import type { Platform, Stage } from '../schema';
import { PAYMENT_BODIES } from './paymentBodies';
import type { BuiltinTemplate } from './types';

/** Only off a platform: on one, the fee is held in escrow and the operator is asked instead. */
const OFF_PLATFORM: readonly Platform[] = ['direct', 'other'];
/** Money is owed once the work is handed over. */
const OWED: readonly Stage[] = ['delivered', 'accepted'];

/** The messages of the road to payment (src/core/playbooks/unpaid.ts), each logged on its own channel. */
export const PAYMENT_TEMPLATES: readonly BuiltinTemplate[] = [
  {
    id: 'paymentCheck',
    title: { ja: 'お支払いのご確認', en: 'Payment check' },
    description: { ja: '支払期日の翌営業日に、入金の状況を丁寧に確認する', en: 'The business day after the payment date, a polite check' },
    body: PAYMENT_BODIES.paymentCheck,
    platforms: OFF_PLATFORM,
    stages: OWED,
    channel: 'email',
    expectsReply: true,
    prefix: { ja: 'cg-shiharai', en: 'cg-paycheck' },
  },
  {
    id: 'paymentReminder',
    title: { ja: 'お支払いのお願い（期日つき）', en: 'Payment reminder (with a date)' },
    description: { ja: '期日を示して、あらためてお支払いをお願いする', en: 'Asks again for payment, by a date' },
    body: PAYMENT_BODIES.paymentReminder,
    platforms: OFF_PLATFORM,
    stages: OWED,
    channel: 'email',
    expectsReply: true,
    prefix: { ja: 'cg-shiharai2', en: 'cg-payremind' },
  },
  {
    id: 'formalDemand',
    title: { ja: 'お支払いのご請求（書面）', en: 'Formal demand for payment' },
    description: { ja: '請求書・金額・当初の期日・最終期日を明記した正式な請求', en: 'Invoice, amount, original date and a final date, in writing' },
    body: PAYMENT_BODIES.formalDemand,
    platforms: OFF_PLATFORM,
    stages: OWED,
    channel: 'formalDemand',
    expectsReply: true,
    prefix: { ja: 'cg-seikyu', en: 'cg-demand' },
  },
];
