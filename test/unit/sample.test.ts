import * as assert from 'node:assert/strict';
import { computeEdit } from '../../src/core/edit/intents';
import { parseContracts } from '../../src/core/parse';
import { sampleContractsFile } from '../../src/core/sample';
import { deriveStatus } from '../../src/core/status';
import { EN, JA, JST, NOW, comments, day } from './fixtures';

/** The file "Create contracts file" writes is the first thing a new user sees: it must just work. */
const today = day('2026-11-24');

describe('sampleContractsFile', () => {
  for (const options of [JA, EN]) {
    it(`parses with no problems at all (${options.locale})`, () => {
      const result = parseContracts(sampleContractsFile(today, options.locale), options);
      assert.ok(result.ok, JSON.stringify(result.problems));
      assert.deepEqual(result.problems, []);
      assert.equal(result.file.contracts.length, 1);
    });
  }

  it('speaks the writer’s language in its comments and example', () => {
    const ja = sampleContractsFile(today, 'ja');
    assert.match(comments(ja).join('\n'), /契約ファイル/);
    assert.match(ja, /"title": "SEO記事 3本（美容）"/);
    assert.match(comments(sampleContractsFile(today, 'en')).join('\n'), /Comments and trailing commas are allowed/);
  });

  it('dates the example around today, so it shows a live status', () => {
    const result = parseContracts(sampleContractsFile(today, 'ja'), JA);
    assert.ok(result.ok);
    const c = result.file.contracts[0]!;
    assert.equal(c.deadline, '2026-12-04');
    assert.equal(c.stageDates?.escrowFunded, '2026-11-19');
    const status = deriveStatus(c, NOW, { utcOffsetMinutes: JST });
    assert.equal(status.situation, 'afterEscrow');
    assert.ok(status.next, 'the example has something to show');
  });

  it('takes edits like any hand-written file, keeping its comments', () => {
    const text = sampleContractsFile(today, 'ja');
    const result = computeEdit(
      text,
      {
        kind: 'appendContact',
        contractId: 'sample-1',
        contact: { at: '2026-11-24T10:00:00+09:00', direction: 'received', channel: 'platformMessage' },
      },
      JA,
    );
    assert.ok(result.ok);
    assert.deepEqual(comments(result.newText), comments(text));
  });
});
