import { pick, type Locale } from '../i18n';
import { isOffPlatform } from '../labels';
import type { ContractStatus } from '../status';

/** The contract's situation in one sentence, in the seed article's terms: 「仮払い後に連絡が途絶えています（7日）」. */
export function situationSentence(status: ContractStatus, locale: Locale): string {
  const days = status.silentDays;
  const silent = days !== undefined && days > 0;
  // Off a platform no escrow is funded: the same two situations are said by the work instead.
  const offPlatform = isOffPlatform(status.contract.platform);
  switch (status.situation) {
    case 'beforeEscrow':
      if (offPlatform) {
        return silent
          ? pick({ en: `No answer for ${days} days, before the work started.`, ja: `着手前に連絡が途絶えています（${days}日）` }, locale)
          : pick({ en: 'The work has not started yet.', ja: '着手前です。' }, locale);
      }
      return silent
        ? pick({ en: `No answer for ${days} days, before escrow: nothing is at risk.`, ja: `仮払い前に連絡が途絶えています（${days}日）` }, locale)
        : pick({ en: 'Before escrow: nothing is at risk yet. Do not start work.', ja: '仮払い前です。まだ作業は始めないでください。' }, locale);
    case 'afterEscrow':
      if (offPlatform) {
        return silent
          ? pick({ en: `The client has been silent for ${days} days while you work.`, ja: `作業中に連絡が途絶えています（${days}日）` }, locale)
          : pick({ en: 'Work is under way and the client is answering.', ja: '作業中で、やり取りは続いています。' }, locale);
      }
      return silent
        ? pick({ en: `The client has been silent for ${days} days after escrow.`, ja: `仮払い後に連絡が途絶えています（${days}日）` }, locale)
        : pick({ en: 'Escrow is funded and the client is answering.', ja: '仮払い済みで、やり取りは続いています。' }, locale);
    case 'afterDelivery':
      return silent
        ? pick({ en: `The client has been silent for ${days} days after delivery.`, ja: `納品後に連絡が途絶えています（${days}日）` }, locale)
        : pick({ en: 'Delivered: waiting for acceptance.', ja: '納品済みで、検収を待っています。' }, locale);
    case 'afterAcceptance':
      return pick({ en: 'Accepted: the work is done.', ja: '検収が完了しています。' }, locale);
    default:
      return pick({ en: 'This contract has ended.', ja: 'この契約は終了しています。' }, locale);
  }
}
