import * as assert from 'node:assert/strict';
import { parseContracts } from '../../src/core/parse';
import type { Problem } from '../../src/core/problems';
import { EN, HAND_EDITED, JA, findContract, parseOk } from './fixtures';

/** The only problem the text has; fails if it parses or has more than one. */
function onlyProblem(text: string, options = EN): Problem {
  const result = parseContracts(text, options);
  assert.equal(result.ok, false, 'the file should not parse');
  assert.equal(result.problems.length, 1, JSON.stringify(result.problems));
  return result.problems[0]!;
}

const range = (line: number, character: number, endLine: number, endCharacter: number) => ({
  start: { line, character },
  end: { line: endLine, character: endCharacter },
});

/** One contract, written the way a writer would, with `extra` lines added before the closing brace. */
function oneContract(extra = '', replace: Record<string, string> = {}): string {
  let text = [
    '{',
    '  "version": 1,',
    '  "contracts": [',
    '    {',
    '      "id": "cw-1",',
    '      "title": "SEO記事（転職）",',
    '      "platform": "crowdworks",',
    '      "client": { "name": "株式会社ミライ" },',
    `      "stage": "escrowFunded"${extra}`,
    '    }',
    '  ]',
    '}',
  ].join('\n');
  for (const [from, to] of Object.entries(replace)) {
    text = text.replace(from, to);
  }
  return text;
}

describe('parseContracts: syntax', () => {
  it('points at the entry after a missing comma and says a comma is missing', () => {
    const text = '{\n  "version": 1\n  "contracts": []\n}\n';
    const p = onlyProblem(text);
    assert.equal(p.kind, 'syntax');
    assert.equal(p.severity, 'error');
    assert.match(p.message, /comma \(,\) is missing/);
    // The comma belongs between `1` and `"contracts"`; the squiggle sits on "contracts", line 3 (0-based 2).
    assert.deepEqual(p.range, range(2, 2, 2, 13));
    assert.equal(text.slice(p.offset, p.offset + p.length), '"contracts"');
    assert.deepEqual(p.path, []);
  });

  it('explains the missing comma in Japanese for a Japanese UI', () => {
    const p = onlyProblem('{\n  "version": 1\n  "contracts": []\n}\n', JA);
    assert.equal(p.message, 'ここで項目の間にカンマ（,）が抜けています。');
  });

  it('says which closing brackets are missing when the file is cut off', () => {
    const result = parseContracts('{\n  "version": 1,\n  "contracts": [\n', EN);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.problems.map((p) => [p.message, p.range.start.line, p.range.start.character]),
      [
        ['A closing bracket (]) is missing.', 3, 0],
        ['A closing brace (}) is missing.', 3, 0],
      ],
    );
  });

  it('points at a text value that lost its closing quote', () => {
    const text = '{\n  "version": 1,\n  "contracts": [ { "id": "a }\n]}';
    const first = parseContracts(text, EN).problems[0]!;
    assert.equal(first.message, 'A text value is missing its closing double quote (").');
    assert.deepEqual(first.range, range(2, 25, 2, 29));
    assert.equal(parseContracts(text, JA).problems[0]?.message, '文字列の閉じるダブルクォート（"）がありません。');
  });

  it('treats an empty or blank file as one problem at the very start, in either language', () => {
    for (const text of ['', '   \n\t\n']) {
      const p = onlyProblem(text);
      assert.equal(p.kind, 'syntax');
      assert.deepEqual(p.range, range(0, 0, 0, 0));
      assert.match(p.message, /empty/);
    }
    assert.match(onlyProblem('', JA).message, /契約ファイルが空です/);
  });

  it('accepts comments and trailing commas', () => {
    const file = parseOk(HAND_EDITED);
    assert.deepEqual(
      file.contracts.map((c) => c.id),
      ['cw-2026-001', 'lancers-0042'],
    );
    assert.equal(findContract(file, 'cw-2026-001').contacts?.length, 2);
  });
});

describe('parseContracts: schema', () => {
  it('flags a value of the wrong type on the value itself, with its JSON path', () => {
    const text = oneContract(',\n      "amount": "15000"');
    const p = onlyProblem(text);
    assert.equal(p.kind, 'schema');
    assert.deepEqual(p.path, ['contracts', 0, 'amount']);
    assert.deepEqual(p.range, range(9, 16, 9, 23));
    assert.equal(text.slice(p.offset, p.offset + p.length), '"15000"');
    assert.equal(p.message, '“amount” should be a number.');
    assert.equal(onlyProblem(text, JA).message, '「amount」は数値にしてください。');
  });

  it('flags a missing required field on the opening brace of the object that lacks it', () => {
    const text = oneContract('', { '      "title": "SEO記事（転職）",\n': '' });
    const p = onlyProblem(text);
    assert.deepEqual(p.path, ['contracts', 0, 'title']);
    assert.deepEqual(p.range, range(3, 4, 3, 5));
    assert.equal(text[p.offset], '{');
    assert.equal(p.message, '“title” is missing.');
    assert.equal(onlyProblem(text, JA).message, '「title」がありません。');
  });

  it('lists the known stages, with their Japanese names, for an unknown stage', () => {
    const text = oneContract('', { '"stage": "escrowFunded"': '"stage": "working"' });
    const en = onlyProblem(text);
    assert.deepEqual(en.path, ['contracts', 0, 'stage']);
    assert.deepEqual(en.range, range(8, 15, 8, 24));
    assert.match(en.message, /"working" is not a stage/);
    assert.match(en.message, /applied, contracted, escrowFunded, delivered, accepted, closed, cancelled/);
    assert.match(onlyProblem(text, JA).message, /escrowFunded（仮払い済み・作業中）/);
  });

  it('rejects a calendar date that does not exist, such as 30 February', () => {
    const text = oneContract(',\n      "deadline": "2026-02-30"');
    const p = onlyProblem(text);
    assert.deepEqual(p.path, ['contracts', 0, 'deadline']);
    assert.deepEqual(p.range, range(9, 18, 9, 30));
    assert.match(p.message, /"2026-02-30" in “deadline” is not a date/);
    assert.match(onlyProblem(text, JA).message, /「deadline」の "2026-02-30" は日付として読めません/);
  });

  it('rejects dates written another way, and impossible times', () => {
    for (const bad of ['11/30', '2026-11-30T25:00:00+09:00', '2026-13-01']) {
      const p = onlyProblem(oneContract(`,\n      "deadline": "${bad}"`));
      assert.deepEqual(p.path, ['contracts', 0, 'deadline'], bad);
      assert.ok(p.message.includes(JSON.stringify(bad)), p.message);
    }
  });

  it('places a bad date deep in the contact log on that entry', () => {
    const text = oneContract(',\n      "contacts": [{ "at": "2026-11-31", "direction": "sent", "channel": "email" }]');
    const p = onlyProblem(text);
    assert.deepEqual(p.path, ['contracts', 0, 'contacts', 0, 'at']);
    assert.deepEqual(p.range, range(9, 27, 9, 39));
  });

  it('asks for a web address when the contract URL has no https://', () => {
    const text = oneContract(',\n      "url": "crowdworks.jp/contracts/123"');
    const p = onlyProblem(text);
    assert.deepEqual(p.path, ['contracts', 0, 'url']);
    assert.deepEqual(p.range, range(9, 13, 9, 42));
    assert.equal(p.message, '“url” must be a web address starting with https://.');
    assert.equal(onlyProblem(text, JA).message, '「url」は https:// で始まる URL にしてください。');
  });

  it('does not accept other protocols in a URL', () => {
    assert.deepEqual(onlyProblem(oneContract(',\n      "url": "ftp://crowdworks.jp/c/1"')).path, ['contracts', 0, 'url']);
  });

  it('says a version 2 file needs a newer extension', () => {
    const text = oneContract('', { '"version": 1': '"version": 2' });
    const p = onlyProblem(text);
    assert.deepEqual(p.path, ['version']);
    assert.deepEqual(p.range, range(1, 13, 1, 14));
    assert.match(p.message, /version 2, but this Contract Guard reads version 1/);
    assert.match(onlyProblem(text, JA).message, /バージョン 2 ですが.*拡張機能を更新してください/);
  });

  it('says "version" is missing rather than calling it an unsupported version', () => {
    const p = onlyProblem('{ "contracts": [] }');
    assert.deepEqual(p.path, ['version']);
    assert.equal(p.message, '“version” is missing.');
  });

  it('reports every broken field once, each at its own place', () => {
    const text = oneContract('', {
      '"id": "cw-1"': '"id": ""',
      '"title": "SEO記事（転職）"': '"title": 3',
      '"escrowFunded"': '"x"',
    });
    const result = parseContracts(text, EN);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.problems.map((p) => [p.path.join('.'), p.range.start.line]),
      [
        ['contracts.0.id', 4],
        ['contracts.0.title', 5],
        ['contracts.0.stage', 8],
      ],
    );
  });

  it('keeps fields it does not know, at every level', () => {
    const file = parseOk(HAND_EDITED);
    assert.equal(file['$schema'], './schemas/contracts.schema.json');
    assert.deepEqual(findContract(file, 'lancers-0042')['tags'], ['取材', '急ぎ']);
    const withExtras = parseOk(
      '{ "version": 1, "owner": "me", "contracts": [{ "id": "a", "title": "t", "platform": "direct", "client": { "name": "x", "memo": "紹介" }, "stage": "applied", "contacts": [{ "at": "2026-11-01", "direction": "sent", "channel": "email", "mood": "丁寧" }] }] }',
    );
    assert.equal(withExtras['owner'], 'me');
    assert.equal(withExtras.contracts[0]?.client['memo'], '紹介');
    assert.equal(withExtras.contracts[0]?.contacts?.[0]?.['mood'], '丁寧');
  });
});
