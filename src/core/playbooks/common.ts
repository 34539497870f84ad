import type { Localized } from '../i18n';
import type { PlaybookStep } from './types';
import { SOURCES } from './sources';

/**
 * Steps every platform shares. They come from message etiquette, so they are marked as such:
 * Contract Guard's advice, not a platform's rule.
 */

export function politeReminder(prefix: string): PlaybookStep {
  return {
    id: `${prefix}.remind`,
    title: { en: 'Send a polite reminder', ja: '丁寧に催促する' },
    detail: {
      en: 'Reply in the same thread, assume the message was missed, and ask for one concrete thing by a date.',
      ja: '同じやり取りの中で返信します。見落とされている前提で書き（「行き違いでしたらご容赦ください」など）、お願いは期日を添えて一つに絞ります。',
    },
    due: { from: 'sequenceStart', after: 'actThreshold', unit: 'thresholdUnit' },
    completion: { reminders: 1 },
    verification: 'etiquette',
    sources: [SOURCES.etiquette],
    template: 'reminder',
  };
}

/** The dated reminder every second-reminder step offers: it names the reply-by date and what follows it. */
export const DATED_REMINDER = 'reminder2';

/** `escalation` is a whole sentence: what this platform's writer says will follow the date. */
export function secondReminder(prefix: string, escalation: Localized): PlaybookStep {
  return {
    id: `${prefix}.remind2`,
    title: { en: 'Send a second reminder with a date', ja: '期日を添えて2回目の催促をする' },
    detail: {
      en: `Name a reply-by date, and say gently what you will do after it. ${escalation.en}`,
      ja: `返信の期日を示し、その後どうするかを穏やかに伝えます。${escalation.ja}`,
    },
    due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
    completion: { reminders: 2 },
    verification: 'etiquette',
    sources: [SOURCES.etiquette],
    template: DATED_REMINDER,
  };
}

const WITHDRAW_ON_PLATFORM: Localized = {
  en: 'No escrow is funded, so nothing is lost. Do not start work before escrow. To end it cleanly, withdraw with thanks.',
  ja: '仮払い前なので、この時点で報酬が失われることはありません。作業は仮払いを確認してから始めます。やり取りを終えたい場合は、お礼を添えて応募を辞退します。',
};

export const WITHDRAW_OFF_PLATFORM: Localized = {
  en: 'Nothing has started, so nothing is lost. To end it cleanly, write that you will not take the job, with thanks.',
  ja: 'まだ作業を始めていなければ、報酬が失われることはありません。やり取りを終えたい場合は、お礼を添えてお断りの連絡をします。',
};

export function letGoOrWithdraw(
  prefix: string,
  sources: readonly string[],
  detail: Localized = WITHDRAW_ON_PLATFORM,
): PlaybookStep {
  return {
    id: `${prefix}.withdraw`,
    title: { en: 'Let it go, or withdraw politely', ja: '見送るか、丁寧に応募を辞退する' },
    detail,
    due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
    completion: { channel: 'withdrawal' },
    verification: 'official',
    sources,
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
export function beforeEscrowSteps(prefix: string, sources: readonly string[], detail?: Localized): PlaybookStep[] {
  const withdraw = letGoOrWithdraw(prefix, sources, detail);
  const remind = politeReminder(prefix);
  return [
    withdraw,
    {
      ...remind,
      title: { en: 'Send a polite reminder (optional)', ja: '丁寧に催促する（任意）' },
      detail: {
        en: 'Only if you still want the job. Nothing is lost if you do not.',
        ja: 'どうしても受けたい仕事であれば送ります。送らなくても不利益はありません。',
      },
      cap: 'ok',
    },
  ];
}

export function rateClient(prefix: string, detail: { en: string; ja: string }, sources: readonly string[]): PlaybookStep {
  return {
    id: `${prefix}.rate`,
    title: { en: 'Rate the client (optional)', ja: 'クライアントを評価する（任意）' },
    detail,
    due: { from: 'stageEntered', after: 1, unit: 'months' },
    completion: { manual: true },
    verification: 'official',
    sources,
    cap: 'ok',
  };
}

/** After a platform's auto-approval timer: the contract counts as accepted, and the file should say so. */
export function markAccepted(prefix: string, afterDays: number, sources: readonly string[]): PlaybookStep {
  return {
    id: `${prefix}.markAccepted`,
    title: { en: 'Set the stage to Accepted', ja: '段階を「検収完了」にする' },
    detail: {
      en: 'The approval period is over, so the delivery counts as approved. Check that the payment arrived, then set the stage.',
      ja: '承認の期間を過ぎたため、納品は承認された扱いになります。入金を確認してから段階を変更してください。',
    },
    due: { from: 'stageEntered', after: afterDays, unit: 'calendarDays' },
    completion: { manual: true },
    verification: 'official',
    sources,
    cap: 'act',
  };
}
