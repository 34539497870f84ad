import { addBusinessDays, type DayNumber } from '../dates';
import type { Locale } from '../i18n';
import { formatMessageDate } from './dateText';
import type { PlaceholderDef, TemplateContext } from './placeholders';

/** A week of business days: the date a reminder asks the money by. */
const PAY_BY_BUSINESS_DAYS = 5;
/** The final date of a formal demand: a little longer, so it reads as fair. */
const FINAL_BUSINESS_DAYS = 7;

const date = (day: DayNumber | undefined, ctx: TemplateContext, locale: Locale): string | undefined =>
  day === undefined ? undefined : formatMessageDate(day, locale, ctx.status.today);

/**
 * Money in a message as a business letter writes it: 96,000円 in Japanese (yen), ¥96,000 or
 * $1,200.00 in English. Other currencies keep their code in Japanese (1,200.00 USD).
 */
export function messageAmount(amount: number, currency: string, locale: Locale): string {
  if (locale === 'ja') {
    return currency === 'JPY' ? `${amount.toLocaleString('ja-JP')}円` : `${amount.toLocaleString('ja-JP', { minimumFractionDigits: 2 })} ${currency}`;
  }
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** The placeholders of the payment messages (お支払いのご確認, お支払いのお願い, the formal demand). */
export const PAYMENT_PLACEHOLDERS: Readonly<Record<string, PlaceholderDef>> = {
  invoiceDate: {
    label: { en: 'invoice date', ja: '請求日' },
    value: (ctx, locale) => date(ctx.status.payment.invoiceDay, ctx, locale),
  },
  invoiceNumber: {
    label: { en: 'invoice number', ja: '請求書番号' },
    value: ({ status }) => status.contract.invoice?.number,
  },
  paymentDate: {
    label: { en: 'payment date', ja: 'お支払期日' },
    value: (ctx, locale) => date(ctx.status.payment.paymentDay, ctx, locale),
  },
  amountDue: {
    label: { en: 'amount due', ja: 'ご請求金額' },
    value: ({ status }, locale) =>
      status.payment.due === undefined ? undefined : messageAmount(status.payment.due, status.contract.currency ?? 'JPY', locale),
  },
  payBy: {
    label: { en: 'pay-by date', ja: 'お支払いの期日' },
    value: (ctx, locale) => date(addBusinessDays(ctx.status.today, PAY_BY_BUSINESS_DAYS), ctx, locale),
  },
  finalPaymentDate: {
    label: { en: 'final payment date', ja: '最終のお支払期日' },
    value: (ctx, locale) => date(addBusinessDays(ctx.status.today, FINAL_BUSINESS_DAYS), ctx, locale),
  },
};
