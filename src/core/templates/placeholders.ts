import { addBusinessDays, toDay, type DayNumber } from '../dates';
import { pick, type Locale, type Localized } from '../i18n';
import { PLATFORM_LABELS, stageLabel } from '../labels';
import type { ContractStatus } from '../status';
import type { WordName } from '../playbooks/types';
import { platformWord } from '../playbooks/words';
import { formatDateList, formatMessageDate } from './dateText';
import { PAYMENT_PLACEHOLDERS } from './paymentPlaceholders';

/** The writer's own details, from the settings. */
export interface WriterDetails {
  readonly name?: string;
  readonly signature?: string;
}

/** What a template is filled in from: the contract's derived status (which carries "today") and the writer. */
export interface TemplateContext {
  readonly status: ContractStatus;
  readonly writer: WriterDetails;
  /** The writer's zone, to read dates written without one. */
  readonly utcOffsetMinutes: number;
}

export interface PlaceholderDef {
  /** What the writer should type when there is no value; also the tab stop's visible text. */
  readonly label: Localized;
  /** The value for a contract, or undefined when the file does not say. Absent: always typed by the writer. */
  readonly value?: (ctx: TemplateContext, locale: Locale) => string | undefined;
}

/** A reply asked for "within 2 business days", counted with weekends and Japanese holidays skipped. */
const REPLY_WINDOW_BUSINESS_DAYS = 2;

const date = (day: DayNumber | undefined, ctx: TemplateContext, locale: Locale): string | undefined =>
  day === undefined ? undefined : formatMessageDate(day, locale, ctx.status.today);

/** Every placeholder a template may use. A name not listed here is an error, never empty output. */
export const PLACEHOLDERS: Readonly<Record<string, PlaceholderDef>> = {
  client: {
    label: { en: 'client name', ja: 'クライアント名 様' },
    value: ({ status }, locale) => addressee(status.contract.client.name, locale),
  },
  clientName: {
    label: { en: 'client name', ja: 'クライアント名' },
    value: ({ status }) => status.contract.client.name,
  },
  title: { label: { en: 'job title', ja: '案件名' }, value: ({ status }) => status.contract.title },
  platform: {
    label: { en: 'platform', ja: 'プラットフォーム' },
    value: ({ status }, locale) => pick(PLATFORM_LABELS[status.contract.platform], locale),
  },
  // The platform's own words (see PlatformWords in the playbooks): a body shared by every platform names none itself.
  operator: word('operator', { en: 'platform support', ja: '運営' }),
  escrow: word('escrow', { en: 'escrow payment', ja: '仮払い' }),
  endRequest: word('endRequest', { en: 'request to end the contract', ja: '途中終了リクエスト' }),
  endEffect: word('endEffect', { en: 'what ending does to the payment', ja: '終了後の代金の扱い' }),
  acceptance: word('acceptance', { en: 'accepted', ja: 'ご検収' }),
  deliveryPlace: word('deliveryPlace', { en: 'where the delivery is', ja: '納品物の場所' }),
  ifNoReply: word('ifNoReply', { en: 'what you will do then', ja: '期日後の対応' }),
  stage: {
    label: { en: 'stage', ja: '契約の段階' },
    value: ({ status }, locale) => pick(stageLabel(status.contract.stage, status.contract.platform), locale),
  },
  deadline: { label: { en: 'deadline', ja: '納期' }, value: (ctx, locale) => date(ctx.status.deadline, ctx, locale) },
  deliveryDate: {
    label: { en: 'delivery date', ja: '納品日' },
    value: (ctx, locale) => date(stageDay(ctx, 'delivered'), ctx, locale),
  },
  unansweredDates: {
    label: { en: 'dates of your messages', ja: 'メッセージを送った日' },
    value: (ctx, locale) => {
      const days = unansweredDays(ctx.status);
      return days.length === 0 ? undefined : formatDateList(days, locale, ctx.status.today);
    },
  },
  firstUnansweredDate: {
    label: { en: 'date of your message', ja: 'メッセージを送った日' },
    // The first of the same messages unansweredDates lists, so the two never disagree.
    value: (ctx, locale) => date(unansweredDays(ctx.status)[0], ctx, locale),
  },
  lastReplyDate: {
    label: { en: "date of the client's last reply", ja: '最後に返信があった日' },
    value: (ctx, locale) => date(ctx.status.facts.lastReceived?.day, ctx, locale),
  },
  silentDays: {
    label: { en: 'days of silence', ja: '無応答の日数' },
    value: ({ status }) => (status.silentDays === undefined ? undefined : String(status.silentDays)),
  },
  operatorReportDate: {
    label: { en: 'date of the report', ja: '運営に報告した日' },
    value: (ctx, locale) => date(lastSentDay(ctx.status, 'operatorReport'), ctx, locale),
  },
  terminationDate: {
    label: { en: 'date of the termination request', ja: '途中終了リクエストの日' },
    value: (ctx, locale) => date(terminationDay(ctx.status), ctx, locale),
  },
  replyBy: {
    label: { en: 'reply-by date', ja: '返信の期日' },
    value: (ctx, locale) => date(addBusinessDays(ctx.status.today, REPLY_WINDOW_BUSINESS_DAYS), ctx, locale),
  },
  today: { label: { en: 'today', ja: '本日' }, value: (ctx, locale) => date(ctx.status.today, ctx, locale) },
  contractUrl: { label: { en: 'contract page URL', ja: '契約ページのURL' }, value: ({ status }) => status.contract.url },
  writerName: { label: { en: 'your name', ja: '氏名' }, value: ({ writer }) => nonEmpty(writer.name) },
  signature: {
    label: { en: 'your signature', ja: '署名' },
    value: ({ writer }) => nonEmpty(writer.signature) ?? nonEmpty(writer.name),
  },
  // Only the writer knows these; they are always left as tab stops.
  reason: { label: { en: 'reason', ja: '理由' } },
  newDeadline: { label: { en: 'proposed new date', ja: '新しい納期の候補日' } },
  ...PAYMENT_PLACEHOLDERS,
};

function word(name: WordName, label: Localized): PlaceholderDef {
  return { label, value: ({ status }, locale) => platformWord(status.contract.platform, name, status.contract.stage, locale) };
}

export const PLACEHOLDER_NAMES: readonly string[] = Object.keys(PLACEHOLDERS);

export function isPlaceholderName(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** Japanese business mail names a person or company with 様; a name already ending in an honorific keeps it. */
function addressee(name: string, locale: Locale): string {
  const trimmed = name.trim();
  if (locale !== 'ja' || /(様|さま|さん|御中|殿|先生|各位)$/.test(trimmed)) {
    return trimmed;
  }
  return `${trimmed} 様`;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

function stageDay(ctx: TemplateContext, stage: 'delivered'): DayNumber | undefined {
  const written = ctx.status.contract.stageDates?.[stage];
  return written === undefined ? undefined : toDay(written, ctx.utcOffsetMinutes);
}

/** Our messages to the client since their last reply that asked for an answer: the ones left unanswered. */
function unansweredDays(status: ContractStatus): DayNumber[] {
  const since = status.facts.lastReceived?.instant ?? Number.NEGATIVE_INFINITY;
  const days = status.facts.entries
    .filter(
      (e) =>
        e.contact.direction === 'sent' &&
        e.contact.channel !== 'operatorReport' &&
        e.contact.channel !== 'terminationRequest' &&
        e.contact.expectsReply !== false &&
        e.instant > since,
    )
    .map((e) => e.day);
  return [...new Set(days)];
}

function lastSentDay(status: ContractStatus, channel: 'operatorReport' | 'terminationRequest'): DayNumber | undefined {
  for (let i = status.facts.entries.length - 1; i >= 0; i--) {
    const e = status.facts.entries[i];
    if (e && e.contact.channel === channel && e.contact.direction === 'sent') {
      return e.day;
    }
  }
  return undefined;
}

/**
 * The day the termination request is sent: the one logged today or later, else the day the
 * playbook's termination step falls due, never earlier than today.
 */
function terminationDay(status: ContractStatus): DayNumber | undefined {
  const logged = lastSentDay(status, 'terminationRequest');
  if (logged !== undefined) {
    // The notice announces the request; a day already past would make it say something untrue, so
    // the writer fills that in.
    return logged >= status.today ? logged : undefined;
  }
  // The step whose completion is the request, whatever its message is called on this platform.
  const step = status.steps.find((s) => 'channel' in s.step.completion && s.step.completion.channel === 'terminationRequest');
  return step?.due === undefined ? undefined : Math.max(step.due, status.today);
}
