import { isOffPlatform } from './labels';
import { readContacts, type ContactFacts } from './contactLog';
import { businessDaysBetween, instantToDay, toDay, type DayNumber } from './dates';
import type { Localized } from './i18n';
import { paymentStatus, type PaymentStatus } from './payment/status';
import { PLAYBOOKS } from './playbooks';
import { situationOf, type PlaybookStep, type SilenceThresholds, type Situation } from './playbooks/types';
import type { Contract, Platform } from './schema';
import { evaluateSteps, type StepStatus } from './steps';
import * as hints from './statusHints';
import type { HintId } from './statusHints';

export type Urgency = 'ok' | 'watch' | 'act' | 'overdue';
export const URGENCY_RANK: Readonly<Record<Urgency, number>> = { ok: 0, watch: 1, act: 2, overdue: 3 };

export interface NextStep {
  readonly title: Localized;
  readonly due?: DayNumber;
  /** Set when the step is one of the hints of statusHints.ts; its detail is in playbooks/texts. */
  readonly hint?: HintId;
  /** Set when the step comes from a playbook (and so has a checklist entry, sources, verification). */
  readonly step?: PlaybookStep;
}

export interface ContractStatus {
  readonly contract: Contract;
  readonly today: DayNumber;
  readonly situation?: Situation;
  readonly facts: ContactFacts;
  /** Calendar days since the client last wrote (or since we began waiting, if they never wrote). */
  readonly silentDays?: number;
  readonly urgency: Urgency;
  readonly next?: NextStep;
  /** The playbook steps for the current situation, for the checklist. */
  readonly steps: readonly StepStatus[];
  readonly deadline?: DayNumber;
  readonly silence: SilenceThresholds;
  /** The money: invoiced, paid, owed, and whether the payment date has passed. */
  readonly payment: PaymentStatus;
}

export interface StatusOptions {
  /** The writer's zone; "today" and every date are calendar days there. */
  readonly utcOffsetMinutes: number;
  /** The user's own thresholds, per platform, over the playbook defaults. */
  readonly thresholds?: Partial<Record<Platform, Partial<Pick<SilenceThresholds, 'watch' | 'act'>>>>;
}

interface Candidate {
  readonly urgency: Urgency;
  readonly next?: NextStep;
}

/** What a contract needs now, derived from the file and the clock alone, so it is the same everywhere. */
export function deriveStatus(contract: Contract, now: number, options: StatusOptions): ContractStatus {
  const offset = options.utcOffsetMinutes;
  const today = instantToDay(now, offset);
  const facts = readContacts(contract.contacts, offset);
  const playbook = PLAYBOOKS[contract.platform];
  const silence: SilenceThresholds = { ...playbook.silence, ...options.thresholds?.[contract.platform] };
  const situation = situationOf(contract.stage);
  const deadline = contract.deadline === undefined ? undefined : toDay(contract.deadline, offset);
  const stageDate = contract.stageDates?.[contract.stage];
  const stageEntered = stageDate === undefined ? undefined : toDay(stageDate, offset);

  const silenceStart = facts.lastReceived?.day ?? facts.waitingSince?.day;
  // Silence matters only while a contract is open and we wait for an answer.
  const open = situation !== undefined && situation !== 'afterAcceptance';
  const silentDays = open && facts.awaitingReply && silenceStart !== undefined ? today - silenceStart : undefined;

  const payment = paymentStatus(contract, today, offset);
  const sequenceStart = startOfSequence(situation, facts, stageEntered);
  // Some steps hold only for one kind of client (the law binds a client with staff more than one without).
  const kind = contract.client.kind ?? 'unknown';
  const playbookSteps = (situation === undefined ? [] : (playbook.situations[situation] ?? []))
    .filter((step) => step.clientKinds === undefined || step.clientKinds.includes(kind))
    .filter((step) => !(step.whileUnpaid && payment.settled));
  const steps =
    sequenceStart === undefined
      ? playbookSteps.map((step): StepStatus => ({ step, state: 'later' }))
      : evaluateSteps(playbookSteps, {
          contract,
          facts,
          today,
          sequenceStart,
          stageEntered,
          silence,
          utcOffsetMinutes: offset,
          payment,
        });

  const base = { contract, today, situation, facts, silentDays, steps, deadline, silence, payment };
  if (situation === undefined) {
    return { ...base, urgency: 'ok' };
  }
  // On equal urgency the first wins: the client's silence, then our deadline, then a reply we owe.
  const candidates: Candidate[] = [
    sequenceCandidate(situation, steps, today, sequenceStart, silence),
    deadlineCandidate(contract, today, deadline, facts.awaitingReply),
    replyOwedCandidate(facts, today),
  ];
  const best = candidates.reduce((a, b) => (URGENCY_RANK[b.urgency] > URGENCY_RANK[a.urgency] ? b : a));
  const next = best.next ?? candidates.find((c) => c.next)?.next ?? restingHint(situation, deadline, contract.platform);
  return { ...base, urgency: best.urgency, next };
}

/**
 * When the playbook's clock started. After delivery we wait for acceptance whatever the log says;
 * before that, only while our last message is unanswered.
 */
function startOfSequence(
  situation: Situation | undefined,
  facts: ContactFacts,
  stageEntered: DayNumber | undefined,
): DayNumber | undefined {
  if (situation === 'afterAcceptance') {
    return stageEntered;
  }
  if (situation === 'afterDelivery') {
    // A reply such as "I'll check it" restarts the reminders; the platform's timers still run from delivery.
    const known = [stageEntered, facts.lastReceived?.day].filter((d): d is DayNumber => d !== undefined);
    return known.length > 0 ? Math.max(...known) : facts.waitingSince?.day;
  }
  return facts.awaitingReply ? facts.waitingSince?.day : undefined;
}

function sequenceCandidate(
  situation: Situation,
  steps: readonly StepStatus[],
  today: DayNumber,
  start: DayNumber | undefined,
  silence: SilenceThresholds,
): Candidate {
  const next = steps.find((s) => s.state === 'next');
  if (start === undefined) {
    return { urgency: 'ok' };
  }
  if (!next) {
    // Every step is behind the writer and the client is still silent: time to close the file on it.
    if (situation === 'afterAcceptance' || steps.length === 0) {
      return { urgency: 'ok' };
    }
    return { urgency: situation === 'beforeEscrow' ? 'watch' : 'act', next: hints.stepsFinished() };
  }
  const nextStep: NextStep = {
    title: next.step.title,
    step: next.step,
    ...(next.due === undefined ? {} : { due: next.due }),
  };
  const waited = silence.unit === 'businessDays' ? businessDaysBetween(start, today) : today - start;
  const watching = situation === 'afterDelivery' || (situation !== 'afterAcceptance' && waited >= silence.watch);
  const resting: Urgency = watching ? 'watch' : 'ok';
  let urgency: Urgency = resting;
  if (!('wait' in next.step.completion) && next.due !== undefined && today >= next.due) {
    urgency = today > next.due ? 'overdue' : 'act';
  }
  const cap = next.step.cap;
  if (cap !== undefined && URGENCY_RANK[urgency] > URGENCY_RANK[cap]) {
    urgency = cap === 'ok' ? resting : cap;
  }
  // Before escrow nothing is at risk: the client's silence is at most worth watching (the writer's
  // own duties, such as a reply they owe, keep their urgency elsewhere).
  if (situation === 'beforeEscrow' && URGENCY_RANK[urgency] > URGENCY_RANK.watch) {
    urgency = 'watch';
  }
  if (urgency === 'ok' && situation !== 'afterAcceptance') {
    // A fresh, short wait is normal: say so, with the day the first step would fall due.
    return { urgency, next: { ...hints.waitingForAnswer(), ...(next.due === undefined ? {} : { due: next.due }) } };
  }
  return { urgency, next: nextStep };
}

/**
 * The writer must never be the one who goes silent: a deadline near or past is flagged. While the
 * client is the one not answering, a passed deadline is "act", so the steps against the client's
 * silence are not hidden behind it.
 */
function deadlineCandidate(
  contract: Contract,
  today: DayNumber,
  deadline: DayNumber | undefined,
  waitingOnClient: boolean,
): Candidate {
  if (contract.stage !== 'escrowFunded' || deadline === undefined) {
    return { urgency: 'ok' };
  }
  const left = deadline - today;
  if (left < 0) {
    return { urgency: waitingOnClient ? 'act' : 'overdue', next: { ...hints.deadlinePassed(), due: deadline } };
  }
  if (left <= 2) {
    return { urgency: 'watch', next: { ...hints.deadlineNear(), due: deadline } };
  }
  return { urgency: 'ok' };
}

/**
 * The client asked something and we have not answered: a nudge after a business day, and "act"
 * after three, because the writer must never be the one who goes silent.
 */
function replyOwedCandidate(facts: ContactFacts, today: DayNumber): Candidate {
  const received = facts.replyOwedSince;
  if (!received) {
    return { urgency: 'ok' };
  }
  const days = businessDaysBetween(received.day, today);
  if (days >= 3) {
    return { urgency: 'act', next: hints.replyOwed(received.day) };
  }
  if (days >= 1) {
    return { urgency: 'watch', next: hints.replyOwed(received.day) };
  }
  return { urgency: 'ok' };
}

function restingHint(situation: Situation, deadline: DayNumber | undefined, platform: Platform): NextStep | undefined {
  switch (situation) {
    case 'beforeEscrow':
      return isOffPlatform(platform) ? hints.agreeTermsFirst() : hints.waitForEscrow();
    case 'afterEscrow':
      return deadline === undefined ? hints.keepWorking() : { ...hints.keepWorking(), due: deadline };
    default:
      return undefined;
  }
}
