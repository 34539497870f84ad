import type { PlaybookStep } from './types';

/**
 * Steps every platform shares. They come from message etiquette, so they are marked as such:
 * Contract Guard's advice, not a platform's rule. What each says to read is in texts/common.ts.
 */

export function politeReminder(prefix: string): PlaybookStep {
  return {
    id: `${prefix}.remind`,
    title: { en: 'Send a polite reminder', ja: '丁寧に催促する' },
    due: { from: 'sequenceStart', after: 'actThreshold', unit: 'thresholdUnit' },
    completion: { reminders: 1 },
    verification: 'etiquette',
    template: 'reminder',
  };
}

/** The dated reminder every second-reminder step offers: it names the reply-by date and what follows it. */
export const DATED_REMINDER = 'reminder2';

export function secondReminder(prefix: string): PlaybookStep {
  return {
    id: `${prefix}.remind2`,
    title: { en: 'Send a second reminder with a date', ja: '期日を添えて2回目の催促をする' },
    due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
    completion: { reminders: 2 },
    verification: 'etiquette',
    template: DATED_REMINDER,
  };
}

export function letGoOrWithdraw(prefix: string): PlaybookStep {
  return {
    id: `${prefix}.withdraw`,
    title: { en: 'Let it go, or withdraw politely', ja: '見送るか、丁寧に応募を辞退する' },
    due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
    completion: { channel: 'withdrawal' },
    verification: 'official',
    template: 'withdrawal',
    cap: 'act',
  };
}

/** Steps that are Contract Guard's advice where no platform rule was checked. */
export function etiquetteOnly(steps: PlaybookStep[]): PlaybookStep[] {
  return steps.map((step) => ({ ...step, verification: 'etiquette' }));
}

/**
 * Before escrow nothing is at risk (the seed: 仮払い前は放置してOK), so the steps against a silent
 * client start with letting it go, and a reminder is only an option the writer may take.
 */
export function beforeEscrowSteps(prefix: string): PlaybookStep[] {
  const withdraw = letGoOrWithdraw(prefix);
  const remind = politeReminder(prefix);
  return [
    withdraw,
    {
      ...remind,
      title: { en: 'Send a polite reminder (optional)', ja: '丁寧に催促する（任意）' },
      cap: 'ok',
    },
  ];
}

export function rateClient(prefix: string): PlaybookStep {
  return {
    id: `${prefix}.rate`,
    title: { en: 'Rate the client (optional)', ja: 'クライアントを評価する（任意）' },
    due: { from: 'stageEntered', after: 1, unit: 'months' },
    completion: { manual: true },
    verification: 'official',
    cap: 'ok',
  };
}

/** After a platform's auto-approval timer: the contract counts as accepted, and the file should say so. */
export function markAccepted(prefix: string, afterDays: number): PlaybookStep {
  return {
    id: `${prefix}.markAccepted`,
    title: { en: 'Set the stage to Accepted', ja: '段階を「検収完了」にする' },
    due: { from: 'stageEntered', after: afterDays, unit: 'calendarDays' },
    completion: { manual: true },
    verification: 'official',
    cap: 'act',
  };
}
