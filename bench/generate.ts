/**
 * The benchmark's contracts files: seeded, so every run and every machine reads the same text.
 * Each contract has 20 log entries with Japanese summaries; the commented file is what a writer
 * keeps, the plain one (same data, no comments) is what JSON.parse, the baseline, can read.
 */

const PLATFORMS = ['crowdworks', 'lancers', 'coconala', 'upwork', 'fiverr', 'direct'] as const;
const STAGES = ['applied', 'contracted', 'escrowFunded', 'delivered', 'accepted', 'closed'] as const;
const SUMMARIES = ['構成案を提出しました', '本文の確認をお願いしました', '修正点のご連絡をいただきました', '納期について相談', '仮払いのお礼', '検収のお願い'];
export const LOG_ENTRIES = 20;

/** A small, fast PRNG (mulberry32): the same seed gives the same file. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function contractText(i: number, rand: () => number, comments: boolean): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const start = Date.UTC(2024, 0, 1) + Math.floor(rand() * 1000) * 86_400_000;
  const day = (d: number): string => new Date(start + d * 86_400_000).toISOString().slice(0, 10);
  const contacts = Array.from({ length: LOG_ENTRIES }, (_, k) => {
    const direction = rand() < 0.4 ? 'received' : 'sent';
    return `        { "at": "${day(k * 2)}T${String(9 + (k % 9)).padStart(2, '0')}:00:00+09:00", "direction": "${direction}", "channel": "platformMessage", "summary": "${pick(SUMMARIES)}（${k + 1}回目）" }`;
  }).join(',\n');
  return `    {${comments ? ` // 案件 ${i}` : ''}
      "id": "c-${i}",
      "title": "美容系SEO記事 ${i} 本目（${pick(['スキンケア', '不動産投資', '転職', '旅行'])}）",
      "platform": "${pick(PLATFORMS)}",
      "client": { "name": "株式会社サンプル${i}", "identityVerified": ${rand() < 0.5}, "rating": ${(3.5 + rand() * 1.5).toFixed(1)} },
      "stage": "${pick(STAGES)}",
      "amount": ${10000 + Math.floor(rand() * 90000)}, "currency": "JPY",
      "deadline": "${day(60)}",
      "stageDates": { "contracted": "${day(0)}" },
      "contacts": [
${contacts}
      ]
    }`;
}

export function contractsFile(n: number, comments: boolean, seed = 20261124): string {
  const rand = random(seed + n);
  const body = Array.from({ length: n }, (_, i) => contractText(i, rand, comments)).join(',\n');
  return `${comments ? '// ベンチマーク用の契約ファイル\n' : ''}{\n  "version": 1,\n  "contracts": [\n${body}\n  ]\n}\n`;
}

/** The same file with one contract's latest summary changed: what the file looks like after one edit. */
export function withOneChange(text: string, n: number, mark: string): string {
  const at = text.indexOf(`"id": "c-${Math.floor(n / 2)}"`);
  const summary = text.indexOf('回目）"', at);
  return `${text.slice(0, summary)}${mark}${text.slice(summary)}`;
}
