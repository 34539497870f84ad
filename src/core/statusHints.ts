import { dayToShortLabel, type DayNumber } from './dates';
import type { Localized } from './i18n';

/** Next-step texts that are not playbook steps: the writer's own obligations and quiet times. */
interface Hint {
  readonly title: Localized;
  readonly detail?: Localized;
}

export function deadlinePassed(): Hint {
  return {
    title: { en: 'Deadline passed: write to the client today', ja: '納期超過：今日中にクライアントへ連絡する' },
    detail: {
      en: 'Deliver now, or apologise, give the facts and propose a new date. Going silent yourself costs a 1-star rating and the fee.',
      ja: 'すぐに納品するか、お詫びと経緯、新しい納期案を伝えます。こちらが連絡を絶つと、★1の評価を受けたり、報酬を受け取れなかったりするおそれがあります。',
    },
  };
}

export function deadlineNear(): Hint {
  return {
    title: { en: 'Deadline soon: deliver, or ask for an extension now', ja: '納期間近：納品するか、今のうちに延長をお願いする' },
    detail: {
      en: 'Ask before the deadline, not after: apology, short facts, a new date, and what you can deliver meanwhile.',
      ja: '延長のお願いは納期の前にします。お詫び、簡潔な経緯、新しい納期案、それまでにできること（途中納品など）の順で伝えます。',
    },
  };
}

export function replyOwed(receivedDay: DayNumber): Hint {
  const date = dayToShortLabel(receivedDay);
  return {
    title: { en: `Reply to the client (they wrote on ${date})`, ja: `クライアントに返信する（${date}に連絡あり）` },
    detail: {
      en: 'The client is waiting for your answer. If you already replied, log it with “Log Message Sent”; if it needs no answer, set "expectsReply": false on their message.',
      ja: 'クライアントが返事を待っています。返信済みなら「送信したメッセージを記録」で記録し、返事が不要なメッセージなら "expectsReply": false にしてください。',
    },
  };
}

export function waitForEscrow(): Hint {
  return {
    title: { en: 'Wait for escrow before starting work', ja: '仮払いを待ってから作業を始める' },
    detail: {
      en: 'Until escrow is funded nothing protects your fee. (On CrowdWorks, asking for work before 仮払い is prohibited.)',
      ja: '仮払いが済むまでは、報酬が支払われる保証がありません（クラウドワークスでは、仮払い前に作業を求めることが禁止されています）。',
    },
  };
}

export function keepWorking(): Hint {
  return {
    title: { en: 'On track: keep working towards the deadline', ja: '順調：納期に向けて作業を進める' },
  };
}

export function waitingForAnswer(): Hint {
  return {
    title: { en: 'Waiting for the client’s answer', ja: 'クライアントの返事を待っています' },
    detail: {
      en: 'A short wait is normal. If there is still no answer by the due date, send a polite reminder.',
      ja: '少し待つのは普通のことです。期日までに返事がなければ、丁寧に催促しましょう。',
    },
  };
}

export function stepsFinished(): Hint {
  return {
    title: {
      en: 'All steps done: set the stage to Closed or Cancelled',
      ja: '手順はすべて完了：段階を「完了」か「キャンセル」にする',
    },
    detail: {
      en: 'The platform’s process has run its course. Record how the contract ended so it leaves your active list.',
      ja: 'プラットフォームの手続きは終わりました。契約の結果を記録して、進行中の一覧から外しましょう。',
    },
  };
}

export function agreeTermsFirst(): Hint {
  return {
    title: { en: 'Agree the terms in writing before starting', ja: '作業前に条件を書面で取り決める' },
    detail: {
      en: 'With no platform in between, written terms are your protection; for business clients in Japan the Freelance Act requires them.',
      ja: '間に立つプラットフォームがないので、書面での取り決めが頼りになります。事業者であるクライアントには、フリーランス・事業者間取引適正化等法で条件の明示が義務づけられています。',
    },
  };
}
