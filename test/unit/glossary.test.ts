import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URGENCY_GROUP_LABELS } from '../../src/core/grouping';
import {
  filesUnder,
  GLOSSARY,
  hitsIn,
  jsonValues,
  linesOf,
  markdownLines,
  punctuationIn,
  readGlossary,
  readLiterals,
  ROOT,
  tsStrings,
  type Hit,
  type Passage,
} from './glossaryRules';

const glossary = fs.readFileSync(path.join(ROOT, GLOSSARY), 'utf8');
const rules = readGlossary(glossary);
const literals = readLiterals(glossary);

/**
 * Every file with Japanese a writer or a client reads, and how to read it. The snippets are checked
 * for words only: their punctuation is the templates', which are checked at the source.
 */
const TARGETS: { name: string; passages: () => Passage[]; punctuation: boolean }[] = [
  { name: 'l10n/bundle.l10n.ja.json', passages: () => jsonValues('l10n/bundle.l10n.ja.json'), punctuation: true },
  { name: 'package.nls.ja.json', passages: () => jsonValues('package.nls.ja.json'), punctuation: true },
  {
    name: 'snippets/contract-guard.code-snippets',
    passages: () => linesOf('snippets/contract-guard.code-snippets'),
    punctuation: false,
  },
  { name: 'README.ja.md', passages: () => markdownLines('README.ja.md'), punctuation: true },
  { name: 'media/**/*.ja.md', passages: () => filesUnder('media', '.ja.md').flatMap(markdownLines), punctuation: true },
  {
    name: 'the templates (src/core/templates)',
    passages: () => filesUnder('src/core/templates', '.ts').flatMap(tsStrings),
    punctuation: true,
  },
  {
    name: 'the playbooks (src/core/playbooks)',
    passages: () => filesUnder('src/core/playbooks', '.ts').flatMap(tsStrings),
    punctuation: true,
  },
  {
    name: 'the other strings of src/',
    passages: () =>
      filesUnder('src', '.ts')
        .filter((f) => !f.startsWith('src/core/templates/') && !f.startsWith('src/core/playbooks/'))
        .flatMap(tsStrings),
    punctuation: true,
  },
];

const show = (h: Hit): string => `${h.file}:${h.line} ${h.word} (${h.concept}) …${h.excerpt.replace(/\n/g, '⏎')}…`;

describe('Japanese glossary (docs/glossary.ja.md)', function () {
  // Reading every source file's string literals parses each one with the TypeScript compiler: a second or two, more on a busy machine.
  this.timeout(30_000);

  it('lists, for every concept, the words to avoid and where the rule applies', () => {
    assert.ok(rules.length >= 15, `${rules.length} rules`);
    for (const rule of rules) {
      assert.ok(rule.avoid.length > 0, rule.concept);
      assert.ok(
        rule.scope === '*' || fs.existsSync(path.join(ROOT, rule.scope)),
        `${rule.concept}: ${rule.scope} does not exist`,
      );
    }
  });

  it('flags a variant, but not the right word that contains it', () => {
    const at = (text: string): string[] => hitsIn([{ file: 'x', line: 1, text, prose: true }], rules).map((h) => h.word);
    assert.deepEqual(at('仮払い済み・作業中'), []);
    assert.deepEqual(at('仮払い済・作業中'), ['仮払い済']);
    assert.deepEqual(at('仮払い済みの契約と仮払い済の契約'), ['仮払い済']);
    assert.deepEqual(at('タイトル バーの「…」メニュー'), []);
    assert.deepEqual(at('案件名（タイトル）'), ['タイトル']);
    assert.deepEqual(at('契約途中終了リクエストを送る'), []);
    assert.deepEqual(at('契約途中リクエストを送る'), ['契約途中リクエスト']);
    assert.deepEqual(at('あなたの名前'), ['あなた']);
  });

  it('applies a platform rule only in that platform’s file', () => {
    const operator = (file: string): string[] =>
      hitsIn([{ file, line: 1, text: '運営に報告する。事務局が確認する。', prose: true }], rules)
        .map((h) => h.word)
        .sort();
    assert.deepEqual(operator('src/core/playbooks/crowdworks.ts'), ['運営']);
    assert.deepEqual(operator('src/core/playbooks/coconala.ts'), ['事務局']);
    assert.deepEqual(operator('src/core/playbooks/upwork.ts'), ['事務局', '運営']);
    assert.deepEqual(operator('README.ja.md'), []);
  });

  it('reads TypeScript string literals, but not a list that names the words to avoid', () => {
    const dir = fs.mkdtempSync(path.join(ROOT, 'out', 'glossary-'));
    try {
      const file = path.relative(ROOT, path.join(dir, 'sample.ts'));
      fs.writeFileSync(
        path.join(ROOT, file),
        "// 期限切れ in a comment is not text a writer reads\nexport const x = { title: '期限切れ', forbiddenWords: ['期限切れ', '運営'] };\nconst y = `${x.title}は2度目`;\n",
      );
      assert.deepEqual(
        hitsIn(tsStrings(file), rules).map((h) => `${h.line} ${h.word}`),
        ['2 期限切れ', '3 2度目'],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('flags colons and dashes that read translated, but not code or a command’s category', () => {
    const at = (text: string): string[] =>
      punctuationIn([{ file: 'x', line: 1, text, prose: true }], literals).map((h) => h.word);
    assert.deepEqual(at('穏やかに伝えます: 期日'), [':']);
    assert.deepEqual(at('契約の段階——仮払い前——に応じて'), ['——', '——']);
    assert.deepEqual(at('フロントマターは「キー: 値」の形で書いてください。'), []);
    assert.deepEqual(at('| 自分の名前 | — | 空欄なら名前 |'), []);
    assert.deepEqual(at('「Contract Guard: ログを表示」で開きます。'), []);
    assert.deepEqual(at('例：`{ "watch": 1 }`'), []);
    assert.deepEqual(at('URL は https://example.com です。'), []);
  });

  for (const target of TARGETS) {
    it(`${target.name} uses the glossary's words${target.punctuation ? ' and Japanese punctuation' : ''}`, () => {
      const passages = target.passages();
      const hits = [...hitsIn(passages, rules), ...(target.punctuation ? punctuationIn(passages, literals) : [])];
      assert.deepEqual(hits.map(show), []);
    });
  }

  it('names the urgency levels in the silence setting as the Contracts view does', () => {
    for (const [file, locale] of [
      ['package.nls.json', 'en'],
      ['package.nls.ja.json', 'ja'],
    ] as const) {
      const help =
        (JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>)['config.silenceThresholds'] ?? '';
      assert.ok(help.includes(URGENCY_GROUP_LABELS.watch[locale]), `${file} does not name ${URGENCY_GROUP_LABELS.watch[locale]}`);
      assert.ok(
        help.includes(URGENCY_GROUP_LABELS.actNow[locale]),
        `${file} does not name ${URGENCY_GROUP_LABELS.actNow[locale]}`,
      );
    }
  });
});
