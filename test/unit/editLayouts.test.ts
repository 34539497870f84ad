import * as assert from 'node:assert/strict';
import type { Contact, Contract } from '../../src/core/schema';
import {
  COMPACT_FILE,
  EN,
  HAND_EDITED,
  TAB_FILE,
  changedLines,
  comments,
  editOk,
  findContract,
  lineOf,
  parseOk,
  toCrlf,
} from './fixtures';

/** Edits must look as if the writer had typed them, whatever the file's layout. */

const email: Contact = { at: '2026-11-24', direction: 'sent', channel: 'email', summary: '見積もりを送付' };
const newContract: Contract = {
  id: 'fiverr-2',
  title: 'Product descriptions',
  platform: 'fiverr',
  client: { name: 'Jane' },
  stage: 'applied',
};

/** A line break not preceded by \r. */
const LONE_LF = /(?<!\r)\n/;

describe('computeEdit: tab-indented file', () => {
  it('fills an empty contact log with one tab-indented entry', () => {
    const { edits, newText } = editOk(TAB_FILE, { kind: 'appendContact', contractId: 'coconala-15', contact: email });
    assert.ok(
      newText.includes(
        '\t\t\t"contacts": [\n\t\t\t\t{ "at": "2026-11-24", "direction": "sent", "channel": "email", "summary": "見積もりを送付" }\n\t\t\t]\n',
      ),
      newText,
    );
    assert.deepEqual(changedLines(TAB_FILE, edits, newText), [lineOf(TAB_FILE, '"contacts": []')]);
    assert.deepEqual(findContract(parseOk(newText), 'coconala-15').contacts, [email]);
  });

  it('creates stageDates on a new tab-indented line when the stage changes', () => {
    const { edits, newText } = editOk(TAB_FILE, {
      kind: 'setStage',
      contractId: 'coconala-15',
      stage: 'escrowFunded',
      at: '2026-11-24',
    });
    assert.ok(newText.includes('\t\t\t"contacts": [],\n\t\t\t"stageDates": { "escrowFunded": "2026-11-24" }\n\t\t}'), newText);
    assert.deepEqual(changedLines(TAB_FILE, edits, newText), [lineOf(TAB_FILE, '"stage"'), lineOf(TAB_FILE, '"contacts"')]);
    assert.doesNotMatch(newText, / {2}"/, 'no space indentation sneaks in');
  });

  it('adds a contract without a trailing comma, as the file has none', () => {
    const { newText } = editOk(TAB_FILE, { kind: 'addContract', contract: newContract });
    assert.ok(newText.includes('\t\t},\n\t\t{\n\t\t\t"id": "fiverr-2",'), newText);
    assert.ok(newText.includes('\t\t\t"stage": "applied"\n\t\t}\n\t]\n}'), newText);
  });
});

describe('computeEdit: Windows line endings', () => {
  const crlf = toCrlf(TAB_FILE);

  it('writes new lines with \\r\\n', () => {
    for (const intent of [
      { kind: 'appendContact', contractId: 'coconala-15', contact: email },
      { kind: 'setStage', contractId: 'coconala-15', stage: 'escrowFunded', at: '2026-11-24' },
      { kind: 'addContract', contract: newContract },
      { kind: 'setChecklistStep', contractId: 'coconala-15', stepId: 'coconala.before.remind', done: true, at: '2026-11-24' },
    ] as const) {
      const { newText } = editOk(crlf, intent);
      assert.ok(!LONE_LF.test(newText), `${intent.kind} left a bare \\n`);
      assert.ok(newText.length > crlf.length);
    }
  });

  it('keeps a commented CRLF file intact around an appended contact', () => {
    const text = toCrlf(HAND_EDITED);
    const { edits, newText } = editOk(text, { kind: 'appendContact', contractId: 'cw-2026-001', contact: email });
    assert.ok(!LONE_LF.test(newText));
    assert.deepEqual(changedLines(text, edits, newText), []);
    assert.deepEqual(comments(newText), comments(text));
  });
  it('removes an unticked step with its \r\n, leaving no bare \n', () => {
    const text = toCrlf(HAND_EDITED);
    const { edits, newText } = editOk(text, {
      kind: 'setChecklistStep',
      contractId: 'cw-2026-001',
      stepId: 'cw.escrow.remind',
      done: false,
      at: '2026-11-24',
    });
    assert.ok(!LONE_LF.test(newText));
    assert.deepEqual(changedLines(text, edits, newText), [lineOf(text, '"cw.escrow.remind"')]);
  });
});

describe('computeEdit: compact one-line file', () => {
  it('changes the stage and adds its date without breaking the line', () => {
    const { newText } = editOk(COMPACT_FILE, { kind: 'setStage', contractId: 'up-9', stage: 'accepted', at: '2026-11-24' });
    assert.equal(
      newText,
      '{"version":1,"contracts":[{"id":"up-9","title":"Landing page copy","platform":"upwork","client":{"name":"Acme LLC"},"stage":"accepted","stageDates":{"delivered":"2026-11-10", "accepted": "2026-11-24"}}]}',
    );
  });

  it('creates the contact log inline', () => {
    const { newText } = editOk(COMPACT_FILE, { kind: 'appendContact', contractId: 'up-9', contact: email });
    assert.ok(!newText.includes('\n'));
    assert.ok(
      newText.endsWith(
        ', "contacts": [{ "at": "2026-11-24", "direction": "sent", "channel": "email", "summary": "見積もりを送付" }]}]}',
      ),
      newText,
    );
  });

  it('adds a contract on the same line', () => {
    const { newText } = editOk(COMPACT_FILE, { kind: 'addContract', contract: newContract });
    assert.ok(!newText.includes('\n'));
    assert.deepEqual(
      parseOk(newText).contracts.map((c) => c.id),
      ['up-9', 'fiverr-2'],
    );
  });
});

describe('computeEdit: contact logs', () => {
  it('creates a missing contact log spread over lines, under the last field', () => {
    const text = [
      '{',
      '  "version": 1,',
      '  "contracts": [',
      '    {',
      '      "id": "direct-3",',
      '      "title": "社内報の記事",',
      '      "platform": "direct",',
      '      "client": { "name": "山本商事" },',
      '      "stage": "applied"',
      '    }',
      '  ]',
      '}',
      '',
    ].join('\n');
    const { edits } = editOk(text, { kind: 'appendContact', contractId: 'direct-3', contact: email });
    assert.deepEqual(edits, [
      {
        offset: text.indexOf('"applied"') + '"applied"'.length,
        length: 0,
        content:
          ',\n      "contacts": [\n        { "at": "2026-11-24", "direction": "sent", "channel": "email", "summary": "見積もりを送付" }\n      ]',
      },
    ]);
  });

  it('adds a comma after a last entry with a trailing comment, and the comment stays on that line', () => {
    const text = [
      '{',
      '  "version": 1,',
      '  "contracts": [',
      '    {',
      '      "id": "cw-5", "title": "記事", "platform": "crowdworks", "client": { "name": "山田" }, "stage": "escrowFunded",',
      '      "contacts": [',
      '        { "at": "2026-11-20", "direction": "sent", "channel": "platformMessage" } // 最後の連絡',
      '      ]',
      '    }',
      '  ]',
      '}',
      '',
    ].join('\n');
    const reply: Contact = { at: '2026-11-24', direction: 'received', channel: 'platformMessage' };
    const { edits, newText } = editOk(text, { kind: 'appendContact', contractId: 'cw-5', contact: reply }, EN);
    assert.ok(
      newText.includes(
        '        { "at": "2026-11-20", "direction": "sent", "channel": "platformMessage" }, // 最後の連絡\n        { "at": "2026-11-24", "direction": "received", "channel": "platformMessage" }\n      ]',
      ),
      newText,
    );
    assert.deepEqual(changedLines(text, edits, newText), [lineOf(text, '// 最後の連絡')]);
    assert.deepEqual(
      edits.map((e) => e.content.slice(0, 1)),
      [',', '\n'],
      'a comma, then a new line: nothing rewritten',
    );
  });
});

describe('computeEdit: unticking next to commented entries', () => {
  const text = [
    '{',
    '  "version": 1,',
    '  "contracts": [',
    '    {',
    '      "id": "cw-9", "title": "記事", "platform": "crowdworks", "client": { "name": "山田" }, "stage": "escrowFunded",',
    '      "checklist": {',
    '        "cw.escrow.remind": { "done": true, "at": "2026-11-20" }, // 11/20 に送信',
    '        "cw.escrow.remind2": { "done": true, "at": "2026-11-21" }, // 2回目',
    '        "cw.escrow.report": { "done": true, "at": "2026-11-24" }',
    '      }',
    '    }',
    '  ]',
    '}',
    '',
  ].join('\n');
  const untick = (stepId: string) =>
    editOk(text, { kind: 'setChecklistStep', contractId: 'cw-9', stepId, done: false, at: '2026-11-24' });

  it('keeps the comment of the entry above when the last entry goes', () => {
    const { edits, newText } = untick('cw.escrow.report');
    assert.ok(newText.includes('"cw.escrow.remind2": { "done": true, "at": "2026-11-21" } // 2回目\n      }'), newText);
    assert.deepEqual(comments(newText), ['// 11/20 に送信', '// 2回目']);
    assert.deepEqual(changedLines(text, edits, newText), [lineOf(text, '// 2回目'), lineOf(text, '"cw.escrow.report"')]);
  });

  it('removes the first entry without joining the next one onto the brace line', () => {
    const { edits, newText } = untick('cw.escrow.remind');
    assert.ok(newText.includes('"checklist": {\n        "cw.escrow.remind2"'), newText);
    assert.deepEqual(changedLines(text, edits, newText), [lineOf(text, '"cw.escrow.remind"')]);
  });

  it('removes a middle entry with its own comment and nothing else', () => {
    const { edits, newText } = untick('cw.escrow.remind2');
    assert.deepEqual(comments(newText), ['// 11/20 に送信']);
    assert.deepEqual(changedLines(text, edits, newText), [lineOf(text, '"cw.escrow.remind2"')]);
    assert.deepEqual(Object.keys(findContract(parseOk(newText), 'cw-9').checklist ?? {}), [
      'cw.escrow.remind',
      'cw.escrow.report',
    ]);
  });
});

describe('computeEdit: unticking entries that share a line', () => {
  const file = (checklist: string): string =>
    [
      '{ "version": 1, "contracts": [',
      '  { "id": "cw-9", "title": "記事", "platform": "crowdworks", "client": { "name": "山田" }, "stage": "escrowFunded",',
      `    "checklist": ${checklist} }`,
      '] }',
      '',
    ].join('\n');
  const untick = (text: string, stepId: string) =>
    editOk(text, { kind: 'setChecklistStep', contractId: 'cw-9', stepId, done: false, at: '2026-11-24' });
  const A = '"a": { "done": true, "at": "2026-11-20" }';
  const B = '"b": { "done": true, "at": "2026-11-21" }';
  const C = '"c": { "done": true, "at": "2026-11-22" }';

  it('removes a later entry with the comma before it, keeping a comment between them', () => {
    const text = file(`{ ${A}, /* 送信済み */ ${B} }`);
    const { newText } = untick(text, 'b');
    assert.equal(newText, file(`{ ${A} /* 送信済み */ }`));
  });

  it('removes the first entry with the comma after it', () => {
    const text = file(`{ ${A}, ${B}, ${C} }`);
    assert.equal(untick(text, 'a').newText, file(`{ ${B}, ${C} }`));
    assert.equal(untick(text, 'b').newText, file(`{ ${A}, ${C} }`));
  });

  it('keeps a comment between an entry and its comma', () => {
    const text = file(`{ ${A} /* 済 */, ${B} }`);
    assert.equal(untick(text, 'a').newText, file(`{  /* 済 */ ${B} }`));
  });

  it('removes the only entry, leaving the braces', () => {
    const { newText } = untick(file(`{ ${A} }`), 'a');
    assert.equal(newText, file('{  }'));
    assert.deepEqual(findContract(parseOk(newText), 'cw-9').checklist, {});
  });
});
