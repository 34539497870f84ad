import { addBusinessDays, toDay, type DayNumber } from '../dates';
import type { Contract } from '../schema';

/** The payment period of the Freelance Act's Art. 4: within 60 days of receiving the work. */
export const LEGAL_PAYMENT_DAYS = 60;

/** Where the payment date the status counts from comes from. */
export type PaymentDateSource =
  /** The date agreed with the client, written in `invoice.paymentDate`. */
  | 'agreed'
  /**
   * No date agreed, a client with staff (特定業務委託事業者): Art. 4's latest day, 60 days after
   * delivery. Only then does the law give a date; for other clients nothing is guessed.
   */
  | 'law';

/** What the file says about the money of one contract, on one day. */
export interface PaymentStatus {
  /** The amount asked for: the invoice's amount, else the contract's; undefined when neither is written. */
  readonly invoiced?: number;
  /** The sum of the payments logged so far. */
  readonly paid: number;
  /** What is still owed; undefined when the amount is unknown (it is never guessed). */
  readonly due?: number;
  readonly currency?: string;
  readonly invoiceDay?: DayNumber;
  readonly paymentDay?: DayNumber;
  readonly paymentDaySource?: PaymentDateSource;
  /** The last payment's day, when any was logged. */
  readonly lastPaymentDay?: DayNumber;
  /** Paid in full: the payments reach the amount asked for. */
  readonly settled: boolean;
  /** The payment date has passed and the money is not all in. */
  readonly overdue: boolean;
  /** Calendar days since the payment date, when overdue. */
  readonly overdueDays?: number;
  /**
   * The day for a polite check: the business day after the payment date (weekends and Japanese
   * holidays skipped), because a transfer made on the day itself can show the next morning.
   */
  readonly politeCheckDay?: DayNumber;
}

/**
 * The payment of a contract as of `today` (a calendar day in the writer's zone, from the injected
 * clock). Dates written with a zone are read as the writer's calendar day.
 */
export function paymentStatus(contract: Contract, today: DayNumber, utcOffsetMinutes: number): PaymentStatus {
  const invoice = contract.invoice;
  const day = (text: string | undefined): DayNumber | undefined => (text === undefined ? undefined : toDay(text, utcOffsetMinutes));
  const payments = (invoice?.payments ?? []).map((p) => ({ day: day(p.at), amount: p.amount }));
  const paid = payments.reduce((sum, p) => sum + p.amount, 0);
  const invoiced = invoice?.amount ?? contract.amount;
  const due = invoiced === undefined ? undefined : Math.max(0, invoiced - paid);
  // With the amount unknown, a logged payment is taken as settling it: the writer logs what came.
  const settled = due === undefined ? payments.length > 0 : due === 0;
  const { paymentDay, source } = paymentDayOf(contract, day);
  const overdue = !settled && paymentDay !== undefined && today > paymentDay && isStillOwed(contract);
  const lastPaymentDay = payments.reduce<DayNumber | undefined>(
    (last, p) => (p.day !== undefined && (last === undefined || p.day > last) ? p.day : last),
    undefined,
  );
  return {
    ...(invoiced === undefined ? {} : { invoiced }),
    paid,
    ...(due === undefined ? {} : { due }),
    ...(contract.currency === undefined ? {} : { currency: contract.currency }),
    ...optionalDay('invoiceDay', day(invoice?.date)),
    ...optionalDay('paymentDay', paymentDay),
    ...(source === undefined ? {} : { paymentDaySource: source }),
    ...optionalDay('lastPaymentDay', lastPaymentDay),
    settled,
    overdue,
    ...(overdue && paymentDay !== undefined ? { overdueDays: today - paymentDay } : {}),
    ...optionalDay('politeCheckDay', paymentDay === undefined ? undefined : addBusinessDays(paymentDay, 1)),
  };
}

function paymentDayOf(
  contract: Contract,
  day: (text: string | undefined) => DayNumber | undefined,
): { paymentDay?: DayNumber; source?: PaymentDateSource } {
  const agreed = day(contract.invoice?.paymentDate);
  if (agreed !== undefined) {
    return { paymentDay: agreed, source: 'agreed' };
  }
  const delivered = day(contract.stageDates?.delivered);
  if (contract.client.kind === 'withStaff' && delivered !== undefined) {
    return { paymentDay: delivered + LEGAL_PAYMENT_DAYS, source: 'law' };
  }
  return {};
}

/** Money is owed once the work is handed over, and no longer once the contract is closed or cancelled. */
function isStillOwed(contract: Contract): boolean {
  return contract.stage === 'delivered' || contract.stage === 'accepted';
}

function optionalDay<K extends string>(key: K, value: DayNumber | undefined): { [P in K]?: DayNumber } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: DayNumber };
}
