import type { Localized } from '../../i18n';
import type { HintId } from '../../statusHints';

/** The details of the next-step hints that are not playbook steps (../../statusHints.ts), by hint. */
export const HINT_DETAILS: Readonly<Partial<Record<HintId, Localized>>> = {
  deadlinePassed: {
    en: 'Deliver now, or apologise, give the facts and propose a new date. Going silent yourself costs a 1-star rating and the fee.',
    ja: 'すぐに納品するか、お詫びと経緯、新しい納期案を伝えます。こちらが連絡を絶つと、★1の評価を受けたり、報酬を受け取れなかったりするおそれがあります。',
  },
  deadlineNear: {
    en: 'Ask before the deadline, not after: apology, short facts, a new date, and what you can deliver meanwhile.',
    ja: '納期の前にお願いします。お詫び、簡潔な経緯、新しい納期の案、それまでにできること（途中までの納品など）の順に伝えます。',
  },
  replyOwed: {
    en: 'The client is waiting for your answer. If you already replied, log it with “Log Message Sent”; if it needs no answer, set "expectsReply": false on their message.',
    ja: 'クライアントが返事を待っています。返信済みなら「送信したメッセージを記録」で記録し、返事が不要なメッセージなら "expectsReply": false にしてください。',
  },
  waitForEscrow: {
    en: 'Until escrow is funded nothing protects your fee. (On CrowdWorks, asking for work before 仮払い is prohibited.)',
    ja: '仮払いが済むまでは、報酬が支払われる保証がありません（クラウドワークスでは、仮払い前に作業を求めることが禁止されています）。',
  },
  waitingForAnswer: {
    en: 'A short wait is normal. If there is still no answer by the due date, send a polite reminder.',
    ja: '少し待つのは普通のことです。期日までに返事がなければ、丁寧に催促しましょう。',
  },
  stepsFinished: {
    en: 'The platform’s process has run its course. Record how the contract ended so it leaves your active list.',
    ja: 'プラットフォームの手続きは終わりました。契約の結果を記録して、進行中の一覧から外しましょう。',
  },
  agreeTermsFirst: {
    en: 'With no platform in between, written terms are your protection. In Japan the Freelance Act (Art. 3) requires every client to state the work, the fee and the payment date in writing; it protects freelancers with no employees.',
    ja: '間にプラットフォームがない分、書面の取り決めが頼りになります。業務の内容、報酬の額、支払期日を書面やメールで示すことは、従業員の有無にかかわらず、すべての発注者の義務です（フリーランス・事業者間取引適正化等法 第3条。守られるのは、従業員を使用していないフリーランスです）。',
  },
};
