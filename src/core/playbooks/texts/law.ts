import type { Localized } from '../../i18n';
import { SOURCES } from './sources';
import type { StepTexts } from '../types';

/** What the law's steps (../law.ts) say to read, and where each rule comes from. */

const PAYMENT: Localized = {
  en: 'Freelance Act: only a client with staff (employees or 2+ officers) must pay within 60 days of receiving the work (Art. 4) and, on contracts of a month or more, may not refuse it, cut the fee or return it (Art. 5). Unsure? Set client.kind.',
  ja: 'フリーランス・事業者間取引適正化等法（特定受託事業者に係る取引の適正化等に関する法律）で受領から60日以内の支払いが義務となるのは、従業員を使用する発注者（役員2人以上の法人を含む）だけです（第4条）。この発注者は、1か月以上の契約では受領拒否・減額・返品も禁止されています（第5条）。発注者がどちらにあたるかは client.kind に記録してください。',
};

const NOTICE: Localized = {
  en: 'A client with staff that ends or does not renew a contract of 6 months or more must give 30 days’ notice (Art. 16).',
  ja: '従業員を使用する発注者は、6か月以上の契約を解除・不更新とする30日前までに予告が必要です（第16条）。',
};

const SCOPE = [SOURCES.freelanceActText, SOURCES.freelanceActScope];

export function lawTexts(platform: string): StepTexts {
  return {
    [`${platform}.paymentDue`]: { detail: PAYMENT, sources: SCOPE },
    [`${platform}.paymentDue.ifStaff`]: { detail: PAYMENT, sources: SCOPE },
    [`${platform}.paymentAgreed`]: {
      detail: {
        en: 'No 60-day rule for a client without staff (Art. 4), but every client must give the fee and the payment date in writing (Art. 3).',
        ja: '従業員のいない発注者に60日の定めはありませんが、報酬と支払期日の書面での明示はどの発注者にも義務です（第3条）。',
      },
      sources: [SOURCES.freelanceActText, SOURCES.freelanceActArt3],
    },
    [`${platform}.noticeBeforeEnd`]: { detail: NOTICE, sources: SCOPE },
  };
}
