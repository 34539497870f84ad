import type { Localized } from '../i18n';
import type { Channel, ClientKind, Platform, Stage } from '../schema';

/**
 * The three situations of the seed article, plus the quiet time after acceptance. Which one a
 * contract is in decides what a writer can do when the client goes silent.
 */
export type Situation = 'beforeEscrow' | 'afterEscrow' | 'afterDelivery' | 'afterAcceptance';

export function situationOf(stage: Stage): Situation | undefined {
  switch (stage) {
    case 'applied':
    case 'contracted':
      return 'beforeEscrow';
    case 'escrowFunded':
      return 'afterEscrow';
    case 'delivered':
      return 'afterDelivery';
    case 'accepted':
      return 'afterAcceptance';
    default:
      return undefined;
  }
}

export type DayUnit = 'calendarDays' | 'businessDays' | 'months';

/** Where a step's timer starts. */
export type Anchor =
  /** The first of our messages the client has not answered (or, after delivery, the delivery). */
  | 'sequenceStart'
  /** Our latest message. */
  | 'lastSent'
  /** The day the contract entered its current stage. */
  | 'stageEntered'
  /** The latest logged contact of that channel, e.g. the operator report. */
  | { readonly channel: Channel }
  /** The day the contract entered that stage, e.g. delivery for a payment deadline. */
  | { readonly stage: Stage }
  /** The payment date: agreed in the invoice, or the law's latest day (see payment/status). */
  | { readonly payment: 'due' };

export interface Due {
  readonly from: Anchor;
  /** A number of units, or the platform's "act" silence threshold (which the user may change). */
  readonly after: number | 'actThreshold';
  readonly unit: DayUnit | 'thresholdUnit';
}

/** What makes a step count as done, besides the writer ticking it in the checklist. */
export type Completion =
  /** This many of our messages on later days than the sequence start. */
  | { readonly reminders: number }
  /** A logged contact (sent by us) of this channel since the sequence start. */
  | { readonly channel: Channel }
  /** A waiting period: done once its due date has passed. */
  | { readonly wait: true }
  /** Only the writer can say. */
  | { readonly manual: true }
  /** This many of our messages to the client after the payment date (or done once paid in full). */
  | { readonly paymentMessages: number };

export type Verification =
  /** From the platform's own help pages. */
  | 'official'
  /** What the law (フリーランス・事業者間取引適正化等法) requires of a client it binds: not a platform's rule. */
  | 'law'
  /**
   * A public help desk or a court procedure, as information: not a platform's rule and not a duty
   * the law puts on the client (フリーランス・トラブル110番, 支払督促 and 少額訴訟).
   */
  | 'publicInfo'
  /** Only from blogs or forums: shown as "reported by users", never as a platform guarantee. */
  | 'reportedByUsers'
  /** Good practice from message etiquette; our suggestion, not a platform rule. */
  | 'etiquette';

export interface PlaybookStep {
  /** Stable: the key under which the checklist state is stored in the file. */
  readonly id: string;
  readonly title: Localized;
  readonly due?: Due;
  readonly completion: Completion;
  readonly verification: Verification;
  /** The message template that helps with this step, if any (filled in by the templates feature). */
  readonly template?: string;
  /** Who the step is for, under the law: shown only when the client's kind is listed (absent: every client). */
  readonly clientKinds?: readonly ClientKind[];
  /** About money still owed: left out once the payments reach the amount. */
  readonly whileUnpaid?: true;
  /**
   * The most urgent this step can make a contract. 'act': doing it late loses nothing (a decision,
   * or updating the file), so past its due date it stays "act now" instead of "overdue".
   * 'ok': optional, such as leaving a rating; shown as the next step but never urgent.
   */
  readonly cap?: 'ok' | 'act';
}

export interface SilenceThresholds {
  /** After this many units of silence the contract is worth watching. */
  readonly watch: number;
  /** After this many, the first reminder is due. */
  readonly act: number;
  readonly unit: 'calendarDays' | 'businessDays';
}

/**
 * The words a message needs that each platform says its own way (see platformWords.ts, which holds
 * them for every platform). Templates reach them through placeholders of the same names.
 */
export const WORD_NAMES = ['operator', 'escrow', 'endRequest', 'endEffect', 'acceptance', 'deliveryPlace', 'ifNoReply'] as const;
export type WordName = (typeof WORD_NAMES)[number];

/** A word, or one that changes with the situation (what happens after a missed date differs once the work is delivered). */
export type Word = Localized | { readonly bySituation: Partial<Record<Situation, Localized>> };

export interface PlatformWords {
  /** Who is asked for help, as the platform names it; absent where there is nobody (direct clients). */
  readonly operator?: Localized;
  /** The payment the client makes before work starts, as a noun for 「…を確認でき次第」 / "as soon as … is in place". */
  readonly escrow?: Localized;
  /** How the writer ends a contract early, as the platform's own button says. */
  readonly endRequest?: Localized;
  /** What ending early does to the money, in one sentence. */
  readonly endEffect?: Localized;
  /** What the client does to accept the work: 「ご検収」 for 「…のほどよろしくお願いいたします」, "accepted" for "mark it as …". */
  readonly acceptance: Localized;
  /** Where the client looks at the delivery; absent off a platform, where the work is sent by mail. */
  readonly deliveryPlace?: Localized;
  /** What the writer will do if the client does not answer by the date, in the client's terms. */
  readonly ifNoReply?: Word;
}

export interface Playbook {
  readonly platform: Platform;
  readonly silence: SilenceThresholds;
  readonly situations: Partial<Record<Situation, readonly PlaybookStep[]>>;
}

/**
 * What a writer reads about a step, kept apart from the step (see texts/index.ts): only the checklist,
 * the hovers and the calendar show it, and they load with dist/optional.js.
 */
export interface StepText {
  readonly detail: Localized;
  /** Where the rule comes from: a help page's address, or a note on a source that has none. */
  readonly sources: readonly string[];
}

/** Step texts by step id. */
export type StepTexts = Readonly<Record<string, StepText>>;
