import type { Locale } from '../i18n';
import type { Platform } from '../schema';
import { EN_BODIES } from './bodiesEn';
import { JA_BODIES } from './bodiesJa';
import { PAYMENT_TEMPLATES } from './paymentTemplates';
import type { BuiltinTemplate, MessageTemplate } from './types';

/** Platforms with an operator who can be asked to step in. */
const WITH_OPERATOR: readonly Platform[] = ['crowdworks', 'lancers', 'coconala', 'upwork', 'fiverr'];
const body = (id: keyof typeof JA_BODIES): BuiltinTemplate['body'] => ({ ja: JA_BODIES[id], en: EN_BODIES[id] });

/**
 * The messages a writer needs when a client goes silent, or when the writer is the one who cannot
 * go on. Each names the situations it fits and how it is logged once sent.
 */
export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  {
    id: 'reminder',
    title: { ja: '催促（1回目）', en: 'Reminder (1st)' },
    description: { ja: '返信のないメッセージを丁寧に確認する', en: 'A polite check on an unanswered message' },
    body: body('reminder'),
    platforms: [],
    stages: ['applied', 'contracted', 'escrowFunded', 'delivered'],
    channel: 'platformMessage',
    expectsReply: true,
    prefix: { ja: 'cg-saisoku', en: 'cg-remind' },
  },
  {
    id: 'reminder2',
    title: { ja: '催促（2回目・期日つき）', en: 'Reminder (2nd, with a date)' },
    description: { ja: '返信の期日と、期日を過ぎたときの対応を伝える', en: 'Names a reply-by date and what follows it' },
    body: body('reminder2'),
    // Every platform: what follows the date is the platform's own word ({{ifNoReply}}), and absent, the sentence is too.
    platforms: [],
    stages: ['escrowFunded', 'delivered'],
    channel: 'platformMessage',
    expectsReply: true,
    prefix: { ja: 'cg-saisoku2', en: 'cg-remind2' },
  },
  {
    id: 'operatorReport',
    title: { ja: '運営への報告メモ', en: 'Operator report notes' },
    description: { ja: '運営の報告フォームに貼る経緯と日付', en: "The facts and dates for the operator's form" },
    body: body('operatorReport'),
    platforms: WITH_OPERATOR,
    stages: ['escrowFunded', 'delivered'],
    channel: 'operatorReport',
    expectsReply: false,
    prefix: { ja: 'cg-houkoku', en: 'cg-report' },
  },
  {
    id: 'termination',
    title: { ja: '途中終了リクエストのご連絡', en: 'Notice of a termination request' },
    description: { ja: '途中終了リクエストを送ることを伝える', en: 'Says a request to end the contract is being sent' },
    body: body('termination'),
    // ココナラ has a body of its own (cancellation); Lancers and Upwork have no such request to announce.
    platforms: ['crowdworks', 'fiverr'],
    stages: ['escrowFunded'],
    channel: 'terminationRequest',
    expectsReply: false,
    prefix: { ja: 'cg-shuryo', en: 'cg-terminate' },
  },
  {
    id: 'cancellation',
    title: { ja: 'キャンセルリクエストのご連絡（ココナラ）', en: 'Notice of a cancellation request (Coconala)' },
    description: { ja: '期限を過ぎたので、キャンセルリクエストを送ることを伝える', en: 'After the announced date, says a cancellation request is being sent' },
    body: body('cancellation'),
    platforms: ['coconala'],
    stages: ['escrowFunded'],
    channel: 'terminationRequest',
    expectsReply: false,
    prefix: { ja: 'cg-kyanseru', en: 'cg-cancel' },
  },
  {
    id: 'acceptanceRequest',
    title: { ja: '検収のお願い', en: 'Request for acceptance' },
    description: { ja: '納品後、検収をお願いする', en: 'After delivery, asks the client to accept it' },
    body: body('acceptanceRequest'),
    platforms: [],
    stages: ['delivered'],
    channel: 'platformMessage',
    expectsReply: true,
    prefix: { ja: 'cg-kenshu', en: 'cg-accept' },
  },
  {
    id: 'extensionRequest',
    title: { ja: '納期延長のお願い', en: 'Request for a deadline extension' },
    description: { ja: '納期の前に、延長をお願いする', en: 'Asks for more time, before the deadline' },
    body: body('extensionRequest'),
    platforms: [],
    stages: ['contracted', 'escrowFunded'],
    channel: 'extensionRequest',
    expectsReply: true,
    prefix: { ja: 'cg-enchou', en: 'cg-extend' },
  },
  {
    id: 'withdrawal',
    title: { ja: '応募辞退のご連絡', en: 'Withdrawal' },
    description: { ja: 'お礼を添えて応募を辞退する', en: 'Withdraws an application, with thanks' },
    body: body('withdrawal'),
    platforms: [],
    stages: ['applied', 'contracted'],
    channel: 'withdrawal',
    expectsReply: false,
    prefix: { ja: 'cg-jitai', en: 'cg-withdraw' },
  },
  {
    id: 'resumeThanks',
    title: { ja: '返信御礼・再開確認', en: 'Thanks for replying, and the plan' },
    description: { ja: 'クライアントから返信が来たとき', en: 'When the client comes back' },
    body: body('resumeThanks'),
    platforms: [],
    stages: ['contracted', 'escrowFunded', 'delivered'],
    channel: 'platformMessage',
    expectsReply: true,
    prefix: { ja: 'cg-orei', en: 'cg-thanks' },
  },
  ...PAYMENT_TEMPLATES,
];

/** A built-in in one language, ready to render. */
export function resolveBuiltin(template: BuiltinTemplate, language: Locale): MessageTemplate {
  return {
    id: template.id,
    title: template.title[language],
    description: template.description[language],
    language,
    body: template.body[language],
    platforms: template.platforms,
    stages: template.stages,
    channel: template.channel,
    expectsReply: template.expectsReply,
    origin: { kind: 'builtin', snippetPrefix: template.prefix[language] },
  };
}
