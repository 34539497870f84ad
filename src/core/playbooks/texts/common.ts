import type { Localized } from '../../i18n';
import { SOURCES } from './sources';
import type { StepTexts } from '../types';

/** The texts of the steps every platform shares (see ../common.ts), by the same prefixes. */

const REMIND: Localized = {
  en: 'Reply in the same thread, assume the message was missed, and ask for one concrete thing by a date.',
  ja: '同じやり取りの中で返信します。見落とされている前提で書き（「行き違いでしたらご容赦ください」など）、お願いは期日を添えて一つに絞ります。',
};

export function politeReminderText(prefix: string, detail: Localized = REMIND): StepTexts {
  return { [`${prefix}.remind`]: { detail, sources: [SOURCES.etiquette] } };
}

/** `escalation` is a whole sentence: what this platform's writer says will follow the date. */
export function secondReminderText(prefix: string, escalation: Localized): StepTexts {
  return {
    [`${prefix}.remind2`]: {
      detail: {
        en: `Name a reply-by date, and say gently what you will do after it. ${escalation.en}`,
        ja: `返信の期日を示し、その後どうするかを穏やかに伝えます。${escalation.ja}`,
      },
      sources: [SOURCES.etiquette],
    },
  };
}

const WITHDRAW_ON_PLATFORM: Localized = {
  en: 'No escrow is funded, so nothing is lost. Do not start work before escrow. To end it cleanly, withdraw with thanks.',
  ja: '仮払い前なので、この時点で報酬が失われることはありません。作業は仮払いを確認してから始めます。やり取りを終えたい場合は、お礼を添えて応募を辞退します。',
};

export const WITHDRAW_OFF_PLATFORM: Localized = {
  en: 'Nothing has started, so nothing is lost. To end it cleanly, write that you will not take the job, with thanks.',
  ja: 'まだ作業を始めていなければ、報酬が失われることはありません。やり取りを終えたい場合は、お礼を添えてお断りの連絡をします。',
};

export function beforeEscrowTexts(
  prefix: string,
  sources: readonly string[],
  withdraw: Localized = WITHDRAW_ON_PLATFORM,
): StepTexts {
  return {
    [`${prefix}.withdraw`]: { detail: withdraw, sources },
    ...politeReminderText(prefix, {
      en: 'Only if you still want the job. Nothing is lost if you do not.',
      ja: 'どうしても受けたい仕事であれば送ります。送らなくても不利益はありません。',
    }),
  };
}

export function rateClientText(prefix: string, detail: Localized, sources: readonly string[]): StepTexts {
  return { [`${prefix}.rate`]: { detail, sources } };
}

export function markAcceptedText(prefix: string, sources: readonly string[]): StepTexts {
  return {
    [`${prefix}.markAccepted`]: {
      detail: {
        en: 'The approval period is over, so the delivery counts as approved. Check that the payment arrived, then set the stage.',
        ja: '承認の期間を過ぎたため、納品は承認された扱いになります。入金を確認してから段階を変更してください。',
      },
      sources,
    },
  };
}
