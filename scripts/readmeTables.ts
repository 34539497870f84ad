// The READMEs' table of what the checklist advises, per platform and situation, written from the
// playbooks themselves so the READMEs can never tell a writer something the checklist does not.
// `npm run readme-tables` rewrites the table between the markers in README.md and README.ja.md;
// test/unit/readmeTables.test.ts fails when either is out of date.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pick, type Locale, type Localized } from '../src/core/i18n';
import { PLATFORM_LABELS } from '../src/core/labels';
import { PLAYBOOKS, type PlaybookStep, type Situation } from '../src/core/playbooks';
import { PLATFORMS } from '../src/core/schema';

export const BEGIN =
  '<!-- steps:begin (generated from src/core/playbooks by `npm run readme-tables`: edit the playbooks, not this table) -->';
export const END = '<!-- steps:end -->';

export const READMES: Readonly<Record<Locale, string>> = { en: 'README.md', ja: 'README.ja.md' };

const SITUATIONS: readonly { situation: Situation; label: Localized }[] = [
  { situation: 'beforeEscrow', label: { en: 'before escrow', ja: '仮払い前' } },
  { situation: 'afterEscrow', label: { en: 'after escrow', ja: '仮払い後' } },
  { situation: 'afterDelivery', label: { en: 'after delivery', ja: '納品後' } },
  { situation: 'afterAcceptance', label: { en: 'after acceptance', ja: '検収後' } },
];

/** Marks a step whose rule only users report; the legend under the table says so. */
const REPORTED_MARK = '†';
const LEGEND: Localized = {
  en: '† Reported by users, not confirmed by the platform.',
  ja: '† ユーザーの報告です。プラットフォームの公式情報ではありません。',
};

/** Who a step is for under the law, when it is not for every client (the playbooks' `clientKinds`). */
const CLIENT_KINDS: Readonly<Record<string, Localized>> = {
  withStaff: { en: 'client with staff', ja: '従業員を使用する発注者' },
  soleTrader: { en: 'sole-trader client', ja: '従業員のいない個人の発注者' },
  unknown: { en: 'client kind unknown', ja: '発注者の区分がわからないとき' },
};

/** A step as one entry of a cell: its title, for whom if not for everyone, and † when only users report the rule. */
function stepText(step: PlaybookStep & { readonly clientKinds?: readonly string[] }, locale: Locale): string {
  const title = pick(step.title, locale).replace(/\|/g, '\\|');
  const kinds = (step.clientKinds ?? []).map((k) => (CLIENT_KINDS[k] ? pick(CLIENT_KINDS[k], locale) : k));
  const forWhom = kinds.length === 0 ? '' : locale === 'ja' ? `［${kinds.join('・')}］` : ` [${kinds.join(', ')}]`;
  return `${title}${forWhom}${step.verification === 'reportedByUsers' ? REPORTED_MARK : ''}`;
}

/** The Markdown table: a row per platform (platforms whose steps read the same share one), a column per situation. */
export function stepsTable(locale: Locale): string {
  const rows: { platforms: string[]; cells: string[] }[] = [];
  for (const platform of PLATFORMS) {
    const cells = SITUATIONS.map(({ situation }) => {
      const steps = PLAYBOOKS[platform].situations[situation] ?? [];
      return steps.length === 0 ? '—' : steps.map((s) => stepText(s, locale)).join(' → ');
    });
    const same = rows.find((r) => r.cells.join('|') === cells.join('|'));
    const name = pick(PLATFORM_LABELS[platform], locale);
    if (same) {
      same.platforms.push(name);
    } else {
      rows.push({ platforms: [name], cells });
    }
  }
  return [
    `| | ${SITUATIONS.map((s) => pick(s.label, locale)).join(' | ')} |`,
    `|---|${SITUATIONS.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.platforms.join(' / ')} | ${r.cells.join(' | ')} |`),
    '',
    pick(LEGEND, locale),
  ].join('\n');
}

/** The README's text with the generated table between the markers (which must be there, once). */
export function withStepsTable(readme: string, locale: Locale): string {
  const begin = readme.indexOf(BEGIN);
  const end = readme.indexOf(END, begin);
  if (begin === -1 || end < begin || readme.indexOf(BEGIN, begin + 1) !== -1) {
    throw new Error(`${READMES[locale]} needs the markers ${BEGIN} and ${END}, once, in that order`);
  }
  return `${readme.slice(0, begin + BEGIN.length)}\n${stepsTable(locale)}\n${readme.slice(end)}`;
}

function main(): void {
  const root = path.resolve(__dirname, '..', '..');
  for (const [locale, file] of Object.entries(READMES) as [Locale, string][]) {
    const full = path.join(root, file);
    const before = fs.readFileSync(full, 'utf8');
    const after = withStepsTable(before, locale);
    if (after !== before) {
      fs.writeFileSync(full, after);
    }
    console.log(`${file}: ${after === before ? 'up to date' : 'table rewritten'}`);
  }
}

if (require.main === module) {
  main();
}
