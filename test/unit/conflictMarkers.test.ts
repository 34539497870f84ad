import * as assert from 'node:assert/strict';
import { splitConflictMarkers } from '../../src/core/merge';
import { gitMergeConflict } from '../host/gitConflict';
import { BASE_TEXT, DESKTOP_LINE, LAPTOP_LINE, merged, read, withContact } from './mergeFixtures';

function gitConflict(style: 'merge' | 'diff3'): string {
  return gitMergeConflict(BASE_TEXT, withContact(BASE_TEXT, LAPTOP_LINE), withContact(BASE_TEXT, DESKTOP_LINE), style);
}

describe('git conflict markers', function () {
  // Each case runs git several times: more than mocha's two seconds on a loaded machine.
  this.timeout(30_000);
  for (const style of ['merge', 'diff3'] as const) {
    it(`splits what a real git merge leaves (${style} style) into the versions, and they merge`, () => {
      const text = gitConflict(style);
      assert.match(text, /^<{7} HEAD$/m);
      const versions = splitConflictMarkers(text);
      assert.ok(versions);
      assert.equal(versions.ours, withContact(BASE_TEXT, LAPTOP_LINE));
      assert.equal(versions.theirs, withContact(BASE_TEXT, DESKTOP_LINE));
      assert.equal(versions.base, style === 'diff3' ? BASE_TEXT : undefined);
      assert.equal(versions.theirsLabel, 'desktop');
      const result = merged(versions);
      assert.equal(read(result.newText).contracts[0]!.contacts!.length, 4);
    });
  }

  it('keeps CRLF line ends and reads several regions', () => {
    const text = 'a\r\n<<<<<<< HEAD\r\nb\r\n=======\r\nc\r\n>>>>>>> x\r\nd\r\n<<<<<<< HEAD\r\ne\r\n=======\r\n>>>>>>> x\r\n';
    assert.deepEqual(splitConflictMarkers(text), {
      ours: 'a\r\nb\r\nd\r\ne\r\n',
      theirs: 'a\r\nc\r\nd\r\n',
      theirsLabel: 'x',
      regions: 2,
    });
  });

  it('finds nothing in a text without a complete region', () => {
    assert.equal(splitConflictMarkers(BASE_TEXT), undefined);
    assert.equal(splitConflictMarkers('<<<<<<< HEAD\nb\n=======\nc\n'), undefined);
    assert.equal(splitConflictMarkers('"summary": "<<<<<<< not a marker"'), undefined);
  });
});
