import { dayToShortLabel, type DayNumber } from './dates';
import type { Localized } from './i18n';

/** The hints below, by name: the key of a hint's detail in playbooks/texts/hints.ts. */
export type HintId =
  | 'deadlinePassed'
  | 'deadlineNear'
  | 'replyOwed'
  | 'waitForEscrow'
  | 'keepWorking'
  | 'waitingForAnswer'
  | 'stepsFinished'
  | 'agreeTermsFirst';

/**
 * Next-step texts that are not playbook steps: the writer's own obligations and quiet times. Their
 * details, shown only in the hovers, are in playbooks/texts/hints.ts.
 */
interface Hint {
  readonly hint: HintId;
  readonly title: Localized;
}

export function deadlinePassed(): Hint {
  return {
    hint: 'deadlinePassed',
    title: { en: 'Deadline passed: write to the client today', ja: '納期を過ぎたので、今日中にクライアントへ連絡する' },
  };
}

export function deadlineNear(): Hint {
  return {
    hint: 'deadlineNear',
    title: {
      en: 'Deadline soon: deliver, or ask for an extension now',
      ja: '納期が近いので、納品するか、今のうちに延長をお願いする',
    },
  };
}

export function replyOwed(receivedDay: DayNumber): Hint {
  const date = dayToShortLabel(receivedDay);
  return {
    hint: 'replyOwed',
    title: { en: `Reply to the client (they wrote on ${date})`, ja: `クライアントに返信する（${date}に連絡あり）` },
  };
}

export function waitForEscrow(): Hint {
  return {
    hint: 'waitForEscrow',
    title: { en: 'Wait for escrow before starting work', ja: '仮払いを待ってから作業を始める' },
  };
}

export function keepWorking(): Hint {
  return {
    hint: 'keepWorking',
    title: { en: 'On track: keep working towards the deadline', ja: '順調なので、納期に向けて作業を進める' },
  };
}

export function waitingForAnswer(): Hint {
  return {
    hint: 'waitingForAnswer',
    title: { en: 'Waiting for the client’s answer', ja: 'クライアントの返事を待っています' },
  };
}

export function stepsFinished(): Hint {
  return {
    hint: 'stepsFinished',
    title: {
      en: 'All steps done: set the stage to Closed or Cancelled',
      ja: 'すべての手順を終えたので、段階を「完了」か「キャンセル」にする',
    },
  };
}

export function agreeTermsFirst(): Hint {
  return {
    hint: 'agreeTermsFirst',
    title: { en: 'Agree the terms in writing before starting', ja: '作業前に条件を書面で取り決める' },
  };
}
