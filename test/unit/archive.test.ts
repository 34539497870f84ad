import * as assert from 'node:assert/strict';
import { planArchive, type ArchivePlan } from '../../src/core/archive';
import { lastActivityDay } from '../../src/core/archive/select';
import { applyTextEdits } from '../../src/core/edit/textEdit';
import { EN, JA, JST, contract, day, parseOk, toCrlf } from './fixtures';

/** The writer runs Archive on 24 November 2026 and moves what finished more than 6 months ago. */
const criteria = { today: day('2026-11-24'), olderThanMonths: 6, utcOffsetMinutes: JST };

const FILE = `// 契約ファイル
{
  "$schema": "./schemas/contracts.schema.json",
  "version": 1,
  "contracts": [
    {
      "id": "old-closed",
      "title": "旅行記事 3本",
      "platform": "lancers",
      "client": { "name": "株式会社たび" },
      "stage": "closed", // 入金済み
      /* 教訓: 修正は2回まで */
      "stageDates": { "closed": "2025-03-10" }
    },
    {
      "id": "open",
      "title": "美容系SEO記事 5本",
      "platform": "crowdworks",
      "client": { "name": "株式会社ミライ企画" },
      "stage": "escrowFunded",
      "stageDates": { "escrowFunded": "2024-10-30" }
    },
    // 2024年の終わった案件
    {
      "id": "old-cancelled",
      "title": "グルメ記事",
      "platform": "crowdworks",
      "client": { "name": "フードラボ" },
      "stage": "cancelled",
      "contacts": [{ "at": "2024-12-20T10:00:00+09:00", "direction": "sent", "channel": "terminationRequest" }]
    }, // 返金済み
    {
      "id": "recent-accepted",
      "title": "インタビュー記事",
      "platform": "lancers",
      "client": { "name": "ノースブリッジ" },
      "stage": "accepted",
      "stageDates": { "accepted": "2026-09-01" }
    }
  ]
}
`;

function planOk(text: string, existing = new Map<number, string>(), options = JA): ArchivePlan {
  const result = planArchive(text, criteria, existing, options);
  assert.ok(result.ok, result.ok ? '' : result.reason);
  return result.plan;
}

describe('Archive Closed Contracts: choosing what moves', () => {
  it('takes the last message, stage change or checklist tick as the last activity, never the deadline', () => {
    const c = contract({
      platform: 'lancers',
      stage: 'closed',
      deadline: '2027-01-01',
      stageDates: { delivered: '2026-03-01' },
      contacts: [{ at: '2026-04-02T23:30:00+09:00', direction: 'received', channel: 'platformMessage' }],
      checklist: { reminder1: { done: true, at: '2026-03-15' } },
    });
    assert.equal(lastActivityDay(c, JST), day('2026-04-02'));
  });

  it('moves accepted, closed and cancelled contracts older than the age, each to the year of its last activity', () => {
    const plan = planOk(FILE);
    assert.deepEqual(
      plan.moved.map((m) => [m.id, m.year]),
      [
        ['old-closed', 2025],
        ['old-cancelled', 2024],
      ],
    );
    assert.deepEqual(
      plan.files.map((f) => [f.name, f.create]),
      [
        ['contracts-archive-2024.json', true],
        ['contracts-archive-2025.json', true],
      ],
    );
  });

  it('leaves a contract in progress however old, a recent finished one, and one with no date at all', () => {
    const undated = FILE.replace('"stageDates": { "closed": "2025-03-10" }', '"notes": "日付なし"');
    const plan = planOk(undated);
    assert.deepEqual(
      plan.moved.map((m) => m.id),
      ['old-cancelled'],
    );
  });

  it('counts the age in calendar months: a contract finished exactly 6 months ago stays', () => {
    const edge = FILE.replace('"closed": "2025-03-10"', '"closed": "2026-05-24"');
    assert.deepEqual(
      planOk(edge).moved.map((m) => m.id),
      ['old-cancelled'],
    );
    const older = FILE.replace('"closed": "2025-03-10"', '"closed": "2026-05-23"');
    assert.ok(planOk(older).moved.some((m) => m.id === 'old-closed'));
  });

  it('changes nothing when nothing is old enough', () => {
    const plan = planArchive(FILE, { ...criteria, olderThanMonths: 36 }, new Map(), JA);
    assert.ok(plan.ok && plan.plan.moved.length === 0 && plan.plan.edits.length === 0);
  });
});

describe('Archive Closed Contracts: the contracts file afterwards', () => {
  it('loses exactly the moved contracts with their own lines, keeping every other byte', () => {
    const plan = planOk(FILE);
    const kept = parseOk(plan.newText).contracts.map((c) => c.id);
    assert.deepEqual(kept, ['open', 'recent-accepted']);
    const expected = FILE.replace(/ {4}\{\n {6}"id": "old-closed"[\s\S]*?\n {4}\},\n/, '').replace(
      /( {4}\/\/ 2024年の終わった案件\n) {4}\{\n {6}"id": "old-cancelled"[\s\S]*?\/\/ 返金済み\n/,
      '$1',
    );
    assert.equal(plan.newText, expected);
  });

  it('moves a contract whose keys are not in the schema’s order from a file only the full reader reads', () => {
    // An escaped key sends the file to the full reader, whose contracts list their keys in the schema's
    // order; the moved contract (title before id) reads in the file's order in the archive file.
    const text = FILE.replace('"id": "old-closed",\n      "title": "旅行記事 3本",', '"title": "旅行記事 3本",\n      "id": "old-closed",').replace(
      '"title": "美容系SEO記事 5本",',
      '"title": "美容系SEO記事 5本", "n\\u006fte": "x",',
    );
    assert.deepEqual(
      planOk(text).moved.map((m) => m.id),
      ['old-closed', 'old-cancelled'],
    );
  });

  it('takes the comma off the contract that becomes last', () => {
    const text = FILE.replace('"stageDates": { "accepted": "2026-09-01" }', '"stageDates": { "accepted": "2025-09-01" }');
    const plan = planOk(text);
    assert.deepEqual(
      parseOk(plan.newText).contracts.map((c) => c.id),
      ['open'],
    );
    assert.match(plan.newText, /"escrowFunded": "2024-10-30" \}\n {4}\}\n {4}\/\/ 2024年の終わった案件\n {2}\]/);
  });
});

describe('Archive Closed Contracts: the archive files', () => {
  it('creates a valid contracts file per year, with the same $schema and version, the contract verbatim', () => {
    const plan = planOk(FILE);
    const file2025 = plan.files.find((f) => f.year === 2025)!;
    const moved = FILE.slice(
      FILE.indexOf('    {\n      "id": "old-closed"'),
      FILE.indexOf('\n    },\n    {\n      "id": "open"') + 6,
    );
    assert.equal(
      file2025.text,
      `{\n  "$schema": "./schemas/contracts.schema.json",\n  "version": 1,\n  "contracts": [\n${moved}\n  ]\n}\n`,
    );
    assert.ok(file2025.text.includes('"stage": "closed", // 入金済み') && file2025.text.includes('/* 教訓: 修正は2回まで */'));
    assert.equal(parseOk(file2025.text).contracts[0]?.id, 'old-closed');
  });

  it('carries the comment after a contract along with it', () => {
    const file2024 = planOk(FILE).files.find((f) => f.year === 2024)!;
    assert.match(file2024.text, /"channel": "terminationRequest" \}\]\n {4}\} \/\/ 返金済み\n {2}\]/);
  });

  it('appends to an existing archive file after its last contract, touching nothing else', () => {
    const existing = `{
  "version": 1,
  "contracts": [
    // 去年の分
    { "id": "a-1", "title": "既存", "platform": "direct", "client": { "name": "A社" }, "stage": "closed" } // 手書き
  ]
}
`;
    const plan = planOk(FILE, new Map([[2025, existing]]));
    const file = plan.files.find((f) => f.year === 2025)!;
    assert.equal(file.create, false);
    assert.equal(applyTextEdits(existing, file.edits), file.text);
    assert.deepEqual(
      parseOk(file.text).contracts.map((c) => c.id),
      ['a-1', 'old-closed'],
    );
    assert.ok(file.text.startsWith(`{\n  "version": 1,\n  "contracts": [\n    // 去年の分\n    { "id": "a-1",`));
    assert.ok(file.text.includes('"stage": "closed" }, // 手書き\n    {\n      "id": "old-closed"'));
  });

  it('re-indents the moved lines only when the archive holds its contracts at another depth', () => {
    const existing =
      '{\n\t"version": 1,\n\t"contracts": [\n\t\t{ "id": "a-1", "title": "既存", "platform": "direct", "client": { "name": "A社" }, "stage": "closed" },\n\t]\n}\n';
    const file = planOk(FILE, new Map([[2025, existing]])).files.find((f) => f.year === 2025)!;
    assert.ok(file.text.includes('\t\t{\n\t\t  "id": "old-closed",\n\t\t  "title"'), file.text);
    assert.ok(file.text.includes('"stageDates": { "closed": "2025-03-10" }\n\t\t},\n\t]'), 'trailing comma style kept');
  });

  it('fills an empty archive list', () => {
    const existing = '{ "version": 1, "contracts": [] }';
    const file = planOk(FILE, new Map([[2024, existing]])).files.find((f) => f.year === 2024)!;
    assert.deepEqual(
      parseOk(file.text).contracts.map((c) => c.id),
      ['old-cancelled'],
    );
  });

  it('refuses when an id is already in the archive, or the archive file does not parse', () => {
    const clash =
      '{ "version": 1, "contracts": [ { "id": "old-closed", "title": "x", "platform": "direct", "client": { "name": "A" }, "stage": "closed" } ] }';
    const refused = planArchive(FILE, criteria, new Map([[2025, clash]]), EN);
    assert.ok(!refused.ok);
    assert.match(refused.reason, /"old-closed" is already in contracts-archive-2025\.json/);
    const broken = planArchive(FILE, criteria, new Map([[2024, '{ "version": 1, "contracts": [ }']]), JA);
    assert.ok(!broken.ok);
    assert.match(broken.reason, /contracts-archive-2024\.json に先に直すべき問題/);
  });

  it('refuses when the contracts file itself does not parse', () => {
    const result = planArchive(FILE.replace('"version": 1,', '"version": 1'), criteria, new Map(), EN);
    assert.ok(!result.ok);
    assert.match(result.reason, /^Nothing was written: the contracts file has/);
  });
});

describe('Archive Closed Contracts: layouts', () => {
  it('keeps CRLF line endings in both files', () => {
    const plan = planOk(toCrlf(FILE));
    assert.ok(!/[^\r]\n/.test(plan.newText));
    for (const file of plan.files) {
      assert.ok(!/[^\r]\n/.test(file.text), file.name);
      assert.ok(file.text.includes('"stage": "closed", // 入金済み\r\n') || file.year === 2024);
    }
  });

  it('keeps tabs: a file indented with tabs gives an archive indented with tabs', () => {
    const tabbed = FILE.replace(/^( {2})+/gm, (lead) => '\t'.repeat(lead.length / 2));
    const plan = planOk(tabbed);
    assert.deepEqual(
      parseOk(plan.newText).contracts.map((c) => c.id),
      ['open', 'recent-accepted'],
    );
    const file = plan.files.find((f) => f.year === 2025)!;
    assert.ok(file.text.startsWith('{\n\t"$schema"'));
    assert.ok(file.text.includes('\t\t{\n\t\t\t"id": "old-closed",'));
  });

  it('handles a file written on one line', () => {
    const compact = JSON.stringify(JSON.parse(FILE.replace(/\/\/[^\n]*|\/\*[^*]*\*\//g, '')));
    const plan = planOk(compact);
    assert.deepEqual(
      parseOk(plan.newText).contracts.map((c) => c.id),
      ['open', 'recent-accepted'],
    );
    assert.equal(parseOk(plan.files[0]!.text).contracts[0]?.id, 'old-cancelled');
  });
});
