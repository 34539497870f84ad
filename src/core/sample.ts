import { dayToIso, type DayNumber } from './dates';
import type { Locale } from './i18n';

/**
 * The small commented file "Create contracts file" writes, so a new user sees the format by
 * example. Dates are relative to today so the sample shows a live status at once.
 */
export function sampleContractsFile(today: DayNumber, locale: Locale): string {
  const d = (offset: number): string => dayToIso(today + offset);
  const ja = locale === 'ja';
  const comment = ja
    ? [
        '// Contract Guard の契約ファイルです。コメントと末尾のカンマが使えます。',
        '// stage: applied（応募中）→ contracted（仮払い待ち）→ escrowFunded（作業中）→ delivered（検収待ち）→ accepted → closed / cancelled',
        '// contacts にはやり取りを記録します（direction: sent = 送信 / received = 受信）。',
      ]
    : [
        '// Contract Guard contracts file. Comments and trailing commas are allowed.',
        '// stage: applied → contracted (awaiting escrow) → escrowFunded (working) → delivered → accepted → closed / cancelled',
        '// contacts logs each message (direction: sent or received).',
      ];
  return `${comment.join('\n')}
{
  "version": 1,
  "contracts": [
    {
      "id": "sample-1",
      "title": "${ja ? 'SEO記事 3本（美容）' : 'Three SEO articles (beauty)'}",
      "platform": "crowdworks",
      "client": { "name": "${ja ? '株式会社サンプル' : 'Sample Inc.'}", "identityVerified": true, "rating": 4.8 },
      "stage": "escrowFunded",
      "amount": 15000,
      "currency": "JPY",
      "deadline": "${d(10)}",
      "stageDates": { "contracted": "${d(-6)}", "escrowFunded": "${d(-5)}" },
      "contacts": [
        { "at": "${d(-5)}", "direction": "received", "channel": "platformMessage", "summary": "${ja ? '仮払いしました' : 'Escrow funded'}" },
        { "at": "${d(-4)}", "direction": "sent", "channel": "platformMessage", "summary": "${ja ? '構成案を送付' : 'Sent the outline'}" }
      ],
      "notes": ""
    }
  ]
}
`;
}
