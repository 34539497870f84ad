import { dayToShortLabel, type DayNumber } from './dates';
import type { Localized } from './i18n';

/** Next-step texts that are not playbook steps: the writer's own obligations and quiet times. */
interface Hint {
  readonly title: Localized;
  readonly detail?: Localized;
}

export function deadlinePassed(): Hint {
  return {
    title: { en: 'Deadline passed: write to the client today', ja: '納期を過ぎたので、今日中にクライアントへ連絡する' },
    detail: {
      en: 'Deliver now, or apologise, give the facts and propose a new date. Going silent yourself costs a 1-star rating and the fee.',
      ja: 'すぐに納品するか、お詫びと経緯、新しい納期案を伝えます。こちらが連絡を絶つと、★1の評価を受けたり、報酬を受け取れなかったりするおそれがあります。',
    },
  };
}

export function deadlineNear(): Hint {
  return {
    title: { en: 'Deadline soon: deliver, or ask for an extension now', ja: '納期が近いので、納品するか、今のうちに延長をお願いする' },
    detail: {
      en: 'Ask before the deadline, not after: apology, short facts, a new date, and what you can deliver meanwhile.',
      ja: '納期の前にお願いします。お詫び、簡潔な経緯、新しい納期の案、それまでにできること（途中までの納品など）の順に伝えます。',
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
    title: { en: 'On track: keep working towards the deadline', ja: '順調なので、納期に向けて作業を進める' },
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
      ja: 'すべての手順を終えたので、段階を「完了」か「キャンセル」にする',
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
      en: 'With no platform in between, written terms are your protection. In Japan the Freelance Act (Art. 3) requires every client to state the work, the fee and the payment date in writing; it protects freelancers with no employees.',
      ja: '間にプラットフォームがない分、書面の取り決めが頼りになります。業務の内容、報酬の額、支払期日を書面やメールで示すことは、従業員の有無にかかわらず、すべての発注者の義務です（フリーランス・事業者間取引適正化等法 第3条。守られるのは、従業員を使用していないフリーランスです）。',
    },
  };
}
