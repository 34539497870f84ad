import { beforeEscrowSteps, politeReminder, rateClient, secondReminder } from './common';
import { SOURCES } from './sources';
import type { Playbook } from './types';

/**
 * CrowdWorks follows the seed article's three situations. Where the seed and CrowdWorks' help
 * pages disagree, the help pages win (see `notes`).
 */
export const crowdworks: Playbook = {
  platform: 'crowdworks',
  // Etiquette says wait 2–3 business days before the first reminder; the operator also counts business days.
  silence: { watch: 2, act: 3, unit: 'businessDays' },
  situations: {
    beforeEscrow: beforeEscrowSteps('cw.before', [SOURCES.seed, SOURCES.cwGuide]),
    afterEscrow: [
      politeReminder('cw.escrow'),
      secondReminder('cw.escrow', {
        en: 'Here: you will ask CrowdWorks to help you reach them.',
        ja: 'クラウドワークスでは、事務局に相談する予定だと伝えます。',
      }),
      {
        id: 'cw.escrow.report',
        title: { en: 'Report to CrowdWorks that the client is unreachable', ja: '事務局に「連絡がとれない」と報告する' },
        detail: {
          en: 'On the contract page, use 「契約相手と連絡がとれない場合はこちら」. It works only while the contract is in progress.',
          ja: '契約詳細ページの「契約相手と連絡がとれない場合はこちら」から報告します。契約が進行中のときだけ使えます。',
        },
        due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
        completion: { channel: 'operatorReport' },
        verification: 'official',
        sources: [SOURCES.cwFaqReport, SOURCES.seed],
        template: 'operatorReport',
      },
      {
        id: 'cw.escrow.review',
        title: { en: 'CrowdWorks reviews the report', ja: '事務局が報告を確認する' },
        detail: {
          en: 'The review takes up to 2 business days. If approved, CrowdWorks contacts the client by email and notification; a reply is not guaranteed.',
          ja: '確認には最大2営業日かかります。承認されると、事務局がメールとサイト内の通知でクライアントに連絡を促します。ただし、返信があるとは限りません。',
        },
        due: { from: { channel: 'operatorReport' }, after: 2, unit: 'businessDays' },
        completion: { wait: true },
        verification: 'official',
        sources: [SOURCES.cwFaqReport],
      },
      {
        id: 'cw.escrow.terminate',
        title: { en: 'Send a mid-contract termination request', ja: '「契約途中終了リクエスト」を送る' },
        detail: {
          en: '契約一覧 → 契約詳細 → 「契約途中終了リクエスト」. A terminated contract counts as cancelled: the escrow goes back to the client and you are not paid. It ends the wait; it does not get you paid. The date is Contract Guard’s suggestion (2 business days of review plus 3 for the client to answer).',
          ja: '契約一覧から契約詳細を開き、「契約途中終了リクエスト」を送ります。途中終了はキャンセル扱いとなり、仮払いはクライアントに返金されます。待つ状態は終わりますが、報酬は受け取れません。期日は Contract Guard の目安です（事務局の確認に2営業日、クライアントの返信待ちに3営業日）。',
        },
        due: { from: { channel: 'operatorReport' }, after: 5, unit: 'businessDays' },
        completion: { channel: 'terminationRequest' },
        verification: 'official',
        sources: [SOURCES.cwFaqTermination, SOURCES.cwFaqReport],
        template: 'termination',
      },
      {
        id: 'cw.escrow.autoEnd',
        title: { en: 'Users report the contract ends a week after the request', ja: 'リクエストから1週間で契約が終了すると報告されています' },
        detail: {
          en: 'Reported by users: if the client neither agrees nor refuses, the request ends the contract after 7 days. A refusal cancels the request. CrowdWorks’ help pages give no day count.',
          ja: 'ユーザーからの報告によると、クライアントが承認も拒否もしなければ、7日後に契約が終了します。拒否された場合、リクエストは取り消されます。公式ヘルプに日数の記載はありません。',
        },
        due: { from: { channel: 'terminationRequest' }, after: 7, unit: 'calendarDays' },
        completion: { wait: true },
        verification: 'reportedByUsers',
        sources: [SOURCES.seed, SOURCES.cwTerminationWeek1, SOURCES.cwTerminationWeek2],
      },
    ],
    afterDelivery: [
      {
        ...politeReminder('cw.delivered'),
        title: { en: 'Ask politely for acceptance', ja: '丁寧に検収をお願いする' },
        detail: {
          en: 'Say what you delivered and where, ask 「ご検収のほどよろしくお願いいたします」, and invite revision requests.',
          ja: '何をどこに納品したかを示して「ご検収のほどよろしくお願いいたします」とお願いし、修正があれば対応すると添えます。',
        },
        template: 'acceptanceRequest',
      },
      {
        id: 'cw.delivered.guideline',
        title: { en: '7-day acceptance guideline', ja: '検収の目安は納品から7日' },
        detail: {
          en: 'CrowdWorks’ guideline for acceptance is 7 days after delivery.',
          ja: 'クラウドワークスでは、納品後7日が検収の目安です。',
        },
        due: { from: 'stageEntered', after: 7, unit: 'calendarDays' },
        completion: { wait: true },
        verification: 'official',
        sources: [SOURCES.cwFaqReport],
      },
      {
        id: 'cw.delivered.report',
        title: { en: 'Ask CrowdWorks to chase the client', ja: '事務局に催促を依頼する' },
        detail: {
          en: 'After 7 days, report through 「契約相手と連絡がとれない場合はこちら」 or the help center.',
          ja: '7日を過ぎたら、「契約相手と連絡がとれない場合はこちら」またはヘルプセンターから依頼します。',
        },
        due: { from: 'stageEntered', after: 7, unit: 'calendarDays' },
        completion: { channel: 'operatorReport' },
        verification: 'official',
        sources: [SOURCES.cwFaqReport, SOURCES.seed],
        template: 'operatorReport',
      },
      {
        id: 'cw.delivered.operatorAcceptance',
        title: { en: 'CrowdWorks may accept on the client’s behalf', ja: '事務局が代わりに検収することがある' },
        detail: {
          en: 'If the client stays silent after CrowdWorks’ contact, CrowdWorks considers doing the acceptance itself under its terms. It is a possibility, not a promise, and no day count is given. (The seed article says it always happens; the help page is more careful, and Contract Guard follows the help page.)',
          ja: '事務局からの連絡後も応答がなければ、規約に基づき事務局が検収を検討します。可能性であって約束ではなく、日数の定めもありません（元記事は必ず検収されると書いていますが、Contract Guard は公式ヘルプに従います）。',
        },
        completion: { manual: true },
        verification: 'official',
        sources: [SOURCES.cwFaqTermination, SOURCES.seed],
      },
    ],
    afterAcceptance: [
      rateClient(
        'cw.accepted',
        {
          en: 'Ratings open after acceptance and can be given for 1 month. They cannot be edited.',
          ja: '評価は検収後に可能になり、1か月間つけられます。あとから変更はできません。',
        },
        [SOURCES.cwGuide],
      ),
    ],
  },
  notes: [
    {
      en: 'The seed says termination ends the contract after a week and that CrowdWorks then accepts your delivery. CrowdWorks’ help pages say termination returns the escrow to the client, and that operator acceptance is only considered. Contract Guard follows the help pages.',
      ja: '元記事は「途中終了リクエストから1週間で終了する」「事務局が検収してくれる」としていますが、公式ヘルプでは、途中終了すると仮払いはクライアントに返金され、事務局による検収も「検討する」にとどまります。Contract Guard は公式ヘルプに従います。',
    },
  ],
};
