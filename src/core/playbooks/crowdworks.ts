import { beforeEscrowSteps, politeReminder, rateClient, secondReminder } from './common';
import type { Playbook } from './types';

/**
 * CrowdWorks follows the seed article's three situations. Where the seed and CrowdWorks' help
 * pages disagree, the help pages win (see the notes in texts/crowdworks.ts).
 */
export const crowdworks: Playbook = {
  platform: 'crowdworks',
  // Etiquette says wait 2–3 business days before the first reminder; the operator also counts business days.
  silence: { watch: 2, act: 3, unit: 'businessDays' },
  situations: {
    beforeEscrow: beforeEscrowSteps('cw.before'),
    afterEscrow: [
      politeReminder('cw.escrow'),
      secondReminder('cw.escrow'),
      {
        id: 'cw.escrow.report',
        title: { en: 'Report to CrowdWorks that the client is unreachable', ja: '事務局に「連絡がとれない」と報告する' },
        due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
        completion: { channel: 'operatorReport' },
        verification: 'official',
        template: 'operatorReport',
      },
      {
        id: 'cw.escrow.review',
        title: { en: 'CrowdWorks reviews the report', ja: '事務局が報告を確認する' },
        due: { from: { channel: 'operatorReport' }, after: 2, unit: 'businessDays' },
        completion: { wait: true },
        verification: 'official',
      },
      {
        id: 'cw.escrow.terminate',
        title: { en: 'Send a mid-contract termination request', ja: '「契約途中終了リクエスト」を送る' },
        due: { from: { channel: 'operatorReport' }, after: 5, unit: 'businessDays' },
        completion: { channel: 'terminationRequest' },
        verification: 'official',
        template: 'termination',
      },
      {
        id: 'cw.escrow.autoEnd',
        title: {
          en: 'Users report the contract ends a week after the request',
          ja: 'リクエストから1週間で契約が終了すると報告されています',
        },
        due: { from: { channel: 'terminationRequest' }, after: 7, unit: 'calendarDays' },
        completion: { wait: true },
        verification: 'reportedByUsers',
      },
    ],
    afterDelivery: [
      {
        ...politeReminder('cw.delivered'),
        title: { en: 'Ask politely for acceptance', ja: '丁寧に検収をお願いする' },
        template: 'acceptanceRequest',
      },
      {
        id: 'cw.delivered.guideline',
        title: { en: '7-day acceptance guideline', ja: '検収の目安は納品から7日' },
        due: { from: 'stageEntered', after: 7, unit: 'calendarDays' },
        completion: { wait: true },
        verification: 'official',
      },
      {
        id: 'cw.delivered.report',
        title: { en: 'Ask CrowdWorks to chase the client', ja: '事務局に催促を依頼する' },
        due: { from: 'stageEntered', after: 7, unit: 'calendarDays' },
        completion: { channel: 'operatorReport' },
        verification: 'official',
        template: 'operatorReport',
      },
      {
        id: 'cw.delivered.operatorAcceptance',
        title: { en: 'CrowdWorks may accept on the client’s behalf', ja: '事務局が代わりに検収することがある' },
        completion: { manual: true },
        verification: 'official',
      },
    ],
    afterAcceptance: [rateClient('cw.accepted')],
  },
};
