/**
 * The built-in messages in Japanese business register, following the etiquette notes: reply in the
 * thread, open with お世話になっております, never accuse (assume a message crossed), cushion words,
 * one concrete request with a date, close with よろしくお願いいたします. Our own text.
 *
 * A body shared by every platform names no platform's own term: those come from the playbook's
 * words through placeholders ({{operator}}, {{endRequest}}, {{acceptance}}…). Sections
 * ({{#name}}…{{/name}}) hold the sentences that are true only when a value exists or at one stage.
 */
export const JA_BODIES = {
  reminder: `{{client}}

お世話になっております。{{writerName}}です。
「{{title}}」の件で{{#firstUnansweredDate}}{{firstUnansweredDate}}に{{/firstUnansweredDate}}お送りしたメッセージについて、ご確認いただけておりますでしょうか。

お忙しいところ恐縮ですが、お手すきの際にご返信いただけますと幸いです。
行き違いでご連絡をいただいておりましたら、何卒ご容赦ください。

引き続きよろしくお願いいたします。

{{signature}}
`,
  reminder2: `{{client}}

お世話になっております。{{writerName}}です。
「{{title}}」の件で、重ねてのご連絡失礼いたします。

{{#unansweredDates}}
{{unansweredDates}}にメッセージをお送りしておりますが、現時点でご返信を確認できておりません。
{{/unansweredDates}}
今後の進め方をご相談したく、お手数ですが{{replyBy}}までにご返信をいただけますでしょうか。
{{#ifNoReply}}
なお、それまでにご連絡をいただけない場合は、{{ifNoReply}}。
{{/ifNoReply}}
行き違いでご連絡をいただいておりましたら、何卒ご容赦ください。

どうぞよろしくお願いいたします。

{{signature}}
`,
  operatorReport: `{{#operator}}
{{operator}} ご担当者様

{{/operator}}
お世話になっております。{{writerName}}です。
下記の契約について、契約相手と連絡がとれない状況のため、ご報告いたします。

【案件名】{{title}}
{{#contractUrl}}
【契約ページ】{{contractUrl}}
{{/contractUrl}}
【契約相手】{{clientName}}
{{#deadline}}
【納期】{{deadline}}
{{/deadline}}
{{#deliveryDate}}
【納品日】{{deliveryDate}}
{{/deliveryDate}}

【経緯】
{{#lastReplyDate}}
・契約相手から最後に連絡があった日：{{lastReplyDate}}
{{/lastReplyDate}}
{{#unansweredDates}}
・返信をいただけていない当方のメッセージの送信日：{{unansweredDates}}
{{/unansweredDates}}
{{#silentDays}}
・最後の連絡からの経過日数：{{silentDays}}日
{{/silentDays}}

上記のとおりメッセージをお送りしておりますが、ご返信がなく、業務の進め方を確認できない状況です。
お手数をおかけいたしますが、契約相手に連絡を促していただけますでしょうか。
どうぞよろしくお願いいたします。

{{signature}}
`,
  termination: `{{client}}

お世話になっております。{{writerName}}です。
「{{title}}」の件でご連絡いたします。

{{#unansweredDates}}
{{unansweredDates}}にメッセージをお送りしましたが、その後のご連絡を確認できておりません。
{{/unansweredDates}}
{{#operatorReportDate}}
{{operatorReportDate}}には、{{operator}}を通じてご連絡をお願いいたしました。
{{/operatorReportDate}}

誠に残念ではございますが、このままでは業務を続けることが難しいため、{{#terminationDate}}{{terminationDate}}に{{/terminationDate}}{{endRequest}}をお送りいたします。
{{#endEffect}}
{{endEffect}}
{{/endEffect}}
お手数ですが、内容をご確認のうえ、ご対応いただけますと幸いです。

これまでご依頼いただき、ありがとうございました。行き違いでご連絡をいただいておりましたら、何卒ご容赦ください。

{{signature}}
`,
  cancellation: `{{client}}

お世話になっております。{{writerName}}です。
「{{title}}」のキャンセルについてご連絡いたします。

{{#unansweredDates}}
{{unansweredDates}}にトークルームでメッセージをお送りしましたが、お伝えした期限までにご返信を確認できませんでした。
{{/unansweredDates}}
{{^unansweredDates}}
先日お伝えした期限までに、ご返信を確認できませんでした。
{{/unansweredDates}}

誠に残念ではございますが、このままではお取引を続けることが難しいため、{{#terminationDate}}{{terminationDate}}に{{/terminationDate}}キャンセルリクエストをお送りいたします。
キャンセルが成立すると、お支払いいただいた代金は返金されます。
お手数ですが、トークルームでリクエストの内容をご確認いただけますと幸いです。

このたびはご購入いただき、ありがとうございました。行き違いでご連絡をいただいておりましたら、何卒ご容赦ください。

{{signature}}
`,
  acceptanceRequest: `{{client}}

お世話になっております。{{writerName}}です。
{{#deliveryDate}}{{deliveryDate}}に{{/deliveryDate}}「{{title}}」を納品いたしました。
{{#deliveryPlace}}
納品物は{{deliveryPlace}}{{#contractUrl}}（{{contractUrl}}）{{/contractUrl}}でご確認いただけます。
{{/deliveryPlace}}

お忙しいところ恐縮ですが、内容をご確認のうえ、{{acceptance}}のほどよろしくお願いいたします。
修正のご希望がございましたら、どうぞお気軽にお申し付けください。

引き続きよろしくお願いいたします。

{{signature}}
`,
  extensionRequest: `{{client}}

お世話になっております。{{writerName}}です。
「{{title}}」の納期について、ご相談させてください。

誠に申し訳ございませんが、{{reason}}のため、{{#deadline}}お約束の{{deadline}}までに{{/deadline}}{{^deadline}}お約束の納期までに{{/deadline}}納品することが難しい状況です。
勝手なお願いで恐縮ですが、納期を{{newDeadline}}まで延ばしていただくことは可能でしょうか。

それまでの間、書き上がっている部分から先にお送りすることもできますので、ご希望でしたらお申し付けください。
ご迷惑をおかけし、誠に申し訳ございません。ご検討のほど、よろしくお願いいたします。

{{signature}}
`,
  withdrawal: `{{client}}

お世話になっております。{{writerName}}です。
このたびは「{{title}}」{{#applied}}の件でご検討いただき{{/applied}}{{^applied}}をご依頼いただき{{/applied}}、誠にありがとうございます。

大変恐縮ではございますが、{{reason}}のため、今回のお仕事は辞退させていただきたく、ご連絡いたしました。
ご期待に沿えず、申し訳ございません。

またご縁がございましたら、その際はどうぞよろしくお願いいたします。

{{signature}}
`,
  resumeThanks: `{{client}}

お世話になっております。{{writerName}}です。
「{{title}}」の件でご返信いただき、ありがとうございます。

{{#contracted}}
{{#escrow}}
恐れ入りますが、{{escrow}}のご予定をお知らせいただけますでしょうか。確認でき次第、作業に取りかかります。
{{/escrow}}
{{^escrow}}
念のため、業務の内容・報酬の額・お支払い日をメールでお知らせいただけますでしょうか。確認でき次第、作業に取りかかります。
{{/escrow}}
{{/contracted}}
{{#escrowFunded}}
あらためて、今後の進め方を確認させてください。
{{#deadline}}
納期は{{deadline}}のままでよろしいでしょうか。差し支えなければ、このまま作業を進めてまいります。
{{/deadline}}
{{^deadline}}
納期のご希望に変わりがないか、お知らせいただけますと幸いです。その間も作業は進めてまいります。
{{/deadline}}
{{/escrowFunded}}
{{#delivered}}
お送りした納品物について、ご確認の状況はいかがでしょうか。
修正のご希望がございましたら、お気軽にお申し付けください。問題がなければ、{{acceptance}}のほどよろしくお願いいたします。
{{/delivered}}

引き続きよろしくお願いいたします。

{{signature}}
`,
} as const;
