import type { Localized } from '../../i18n';
import { SOURCES } from './sources';
import type { StepTexts } from '../types';
import { beforeEscrowTexts, politeReminderText, secondReminderText, WITHDRAW_OFF_PLATFORM } from './common';
import { lawTexts } from './law';
import { unpaidTexts } from './unpaid';

/** What the steps outside a platform (../direct.ts) say to read, and where each rule comes from. */
export function outsidePlatformTexts(platform: 'direct' | 'other'): StepTexts {
  return {
    ...beforeEscrowTexts(`${platform}.before`, [SOURCES.etiquette], WITHDRAW_OFF_PLATFORM),
    ...politeReminderText(`${platform}.working`),
    ...secondReminderText(`${platform}.working`, {
      en: 'Here: you will write formally by email about how to proceed.',
      ja: '直接の取引では、メールであらためて今後の扱いを相談する予定だと伝えます。',
    }),
    ...politeReminderText(`${platform}.delivered`),
    ...lawTexts(platform),
    ...unpaidTexts(platform),
  };
}

export const NOT_LEGAL_ADVICE: Localized = {
  en: 'The laws, help desks and court procedures named here are information, not legal advice. For your own case, ask a lawyer, for example at フリーランス・トラブル110番 (free).',
  ja: 'ここに挙げた法律・相談窓口・裁判所の手続は情報としてのご案内で、法的助言ではありません。個別の事情は、フリーランス・トラブル110番（無料）などで弁護士にご相談ください。',
};
