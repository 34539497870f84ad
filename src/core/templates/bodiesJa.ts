/**
 * The built-in messages in Japanese business register, following the etiquette notes: reply in the
 * thread, open with お世話になっております, never accuse (assume a message crossed), cushion words,
 * one concrete request with a date, close with よろしくお願いいたします. Our own text.
 */
export const JA_BODIES = {
  reminder: `{{client}}

お世話になっております。{{writerName}}です。
「{{title}}」の件で{{firstUnansweredDate}}にお送りしたメッセージについて、ご確認いただけておりますでしょうか。

お忙しいところ恐縮ですが、お手すきの際にご返信いただけますと幸いです。
行き違いでご連絡をいただいておりましたら、何卒ご容赦ください。

引き続きよろしくお願いいたします。

{{signature}}
`,
  reminder2: `{{client}}

お世話になっております。{{writerName}}です。
「{{title}}」の件で、重ねてのご連絡失礼いたします。

{{unansweredDates}}にメッセージをお送りしておりますが、まだご返信を確認できておりません。
今後の進め方をご相談したく、お手数ですが{{replyBy}}までにご返信いただけますと幸いです。

なお、それまでにご連絡が難しい場合は、{{operator}}に連絡の仲介を相談させていただきますので、あらかじめご了承ください。
行き違いでしたら、大変失礼いたしました。

何卒よろしくお願いいたします。

{{signature}}
`,
  operatorReport: `【契約相手と連絡がとれない件のご報告】

契約名: {{title}}
契約ページ: {{contractUrl}}
契約相手: {{clientName}}
現在の状況: {{stage}}
納期: {{deadline}}

経緯:
・最後に契約相手から連絡があった日: {{lastReplyDate}}
・返信のない当方からのメッセージ（送信日）: {{unansweredDates}}
・最後の連絡からの経過日数: {{silentDays}}日

上記のとおりメッセージをお送りしておりますが、ご返信がなく、業務の進め方を確認できない状況です。
お手数をおかけいたしますが、契約相手への連絡の仲介をお願いできますでしょうか。
どうぞよろしくお願いいたします。

{{signature}}
`,
  termination: `{{client}}

お世話になっております。{{writerName}}です。
「{{title}}」の件でご連絡いたします。

{{unansweredDates}}にメッセージをお送りし、{{operatorReportDate}}には{{operator}}を通じてご連絡をお願いいたしましたが、現在までご返信をいただけておりません。

誠に残念ではございますが、このままでは業務の継続が難しいため、{{terminationDate}}に、{{platform}}の手続きに沿って契約途中終了のリクエストをお送りいたします。
お手数ですが、リクエストの内容をご確認のうえ、ご対応のほどよろしくお願いいたします。

これまでご依頼いただき、ありがとうございました。行き違いがございましたら、何卒ご容赦ください。

{{signature}}
`,
  acceptanceRequest: `{{client}}

お世話になっております。{{writerName}}です。
{{deliveryDate}}に「{{title}}」を納品いたしました。納品物は{{platform}}の契約画面（{{contractUrl}}）からご確認いただけます。

お忙しいところ恐縮ですが、内容をご確認のうえ、ご検収のほどよろしくお願いいたします。
修正のご希望がございましたら、どうぞお気軽にお申し付けください。

引き続きよろしくお願いいたします。

{{signature}}
`,
  extensionRequest: `{{client}}

お世話になっております。{{writerName}}です。
「{{title}}」の納期（{{deadline}}）について、ご相談がございます。

大変申し訳ございません。{{reason}}のため、お約束の納期までに納品することが難しい状況です。
誠に勝手なお願いではございますが、納期を{{newDeadline}}までお延ばしいただくことは可能でしょうか。

それまでの間、書き上がっている部分から先にお送りすることもできますので、ご希望でしたらお申し付けください。
ご迷惑をおかけし、誠に申し訳ございません。ご検討のほど、よろしくお願いいたします。

{{signature}}
`,
  withdrawal: `{{client}}

お世話になっております。{{writerName}}です。
このたびは「{{title}}」の件でご検討いただき、誠にありがとうございます。

大変恐縮ではございますが、{{reason}}のため、今回のお仕事は辞退させていただきたく、ご連絡いたしました。
ご期待に沿えず、申し訳ございません。

またご縁がございましたら、その際はどうぞよろしくお願いいたします。

{{signature}}
`,
  resumeThanks: `{{client}}

お世話になっております。{{writerName}}です。
ご返信いただき、ありがとうございます。ご連絡をいただけて安心いたしました。

「{{title}}」について、あらためて今後の進め方を確認させてください。
納期は{{deadline}}のままでよろしいでしょうか。差し支えなければ、このまま作業を進めてまいります。

引き続きよろしくお願いいたします。

{{signature}}
`,
} as const;
