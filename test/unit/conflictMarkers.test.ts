import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitConflictMarkers } from '../../src/core/merge';
import { BASE_TEXT, DESKTOP_LINE, LAPTOP_LINE, merged, read, withContact } from './mergeFixtures';

/** Runs the real git in a fresh repository: what it writes is what the split must read. */
function gitConflict(style: 'merge' | 'diff3'): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-merge-'));
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', `merge.conflictStyle=${style}`, ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
  git('init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'contracts.json'), BASE_TEXT);
  git('add', '.');
  git('commit', '-qm', 'base');
  git('checkout', '-qb', 'desktop');
  writeFileSync(join(dir, 'contracts.json'), withContact(BASE_TEXT, DESKTOP_LINE));
  git('commit', '-qam', 'desktop');
  git('checkout', '-q', 'main');
  writeFileSync(join(dir, 'contracts.json'), withContact(BASE_TEXT, LAPTOP_LINE));
  git('commit', '-qam', 'laptop');
  try {
    git('merge', '-q', 'desktop');
  } catch {
    // a conflict is what this needs
  }
  return readFileSync(join(dir, 'contracts.json'), 'utf8');
}

describe('git conflict markers', () => {
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
    assert.deepEqual(splitConflictMarkers(text), { ours: 'a\r\nb\r\nd\r\ne\r\n', theirs: 'a\r\nc\r\nd\r\n', theirsLabel: 'x', regions: 2 });
  });

  it('finds nothing in a text without a complete region', () => {
    assert.equal(splitConflictMarkers(BASE_TEXT), undefined);
    assert.equal(splitConflictMarkers('<<<<<<< HEAD\nb\n=======\nc\n'), undefined);
    assert.equal(splitConflictMarkers('"summary": "<<<<<<< not a marker"'), undefined);
  });
});
