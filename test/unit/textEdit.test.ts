import * as assert from 'node:assert/strict';
import { applyTextEdits, EditComposer, type TextEdit } from '../../src/core/edit/textEdit';

/** Applies edits one at a time, each against the text the previous one produced. */
function applySequentially(text: string, steps: readonly (readonly TextEdit[])[]): string {
  return steps.reduce((current, edits) => applyTextEdits(current, edits), text);
}

function compose(text: string, steps: readonly (readonly TextEdit[])[]): EditComposer {
  const composer = new EditComposer(text);
  for (const edits of steps) {
    composer.add(edits);
  }
  return composer;
}

describe('applyTextEdits', () => {
  it('applies edits given in any order against the original text', () => {
    const edits: TextEdit[] = [
      { offset: 6, length: 5, content: '世界' },
      { offset: 0, length: 5, content: 'こんにちは' },
    ];
    assert.equal(applyTextEdits('hello world', edits), 'こんにちは 世界');
  });

  it('refuses overlapping edits instead of guessing', () => {
    assert.throws(
      () =>
        applyTextEdits('abcdef', [
          { offset: 1, length: 3, content: 'x' },
          { offset: 2, length: 1, content: 'y' },
        ]),
      /overlapping/,
    );
  });
});

describe('EditComposer', () => {
  it('folds edits made one after another into edits on the original text', () => {
    const original = '"stage": "applied"';
    const steps: TextEdit[][] = [
      [{ offset: 0, length: 0, content: '{ ' }], // now '{ "stage": "applied"'
      [{ offset: 12, length: 7, content: 'delivered' }], // offsets in the new text
      [{ offset: 22, length: 0, content: ' }' }],
    ];
    const composer = compose(original, steps);
    assert.equal(composer.text, '{ "stage": "delivered" }');
    assert.equal(composer.text, applySequentially(original, steps));
    assert.equal(applyTextEdits(original, composer.edits()), composer.text);
  });

  it('keeps edits far apart as separate edits, so the text between them is not rewritten', () => {
    const original = 'aaaa---------bbbb';
    const composer = compose(original, [
      [{ offset: 0, length: 4, content: 'AAAA' }],
      [{ offset: 13, length: 4, content: 'BBBB' }],
    ]);
    assert.deepEqual(composer.edits(), [
      { offset: 0, length: 4, content: 'AAAA' },
      { offset: 13, length: 4, content: 'BBBB' },
    ]);
  });

  it('merges an edit that touches an earlier one into a single edit', () => {
    const original = 'status: ok;';
    const composer = compose(original, [[{ offset: 8, length: 2, content: 'late' }], [{ offset: 12, length: 0, content: '!' }]]);
    assert.equal(composer.text, 'status: late!;');
    assert.deepEqual(composer.edits(), [{ offset: 8, length: 2, content: 'late!' }]);
  });

  it('merges a later edit that overlaps text inserted earlier', () => {
    const original = '[1, 2]';
    const composer = compose(original, [[{ offset: 5, length: 0, content: ', 3' }], [{ offset: 7, length: 1, content: '4' }]]);
    assert.equal(composer.text, '[1, 2, 4]');
    assert.deepEqual(composer.edits(), [{ offset: 5, length: 0, content: ', 4' }]);
  });

  it('keeps the listed order of inserts at the same offset within one step', () => {
    const composer = compose('[]', [
      [
        { offset: 1, length: 0, content: '"a"' },
        { offset: 1, length: 0, content: ', "b"' },
      ],
    ]);
    assert.equal(composer.text, '["a", "b"]');
    assert.equal(applyTextEdits('[]', composer.edits()), '["a", "b"]');
  });

  it('puts a later insert at the same offset before an earlier one, as sequential editing would', () => {
    const steps: TextEdit[][] = [[{ offset: 1, length: 0, content: 'B' }], [{ offset: 1, length: 0, content: 'A' }]];
    const composer = compose('[]', steps);
    assert.equal(composer.text, '[AB]');
    assert.equal(composer.text, applySequentially('[]', steps));
  });

  it('trims each composed edit to the characters that actually change', () => {
    const composer = compose('"stage": "escrowFunded"', [[{ offset: 9, length: 14, content: '"delivered"' }]]);
    assert.deepEqual(composer.edits(), [{ offset: 10, length: 10, content: 'deliver' }]);
  });

  it('drops a change that was undone by a later step', () => {
    const composer = compose('abc', [[{ offset: 1, length: 1, content: 'X' }], [{ offset: 1, length: 1, content: 'b' }]]);
    assert.equal(composer.text, 'abc');
    assert.deepEqual(composer.edits(), []);
  });

  it('gives the same result as applying edits one by one, for many random sequences', () => {
    let seed = 20261124;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 300; round++) {
      const original = 'contract-guard:'.repeat(1 + random(3));
      const steps: TextEdit[][] = [];
      let current = original;
      for (let i = 0; i < 1 + random(5); i++) {
        const edits: TextEdit[] = [];
        // Non-overlapping edits within one step, listed in increasing offset order.
        let from = 0;
        for (let j = 0; j < 1 + random(3) && from <= current.length; j++) {
          const offset = from + random(current.length - from + 1);
          const length = random(Math.min(4, current.length - offset) + 1);
          edits.push({ offset, length, content: ['', 'x', 'yz', '案件', ','][random(5)] ?? '' });
          from = offset + length + 1;
        }
        steps.push(edits);
        current = applyTextEdits(current, edits);
      }
      const composer = compose(original, steps);
      assert.equal(composer.text, current, `round ${round}`);
      const edits = composer.edits();
      assert.equal(applyTextEdits(original, edits), current, `round ${round}`);
      for (let k = 1; k < edits.length; k++) {
        assert.ok(edits[k - 1]!.offset + edits[k - 1]!.length <= edits[k]!.offset, `round ${round}: edits overlap`);
      }
    }
  });
});
