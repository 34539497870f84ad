import { SOURCES } from './sources';
import type { PlaybookStep } from './types';

/**
 * The road to payment when a client outside a platform does not pay: nobody holds the fee in escrow,
 * so the writer asks, then asks with a date, then demands in writing, then gets free help. Each step
 * is shown only while money is owed (`whileUnpaid`), and the law's own route only for
 * a client it binds. The courts are information, not a recommendation.
 */
export function unpaidSteps(platform: 'direct' | 'other'): PlaybookStep[] {
  return [paymentCheck, paymentReminder, formalDemand, freelance110, reportToAuthority, courtRoutes].map((make) => ({
    ...make(platform),
    whileUnpaid: true,
  }));
}

function paymentCheck(platform: string): PlaybookStep {
  return {
    id: `${platform}.paymentCheck`,
    title: { en: 'Check on the payment politely (the business day after the payment date)', ja: 'お支払いの状況を確認する（支払期日の翌営業日）' },
    detail: {
      en: 'If the money is not in by the payment date, ask on the next business day, assuming a mix-up: a transfer can take a day to show. When it arrives, log it under "invoice" → "payments".',
      ja: '支払期日までに入金がなければ、翌営業日に、行き違いを前提に丁寧に確認します。振込の反映が翌営業日になることもあります。入金があったら invoice の payments に記録します。',
    },
    due: { from: { payment: 'due' }, after: 1, unit: 'businessDays' },
    completion: { paymentMessages: 1 },
    verification: 'etiquette',
    sources: [SOURCES.etiquette],
    template: 'paymentCheck',
  };
}

function paymentReminder(platform: string): PlaybookStep {
  return {
    id: `${platform}.paymentReminder`,
    title: { en: 'Ask for payment by a date', ja: '期日を添えてお支払いをお願いする' },
    detail: {
      en: 'With no reply and no payment, write again with the invoice and a date about a week ahead, and ask at least for the day they plan to pay.',
      ja: '返信も入金もなければ、請求書の内容を添えて、1週間ほど先の期日を示してお願いします。支払いの予定日だけでも知らせてもらえるよう頼みます。',
    },
    due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
    completion: { paymentMessages: 2 },
    verification: 'etiquette',
    sources: [SOURCES.etiquette],
    template: 'paymentReminder',
  };
}

function formalDemand(platform: string): PlaybookStep {
  return {
    id: `${platform}.formalDemand`,
    title: { en: 'Send a formal written demand', ja: '書面で正式に請求する' },
    detail: {
      en: 'A letter that names the invoice, the amount, the original payment date and a final date. Keep a copy and log the day you sent it. The next, stronger form is 内容証明郵便 (certified-content mail: the post office certifies what was sent, to whom and when).',
      ja: '請求書、金額、当初の支払期日、最終の支払期日を明記した書面を送ります。控えを残し、送った日を記録します。次に強い手段は内容証明郵便です（いつ、誰に、どんな内容の文書を送ったかを郵便局が証明します）。',
    },
    due: { from: 'lastSent', after: 'actThreshold', unit: 'thresholdUnit' },
    completion: { channel: 'formalDemand' },
    verification: 'etiquette',
    sources: [SOURCES.etiquette],
    template: 'formalDemand',
  };
}

function freelance110(platform: string): PlaybookStep {
  return {
    id: `${platform}.freelance110`,
    title: { en: 'Consult フリーランス・トラブル110番 (free)', ja: 'フリーランス・トラブル110番に相談する（無料）' },
    detail: {
      en: 'A free helpline for freelancers, commissioned by 厚生労働省 (the labour ministry) and run by 第二東京弁護士会 (a Tokyo bar association). Lawyers answer by phone, email and web meeting, and it offers free mediation (和解あっせん). Export the contract timeline first: it is what they ask for.',
      ja: '厚生労働省の委託を受けて第二東京弁護士会が運営する、フリーランスのための無料の相談窓口です。電話・メール・Web面談で弁護士に相談でき、無料の和解あっせんも利用できます。相談の前に「契約の経緯」を書き出しておくと、話が早く進みます。',
    },
    due: { from: { channel: 'formalDemand' }, after: 7, unit: 'calendarDays' },
    completion: { manual: true },
    verification: 'publicInfo',
    sources: [SOURCES.freelance110Lawyer, SOURCES.freelance110Column, SOURCES.freelance110Overview],
    cap: 'act',
  };
}

function reportToAuthority(platform: string): PlaybookStep {
  return {
    id: `${platform}.reportToAuthority`,
    title: { en: 'Report the late payment to 公正取引委員会 or 中小企業庁', ja: '公正取引委員会または中小企業庁に申し出る' },
    detail: {
      en: 'A client with employees (or two or more officers) must pay within 60 days of receiving the work (Freelance Act, Art. 4). When it does not, you can report it to 公正取引委員会 (the Fair Trade Commission) or 中小企業庁 (the SME Agency). The Act protects a writer who has no employees.',
      ja: '従業員を使用する発注者（特定業務委託事業者）は、成果物の受領から60日以内に報酬を支払う必要があります（フリーランス・事業者間取引適正化等法 第4条）。支払われないときは、公正取引委員会または中小企業庁に申し出ることができます。保護の対象は、従業員を使用していないフリーランスです。',
    },
    due: { from: { channel: 'formalDemand' }, after: 7, unit: 'calendarDays' },
    completion: { manual: true },
    verification: 'official',
    sources: [SOURCES.freelanceAct1, SOURCES.freelanceAct2],
    clientKinds: ['withStaff'],
    cap: 'act',
  };
}

function courtRoutes(platform: string): PlaybookStep {
  return {
    id: `${platform}.courtRoutes`,
    title: { en: 'Know the court routes: 支払督促 and 少額訴訟 (information)', ja: '裁判所の手続を知っておく（支払督促・少額訴訟）' },
    detail: {
      en: 'For information. 支払督促 (a payment order): a summary court clerk orders payment on the papers alone; if the client objects, it becomes a lawsuit. 少額訴訟 (small claims): money claims of ¥600,000 or less, as a rule settled in one hearing. Both are filed, as a rule, at the summary court for the client’s address.',
      ja: '情報としてのご案内です。支払督促は、簡易裁判所の裁判所書記官が書類の審査だけで支払いを命じる手続で、相手が異議を申し立てると訴訟に移ります。少額訴訟は60万円以下の金銭の支払いを求める手続で、原則として1回の審理で終わります。どちらも原則として相手の住所地の簡易裁判所に申し立てます。',
    },
    completion: { manual: true },
    verification: 'publicInfo',
    sources: [SOURCES.courtPaymentOrder, SOURCES.courtSmallClaims],
    cap: 'ok',
  };
}
