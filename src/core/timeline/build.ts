import { VERIFICATION_LABELS } from '../checklist/model';
import { stepText } from '../playbooks/texts';
import { dayToIso, toDay, toInstant, type DayNumber } from '../dates';
import { pick, type Locale } from '../i18n';
import { messageAmount } from '../templates/paymentPlaceholders';
import { CHANNEL_LABELS, PLATFORM_LABELS, stageLabel } from '../labels';
import { formatMoney } from '../payment/atStake';
import { STAGE_ORDER, type Contract } from '../schema';
import type { ContractStatus } from '../status';
import { formatMessageDate } from '../templates/dateText';
import { TIMELINE_WORDS as W } from './words';

/**
 * A contract's facts in date order, for the people a writer asks for help: a platform's operator,
 * a lawyer at フリーランス・トラブル110番, a court clerk. Built from the file alone; the writer's text
 * (summaries, names, titles) is carried as data and written out literally by each format.
 */
export interface Timeline {
  readonly locale: Locale;
  readonly heading: string;
  /** Label and value pairs about the contract as a whole. */
  readonly facts: readonly TimelineFact[];
  readonly events: readonly TimelineEvent[];
  readonly money: readonly TimelineFact[];
  readonly rules: readonly TimelineRule[];
  readonly footer: string;
}

export interface TimelineFact {
  readonly label: string;
  /** Text from the contracts file: shown exactly as written. */
  readonly value: string;
}

export interface TimelineEvent {
  readonly date: string;
  /** Our words: what happened ("Sent (email)", "Payment due"). */
  readonly what: string;
  /** The writer's words, from the file, if any: shown exactly as written. */
  readonly summary?: string;
}

export interface TimelineRule {
  readonly title: string;
  readonly verification: string;
  readonly sources: readonly string[];
}

/** Every date carries its year: a report is read later, and often across a new year. */
const fullDate = (day: DayNumber, locale: Locale): string => formatMessageDate(day, locale, NO_YEAR_IS_THIS_YEAR);
const NO_YEAR_IS_THIS_YEAR = Number.NaN;

interface Dated extends TimelineEvent {
  readonly day: DayNumber;
  /** For order within a day: a moment, or the day's start for a plain date. */
  readonly instant: number;
  /** Ties keep the order they were added in (stage, then messages, then money). */
  readonly seq: number;
}

export function buildTimeline(status: ContractStatus, locale: Locale, language: string, utcOffsetMinutes: number): Timeline {
  const c = status.contract;
  // Japanese as the writer's messages to the client write it (96,000円); English in the locale's own format.
  const currency = c.currency ?? 'JPY';
  const money = (amount: number): string => (locale === 'ja' ? messageAmount(amount, currency, locale) : formatMoney(amount, currency, language));
  const events: Dated[] = [];
  const add = (text: string | undefined, what: string, summary?: string): void => {
    const day = text === undefined ? undefined : toDay(text, utcOffsetMinutes);
    const instant = text === undefined ? undefined : toInstant(text, utcOffsetMinutes);
    if (day === undefined || instant === undefined) {
      return;
    }
    const date = fullDate(day, locale);
    events.push({ day, instant, seq: events.length, date, what, ...(summary === undefined ? {} : { summary }) });
  };
  for (const stage of [...STAGE_ORDER, 'cancelled'] as const) {
    add(c.stageDates?.[stage], `${pick(W.stage, locale)}${pick(W.colon, locale)}${pick(stageLabel(stage, c.platform), locale)}`);
  }
  for (const { contact } of status.facts.entries) {
    const who = pick(contact.direction === 'sent' ? W.sent : W.received, locale);
    add(
      contact.at,
      `${who}${pick(W.open, locale)}${pick(CHANNEL_LABELS[contact.channel], locale)}${pick(W.close, locale)}`,
      contact.summary,
    );
  }
  add(c.deadline, pick(W.deadline, locale));
  addMoneyEvents(c, status, locale, money, add);
  events.sort((a, b) => a.day - b.day || a.instant - b.instant || a.seq - b.seq);

  return {
    locale,
    heading: `${pick(W.heading, locale)}${pick(W.colon, locale)}${c.title}`,
    facts: contractFacts(c, status, locale, money),
    events: events.map(({ date, what, summary }) => ({ date, what, ...(summary === undefined ? {} : { summary }) })),
    money: moneyFacts(c, status, locale, money),
    rules: status.steps
      .filter((s) => s.step.verification !== 'etiquette')
      .map((s) => ({
        title: pick(s.step.title, locale),
        verification: pick(VERIFICATION_LABELS[s.step.verification], locale),
        sources: stepText(s.step.id).sources,
      })),
    footer: pick(W.footer, locale),
  };
}

function addMoneyEvents(
  c: Contract,
  status: ContractStatus,
  locale: Locale,
  money: (n: number) => string,
  add: (text: string | undefined, what: string, summary?: string) => void,
): void {
  const invoiced = status.payment.invoiced;
  const invoiceNo = c.invoice?.number === undefined ? '' : ` ${c.invoice.number}`;
  add(
    c.invoice?.date,
    `${pick(W.invoiceSent, locale)}${invoiceNo}${invoiced === undefined ? '' : `${pick(W.open, locale)}${money(invoiced)}${pick(W.close, locale)}`}`,
  );
  const byLaw = status.payment.paymentDaySource === 'law';
  if (status.payment.paymentDay !== undefined) {
    // A date from the law is not written in the file; it is computed, and says so.
    add(dayToIso(status.payment.paymentDay), pick(byLaw ? W.paymentDueByLaw : W.paymentDue, locale));
  }
  for (const p of c.invoice?.payments ?? []) {
    add(p.at, `${pick(W.paymentReceived, locale)}${pick(W.colon, locale)}${money(p.amount)}`);
  }
}

function contractFacts(c: Contract, status: ContractStatus, locale: Locale, money: (n: number) => string): TimelineFact[] {
  const facts: TimelineFact[] = [
    { label: pick(W.client, locale), value: c.client.name },
    { label: pick(W.platform, locale), value: pick(PLATFORM_LABELS[c.platform], locale) },
    { label: pick(W.currentStage, locale), value: pick(stageLabel(c.stage, c.platform), locale) },
  ];
  if (c.amount !== undefined) {
    facts.push({ label: pick(W.fee, locale), value: money(c.amount) });
  }
  if (c.url !== undefined) {
    facts.push({ label: pick(W.contractPage, locale), value: c.url });
  }
  facts.push({ label: pick(W.asOf, locale), value: fullDate(status.today, locale) });
  return facts;
}

/** Only where money is asked for outside escrow: an invoice, or a payment date the law sets. */
function moneyFacts(c: Contract, status: ContractStatus, locale: Locale, money: (n: number) => string): TimelineFact[] {
  const p = status.payment;
  if (c.invoice === undefined && p.paymentDaySource !== 'law') {
    return [];
  }
  const facts: TimelineFact[] = [];
  if (p.invoiced !== undefined) {
    facts.push({ label: pick(W.invoiced, locale), value: money(p.invoiced) });
  }
  facts.push({ label: pick(W.paid, locale), value: money(p.paid) });
  facts.push({ label: pick(W.due, locale), value: p.due === undefined ? pick(W.unknownAmount, locale) : money(p.due) });
  if (p.paymentDay !== undefined) {
    facts.push({ label: pick(W.paymentDue, locale), value: fullDate(p.paymentDay, locale) });
  }
  if (p.overdueDays !== undefined) {
    facts.push({ label: pick(W.overdue, locale), value: pick(W.days, locale).replace('{0}', String(p.overdueDays)) });
  }
  return facts;
}
