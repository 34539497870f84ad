import { addBusinessDays, addMonths, toDay, type DayNumber } from './dates';
import { lastOfChannel, remindersSince, type ContactFacts } from './contactLog';
import type { Due, PlaybookStep, SilenceThresholds } from './playbooks/types';
import type { PaymentStatus } from './payment/status';
import type { Contract } from './schema';

export type StepState = 'done' | 'next' | 'later';

export interface StepStatus {
  readonly step: PlaybookStep;
  readonly state: StepState;
  /** The day the step is due, when its timer has started. */
  readonly due?: DayNumber;
}

export interface StepContext {
  readonly contract: Contract;
  readonly facts: ContactFacts;
  readonly today: DayNumber;
  /** The day the current silence (or, after delivery, the wait for acceptance) began. */
  readonly sequenceStart: DayNumber;
  readonly stageEntered?: DayNumber;
  readonly silence: SilenceThresholds;
  readonly utcOffsetMinutes: number;
  readonly payment: PaymentStatus;
}

/**
 * Where the writer stands in a playbook's steps. A step is done when the log shows it (a reminder
 * sent, a report logged), when its waiting time is over, or when the writer ticked it. Doing a later
 * step counts the earlier ones as passed: a writer who reported straight away owes no reminder.
 */
export function evaluateSteps(steps: readonly PlaybookStep[], ctx: StepContext): StepStatus[] {
  const dues = steps.map((step) => (step.due ? dueDay(step.due, ctx) : undefined));
  const doneOwn = steps.map((step, i) => isDone(step, dues[i], ctx));
  // An optional step (a reminder before escrow) passes no other step: reminding is not withdrawing.
  const lastDone = doneOwn.reduce((last, done, i) => (done && !isOptional(steps[i]!) ? i : last), -1);
  const isStepDone = (i: number): boolean => doneOwn[i] === true || (i <= lastDone && !isOptional(steps[i]!));
  // The next step is the first one still to do that matters; an optional one only when nothing else is left.
  const open = steps.map((_, i) => i).filter((i) => !isStepDone(i));
  const next = open.find((i) => !isOptional(steps[i]!)) ?? open[0];
  return steps.map((step, i) => {
    const due = dues[i];
    const base = due === undefined ? { step } : { step, due };
    const state: StepState = isStepDone(i) ? 'done' : i === next ? 'next' : 'later';
    return { ...base, state };
  });
}

function isOptional(step: PlaybookStep): boolean {
  return step.cap === 'ok';
}

/** A waiting period is over on its due day, so the step after it can fall due that same day. */
function isWaitOver(due: DayNumber | undefined, ctx: StepContext): boolean {
  return due !== undefined && ctx.today >= due;
}

function isDone(step: PlaybookStep, due: DayNumber | undefined, ctx: StepContext): boolean {
  if (ctx.contract.checklist?.[step.id]?.done === true) {
    return true;
  }
  const c = step.completion;
  if ('reminders' in c) {
    return remindersSince(ctx.facts, ctx.sequenceStart) >= c.reminders;
  }
  if ('channel' in c) {
    return lastOfChannel(ctx.facts, c.channel, ctx.sequenceStart) !== undefined;
  }
  if ('wait' in c) {
    return isWaitOver(due, ctx);
  }
  if ('paymentMessages' in c) {
    // Messages about the money count from the payment date; without one, no message is about a late payment.
    const from = ctx.payment.paymentDay;
    return ctx.payment.settled || (from !== undefined && remindersSince(ctx.facts, from) >= c.paymentMessages);
  }
  return false;
}

function dueDay(due: Due, ctx: StepContext): DayNumber | undefined {
  const anchor = anchorDay(due, ctx);
  if (anchor === undefined) {
    return undefined;
  }
  const amount = due.after === 'actThreshold' ? ctx.silence.act : due.after;
  const unit = due.unit === 'thresholdUnit' ? ctx.silence.unit : due.unit;
  switch (unit) {
    case 'businessDays':
      return addBusinessDays(anchor, amount);
    case 'months':
      return addMonths(anchor, amount);
    default:
      return anchor + amount;
  }
}

function anchorDay(due: Due, ctx: StepContext): DayNumber | undefined {
  const from = due.from;
  if (from === 'sequenceStart') {
    return ctx.sequenceStart;
  }
  if (from === 'stageEntered') {
    return ctx.stageEntered;
  }
  if (from === 'lastSent') {
    const last = ctx.facts.lastSent?.day;
    return last === undefined ? ctx.sequenceStart : Math.max(last, ctx.sequenceStart);
  }
  if ('payment' in from) {
    return ctx.payment.paymentDay;
  }
  if ('stage' in from) {
    const date = ctx.contract.stageDates?.[from.stage];
    return date === undefined ? undefined : toDay(date, ctx.utcOffsetMinutes);
  }
  return lastOfChannel(ctx.facts, from.channel, ctx.sequenceStart)?.day;
}
