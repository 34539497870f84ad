import * as assert from 'node:assert/strict';
import { parseContracts } from '../../src/core/parse';
import { EN, JA } from './fixtures';

/** Contracts as one-line entries, so line numbers in messages are easy to read. */
function file(...contracts: string[]): string {
  return ['{', '  "version": 1,', '  "contracts": [', contracts.map((c) => `    ${c}`).join(',\n'), '  ]', '}', ''].join('\n');
}

const entry = (id: string, rest = ''): string =>
  `{ "id": "${id}", "title": "記事", "platform": "crowdworks", "client": { "name": "山田" }, "stage": "delivered"${rest} }`;

describe('parseContracts: duplicate ids', () => {
  const text = file(entry('cw-1'), entry('cw-2'), entry('cw-1'));

  it('flags the second use of an id, not the first', () => {
    const result = parseContracts(text, EN);
    assert.equal(result.ok, false);
    assert.equal(result.problems.length, 1);
    const p = result.problems[0]!;
    assert.equal(p.kind, 'duplicateId');
    assert.equal(p.severity, 'error');
    assert.deepEqual(p.path, ['contracts', 2, 'id']);
    assert.deepEqual(p.range, { start: { line: 5, character: 12 }, end: { line: 5, character: 18 } });
    assert.equal(text.slice(p.offset, p.offset + p.length), '"cw-1"');
  });

  it('names the line where the id is first used (counting from 1, as the editor shows)', () => {
    const result = parseContracts(text, EN);
    assert.equal(result.problems[0]?.message, 'The id "cw-1" is already used on line 4. Each contract needs its own id.');
    const ja = parseContracts(text, JA);
    assert.equal(ja.problems[0]?.message, 'id "cw-1" は 4 行目ですでに使われています。契約ごとに別の id にしてください。');
  });

  it('flags each further copy against the first', () => {
    const result = parseContracts(file(entry('a'), entry('a'), entry('a')), EN);
    assert.deepEqual(
      result.problems.map((p) => [p.path[1], p.message.includes('line 4')]),
      [
        [1, true],
        [2, true],
      ],
    );
  });
});

describe('parseContracts: dates that make no sense', () => {
  it('warns when a contract was delivered before it was funded, and still reads the file', () => {
    const text = file(entry('cw-1', ', "stageDates": { "escrowFunded": "2026-11-11", "delivered": "2026-11-05" }'));
    const result = parseContracts(text, EN);
    assert.equal(result.ok, true);
    assert.equal(result.problems.length, 1);
    const p = result.problems[0]!;
    assert.equal(p.kind, 'dateOrder');
    assert.equal(p.severity, 'warning');
    assert.deepEqual(p.path, ['contracts', 0, 'stageDates', 'delivered']);
    assert.equal(text.slice(p.offset, p.offset + p.length), '"2026-11-05"');
    assert.equal(p.range.start.line, 3);
    assert.equal(
      p.message,
      '“stageDates.delivered” (2026-11-05) is before “stageDates.escrowFunded” (2026-11-11). Check both dates.',
    );
  });

  it('warns when delivery is dated before the contract, in Japanese', () => {
    const text = file(entry('cw-1', ', "stageDates": { "contracted": "2026-11-10", "delivered": "2026-11-01" }'));
    const result = parseContracts(text, JA);
    assert.equal(result.ok, true);
    assert.equal(
      result.problems[0]?.message,
      '「stageDates.delivered」（2026-11-01）が「stageDates.contracted」（2026-11-10）より前になっています。日付を確認してください。',
    );
  });

  it('warns on a deadline before the contract, on the deadline itself', () => {
    const text = file(entry('cw-1', ', "deadline": "2026-11-01", "stageDates": { "contracted": "2026-11-10" }'));
    const result = parseContracts(text, EN);
    assert.equal(result.ok, true);
    const p = result.problems[0]!;
    assert.deepEqual(p.path, ['contracts', 0, 'deadline']);
    assert.equal(text.slice(p.offset, p.offset + p.length), '"2026-11-01"');
    assert.match(p.message, /“deadline” \(2026-11-01\) is before “stageDates.contracted” \(2026-11-10\)/);
  });

  it('compares the deadline with the escrow date when the contract date was not written', () => {
    const text = file(entry('cw-1', ', "deadline": "2026-11-01", "stageDates": { "escrowFunded": "2026-11-03" }'));
    const result = parseContracts(text, EN);
    assert.match(result.problems[0]?.message ?? '', /before “stageDates.escrowFunded”/);
  });

  it('does not warn about a plain date and a time on the same day in Tokyo', () => {
    // 20:00 UTC on the 11th is 05:00 on the 12th in Tokyo: the same day as a delivery on the 12th.
    const text = file(entry('cw-1', ', "stageDates": { "escrowFunded": "2026-11-11T20:00:00Z", "delivered": "2026-11-12" }'));
    const result = parseContracts(text, JA);
    assert.deepEqual(result.problems, []);
  });

  it('judges days in the writer’s zone: 01:00 in Tokyo is still the day before in London', () => {
    const text = file(
      entry('cw-1', ', "stageDates": { "escrowFunded": "2026-11-12T01:00:00+09:00", "delivered": "2026-11-11" }'),
    );
    assert.deepEqual(
      parseContracts(text, JA).problems.map((p) => p.path.join('.')),
      ['contracts.0.stageDates.delivered'],
    );
    assert.deepEqual(parseContracts(text, { locale: 'en', utcOffsetMinutes: 0 }).problems, []);
  });

  it('does not check dates while the file has errors', () => {
    const text = file(
      entry('cw-1', ', "stageDates": { "escrowFunded": "2026-11-11", "delivered": "2026-11-05" }'),
      entry('cw-1'),
    );
    const result = parseContracts(text, EN);
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.problems.map((p) => p.kind),
      ['duplicateId'],
    );
  });
});

describe('a file that is not one object', () => {
  it('says the whole file must be { "version": 1, "contracts": [ … ] }', () => {
    const result = parseContracts('[ { "id": "a" } ]', EN);
    assert.equal(result.ok, false);
    assert.match(result.problems[0]?.message ?? '', /The file must be one object/);
    assert.deepEqual(result.problems[0]?.path, []);
  });
});
