import { SOURCES } from './sources';
import type { Localized } from '../../i18n';
import type { StepTexts } from '../types';
import { beforeEscrowTexts, politeReminderText, rateClientText, secondReminderText } from './common';

/** What the CrowdWorks steps (../crowdworks.ts) say to read, and where each rule comes from. */
export const crowdworksTexts: StepTexts = {
  ...beforeEscrowTexts('cw.before', [SOURCES.seed, SOURCES.cwGuide]),
  ...politeReminderText('cw.escrow'),
  ...secondReminderText('cw.escrow', {
    en: 'Here: you will ask CrowdWorks to help you reach them.',
    ja: 'クラウドワークスでは、事務局に相談する予定だと伝えます。',
  }),
  'cw.escrow.report': {
    detail: {
      en: 'On the contract page, use 「契約相手と連絡がとれない場合はこちら」. It works only while the contract is in progress.',
      ja: '契約詳細ページの「契約相手と連絡がとれない場合はこちら」から報告します。契約が進行中のときだけ使えます。',
    },
    sources: [SOURCES.cwFaqReport, SOURCES.seed],
  },
  'cw.escrow.review': {
    detail: {
      en: 'The review takes up to 2 business days. If approved, CrowdWorks contacts the client by email and notification; a reply is not guaranteed.',
      ja: '確認には最大2営業日かかります。承認されると、事務局がメールとサイト内の通知でクライアントに連絡を促します。ただし、返信があるとは限りません。',
    },
    sources: [SOURCES.cwFaqReport],
  },
  'cw.escrow.terminate': {
    detail: {
      en: '契約一覧 → 契約詳細 → 「契約途中終了リクエスト」. A terminated contract counts as cancelled: the escrow goes back to the client and you are not paid. It ends the wait; it does not get you paid. The date is Contract Guard’s suggestion (2 business days of review plus 3 for the client to answer).',
      ja: '契約一覧から契約詳細を開き、「契約途中終了リクエスト」を送ります。途中終了はキャンセル扱いとなり、仮払いはクライアントに返金されます。待つ状態は終わりますが、報酬は受け取れません。期日は Contract Guard の目安です（事務局の確認に2営業日、クライアントの返信待ちに3営業日）。',
    },
    sources: [SOURCES.cwFaqTermination, SOURCES.cwFaqReport],
  },
  'cw.escrow.autoEnd': {
    detail: {
      en: 'Reported by users: if the client neither agrees nor refuses, the request ends the contract after 7 days. A refusal cancels the request. CrowdWorks’ help pages give no day count.',
      ja: 'ユーザーからの報告によると、クライアントが承認も拒否もしなければ、7日後に契約が終了します。拒否された場合、リクエストは取り消されます。公式ヘルプに日数の記載はありません。',
    },
    sources: [SOURCES.seed, SOURCES.cwTerminationWeek1, SOURCES.cwTerminationWeek2],
  },
  ...politeReminderText('cw.delivered', {
    en: 'Say what you delivered and where, ask 「ご検収のほどよろしくお願いいたします」, and invite revision requests.',
    ja: '何をどこに納品したかを示して「ご検収のほどよろしくお願いいたします」とお願いし、修正があれば対応すると添えます。',
  }),
  'cw.delivered.guideline': {
    detail: {
      en: 'CrowdWorks’ guideline for acceptance is 7 days after delivery.',
      ja: 'クラウドワークスでは、納品後7日が検収の目安です。',
    },
    sources: [SOURCES.cwFaqReport],
  },
  'cw.delivered.report': {
    detail: {
      en: 'After 7 days, report through 「契約相手と連絡がとれない場合はこちら」 or the help center.',
      ja: '7日を過ぎたら、「契約相手と連絡がとれない場合はこちら」またはヘルプセンターから依頼します。',
    },
    sources: [SOURCES.cwFaqReport, SOURCES.seed],
  },
  'cw.delivered.operatorAcceptance': {
    detail: {
      en: 'If the client stays silent after CrowdWorks’ contact, CrowdWorks considers doing the acceptance itself under its terms. It is a possibility, not a promise, and no day count is given. (The seed article says it always happens; the help page is more careful, and Contract Guard follows the help page.)',
      ja: '事務局からの連絡後も応答がなければ、規約に基づき事務局が検収を検討します。可能性であって約束ではなく、日数の定めもありません（元記事は必ず検収されると書いていますが、Contract Guard は公式ヘルプに従います）。',
    },
    sources: [SOURCES.cwFaqTermination, SOURCES.seed],
  },
  ...rateClientText(
    'cw.accepted',
    {
      en: 'Ratings open after acceptance and can be given for 1 month. They cannot be edited.',
      ja: '評価は検収後に可能になり、1か月間つけられます。あとから変更はできません。',
    },
    [SOURCES.cwGuide],
  ),
};

/** Where the seed article and CrowdWorks' own pages disagree, which one this follows and why. */
export const crowdworksNotes: readonly Localized[] = [
  {
    en: 'The seed says termination ends the contract after a week and that CrowdWorks then accepts your delivery. CrowdWorks’ help pages say termination returns the escrow to the client, and that operator acceptance is only considered. Contract Guard follows the help pages.',
    ja: '元記事は「途中終了リクエストから1週間で終了する」「事務局が検収してくれる」としていますが、公式ヘルプでは、途中終了すると仮払いはクライアントに返金され、事務局による検収も「検討する」にとどまります。Contract Guard は公式ヘルプに従います。',
  },
];
