import { toDay, toInstant, type DayNumber } from './dates';
import type { Channel, Contact } from './schema';

/** Operator reports go to the platform, not the client, so they neither start nor answer a silence. */
const NOT_WITH_CLIENT: ReadonlySet<Channel> = new Set(['operatorReport']);
/** Messages that count as a reminder to the client. */
const MESSAGE_CHANNELS: ReadonlySet<Channel> = new Set([
  'platformMessage',
  'email',
  'chat',
  'phone',
  'other',
  'extensionRequest',
  'formalDemand',
]);

export interface LoggedContact {
  readonly contact: Contact;
  readonly instant: number;
  readonly day: DayNumber;
}

/** The contact log read once into the facts the status needs. */
export interface ContactFacts {
  readonly lastSent?: LoggedContact;
  readonly lastReceived?: LoggedContact;
  /** Our message that the client has left unanswered the longest, if we are waiting. */
  readonly waitingSince?: LoggedContact;
  readonly awaitingReply: boolean;
  /** The client's message we have not answered yet, if it asks for an answer. */
  readonly replyOwedSince?: LoggedContact;
  /** All entries, oldest first. */
  readonly entries: readonly LoggedContact[];
}

export function readContacts(contacts: readonly Contact[] | undefined, utcOffsetMinutes: number): ContactFacts {
  const entries: LoggedContact[] = [];
  for (const contact of contacts ?? []) {
    const instant = toInstant(contact.at, utcOffsetMinutes);
    const day = toDay(contact.at, utcOffsetMinutes);
    if (instant !== undefined && day !== undefined) {
      entries.push({ contact, instant, day });
    }
  }
  // Stable sort: entries logged in the same minute keep the order they were written in.
  entries.sort((a, b) => a.instant - b.instant);
  const withClient = entries.filter((e) => !NOT_WITH_CLIENT.has(e.contact.channel));
  const lastSent = findLast(withClient, (e) => e.contact.direction === 'sent');
  const lastReceived = findLast(withClient, (e) => e.contact.direction === 'received');
  // A "noted, thanks" needs no answer: only messages that wait for one start or keep a silence.
  const asking = withClient.filter((e) => e.contact.expectsReply !== false);
  const lastAsked = findLast(asking, (e) => e.contact.direction === 'sent');
  const awaitingReply = lastAsked !== undefined && (lastReceived === undefined || lastAsked.instant > lastReceived.instant);
  const waitingSince = awaitingReply
    ? asking.find((e) => e.contact.direction === 'sent' && (lastReceived === undefined || e.instant > lastReceived.instant))
    : undefined;
  const lastAskedByClient = findLast(asking, (e) => e.contact.direction === 'received');
  const replyOwedSince =
    lastAskedByClient !== undefined && (lastSent === undefined || lastSent.instant < lastAskedByClient.instant)
      ? lastAskedByClient
      : undefined;
  return { lastSent, lastReceived, waitingSince, awaitingReply, replyOwedSince, entries };
}

/** Our messages to the client on days after `startDay`: the reminders already sent. */
export function remindersSince(facts: ContactFacts, startDay: DayNumber): number {
  return facts.entries.filter(
    (e) => e.contact.direction === 'sent' && MESSAGE_CHANNELS.has(e.contact.channel) && e.day > startDay,
  ).length;
}

/** The latest entry we sent on this channel on or after `startDay`. */
export function lastOfChannel(facts: ContactFacts, channel: Channel, startDay?: DayNumber): LoggedContact | undefined {
  return findLast(
    facts.entries,
    (e) => e.contact.channel === channel && e.contact.direction === 'sent' && (startDay === undefined || e.day >= startDay),
  );
}

function findLast<T>(items: readonly T[], predicate: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i]!;
    if (predicate(item)) {
      return item;
    }
  }
  return undefined;
}
