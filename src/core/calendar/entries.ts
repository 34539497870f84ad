import type { DayNumber } from '../dates';
import { pick, type Locale, type Localized } from '../i18n';
import { isClosed } from '../grouping';
import type { ContractStatus } from '../status';
import type { Verification } from '../playbooks/types';
import { stepText } from '../playbooks/texts';

/** One date of one contract, as the writer's calendar gets it: an all-day event. */
export interface CalendarEntry {
  /** Stable across exports, so a calendar updates the event instead of adding a second one. */
  readonly uid: string;
  readonly day: DayNumber;
  readonly summary: string;
  readonly description: string;
  readonly url?: string;
  /** Done, or no longer applies: exported as cancelled so calendars remove it. */
  readonly cancelled: boolean;
}

/** Between the client and what to do in an event's title: Japanese takes the full-width colon. */
const LABEL_COLON: Localized = { en: ': ', ja: '：' };

const VERIFICATION: Record<Verification, Localized> = {
  official: { en: 'Platform rule (official help page).', ja: '公式ルール（公式ヘルプ）' },
  law: { en: 'Set by law (フリーランス・事業者間取引適正化等法).', ja: 'フリーランス・事業者間取引適正化等法の定めです。' },
  publicInfo: { en: 'A public help desk or court procedure, for information.', ja: '公的な窓口・手続の案内です。' },
  reportedByUsers: {
    en: 'Reported by users, not confirmed by the platform.',
    ja: 'ユーザーの報告です。プラットフォームの保証ではありません。',
  },
  etiquette: { en: 'Good practice (Contract Guard’s suggestion).', ja: 'マナー（Contract Guard の提案）' },
};

/** A UID part that survives any contract id: RFC 5545 text, but kept to safe characters anyway. */
function uidPart(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function entryUid(contractId: string, what: string): string {
  return `${uidPart(contractId)}.${uidPart(what)}@contract-guard`;
}

/**
 * The dates of every open contract that a writer should see coming, from the same steps the
 * checklist shows: each step with a due day (what to do, and the platforms' timers such as the
 * operator's review window or an automatic end), and the writer's own deadline while working.
 */
export function calendarEntries(statuses: readonly ContractStatus[], locale: Locale): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const status of statuses) {
    const c = status.contract;
    if (isClosed(c.stage)) {
      continue;
    }
    const url = c.url ?? c.client.profileUrl;
    for (const s of status.steps) {
      // Optional steps (a rating) never become appointments.
      if (s.due === undefined || s.step.cap === 'ok') {
        continue;
      }
      const text = stepText(s.step.id);
      const lines = [
        c.title,
        pick(text.detail, locale),
        pick(VERIFICATION[s.step.verification], locale),
        ...text.sources.filter((src) => src.startsWith('https://')),
        ...(url ? [url] : []),
      ];
      entries.push({
        uid: entryUid(c.id, s.step.id),
        day: s.due,
        summary: `${c.client.name}${pick(LABEL_COLON, locale)}${pick(s.step.title, locale)}`,
        description: lines.join('\n'),
        ...(url ? { url } : {}),
        cancelled: s.state === 'done',
      });
    }
    if (status.deadline !== undefined && (c.stage === 'contracted' || c.stage === 'escrowFunded')) {
      entries.push({
        uid: entryUid(c.id, 'deadline'),
        day: status.deadline,
        summary: locale === 'ja' ? `${c.client.name}：納期（${c.title}）` : `${c.client.name}: your deadline (${c.title})`,
        description: [c.title, ...(url ? [url] : [])].join('\n'),
        ...(url ? { url } : {}),
        cancelled: false,
      });
    }
  }
  return entries;
}
