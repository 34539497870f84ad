import type { Localized } from '../i18n';

/**
 * The three payment messages for a client outside a platform, in our own words. The check and the
 * reminder follow the etiquette notes (assume a mix-up, one request with a date); the formal demand
 * is a letter: it states the facts, the amount and a final date, and names the next step plainly.
 */
export const PAYMENT_BODIES: Readonly<Record<'paymentCheck' | 'paymentReminder' | 'formalDemand', Localized>> = {
  paymentCheck: {
    ja: `{{client}}

お世話になっております。{{writerName}}です。
「{{title}}」のご請求の件でご連絡いたしました。

{{#invoiceDate}}{{invoiceDate}}に{{/invoiceDate}}お送りした請求書{{#amountDue}}（ご請求金額 {{amountDue}}）{{/amountDue}}について、{{#paymentDate}}お支払期日の{{paymentDate}}を過ぎましたが、{{/paymentDate}}本日時点で入金を確認できておりません。
お忙しいところ恐縮ですが、お手続きの状況をお知らせいただけますでしょうか。

行き違いですでにお手続きいただいておりましたら、何卒ご容赦ください。

引き続きよろしくお願いいたします。

{{signature}}
`,
    en: `Dear {{client}},

I hope you are well. I am writing about the invoice for "{{title}}".

The invoice I sent{{#invoiceDate}} on {{invoiceDate}}{{/invoiceDate}}{{#amountDue}} ({{amountDue}}){{/amountDue}}{{#paymentDate}}, payable by {{paymentDate}},{{/paymentDate}} does not show as paid on my side yet.
Could you let me know where the payment stands?

If it is already on its way, or our messages have crossed, please disregard this note.

Thank you, and best regards,

{{signature}}
`,
  },
  paymentReminder: {
    ja: `{{client}}

お世話になっております。{{writerName}}です。
「{{title}}」のご請求について、重ねてのご連絡失礼いたします。

{{#invoiceDate}}{{invoiceDate}}付の{{/invoiceDate}}請求書{{#amountDue}}（ご請求金額 {{amountDue}}）{{/amountDue}}は、お支払期日{{#paymentDate}}の{{paymentDate}}{{/paymentDate}}を過ぎておりますが、現時点で入金を確認できておりません。
お手数をおかけいたしますが、{{payBy}}までにお振込みいただけますでしょうか。
ご事情がおありの場合は、お支払いの予定日だけでもお知らせいただけますと幸いです。

行き違いでお支払いいただいておりましたら、ご容赦ください。
何卒よろしくお願いいたします。

{{signature}}
`,
    en: `Dear {{client}},

I am following up on the invoice for "{{title}}".

The invoice{{#invoiceDate}} of {{invoiceDate}}{{/invoiceDate}}{{#amountDue}} ({{amountDue}}){{/amountDue}} was due{{#paymentDate}} on {{paymentDate}}{{/paymentDate}}, and I have not received the payment yet.
Could you please make the transfer by {{payBy}}?
If something is holding it up, a word on when you expect to pay would help me a great deal.

If the payment has already been made, please accept my apologies for this reminder.

Best regards,

{{signature}}
`,
  },
  formalDemand: {
    ja: `{{client}}

「{{title}}」の報酬のお支払いについて（ご請求）

平素より大変お世話になっております。{{writerName}}です。
{{#invoiceDate}}{{invoiceDate}}付の{{/invoiceDate}}請求書{{#invoiceNumber}}（{{invoiceNumber}}）{{/invoiceNumber}}にてご請求いたしました下記の報酬について、お支払期日{{#paymentDate}}の{{paymentDate}}{{/paymentDate}}を過ぎた現在も、お支払いを確認できておりません。
{{unansweredDates}}にもご連絡を差し上げましたが、ご回答をいただけていない状況です。

つきましては、下記の金額を{{finalPaymentDate}}までにお支払いくださいますよう、本書面をもってご請求いたします。

記
・案件名：{{title}}
{{#invoiceDate}}
・請求書：{{invoiceDate}}付{{#invoiceNumber}}（{{invoiceNumber}}）{{/invoiceNumber}}
{{/invoiceDate}}
{{#amountDue}}
・ご請求金額：{{amountDue}}
{{/amountDue}}
{{#paymentDate}}
・当初のお支払期日：{{paymentDate}}
{{/paymentDate}}
・最終のお支払期日：{{finalPaymentDate}}
以上

上記の期日までにお支払いもご連絡もいただけない場合は、内容証明郵便によるご請求など、次の手続きに進みます。
本書面と行き違いにお支払いいただいておりましたら、ご容赦ください。
何卒よろしくお願いいたします。

{{today}}
{{signature}}
`,
    en: `{{client}}

Formal demand for payment: "{{title}}"

This is {{writerName}}. The fee invoiced{{#invoiceDate}} on {{invoiceDate}}{{/invoiceDate}}{{#invoiceNumber}} (invoice {{invoiceNumber}}){{/invoiceNumber}} was due{{#paymentDate}} on {{paymentDate}}{{/paymentDate}} and remains unpaid. I wrote about it on {{unansweredDates}} and have had no answer.

I therefore ask you, by this letter, to pay the amount below by {{finalPaymentDate}}.

- Job: {{title}}
{{#invoiceDate}}
- Invoice: {{#invoiceNumber}}{{invoiceNumber}} of {{/invoiceNumber}}{{invoiceDate}}
{{/invoiceDate}}
{{#amountDue}}
- Amount due: {{amountDue}}
{{/amountDue}}
{{#paymentDate}}
- Original payment date: {{paymentDate}}
{{/paymentDate}}
- Final payment date: {{finalPaymentDate}}

If I receive neither the payment nor a reply by that date, I will take the next step, starting with a demand by certified-content mail (内容証明郵便).
If the payment has crossed with this letter, please disregard it.

{{today}}
{{signature}}
`,
  },
};
