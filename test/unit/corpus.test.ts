import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { computeEdit } from '../../src/core/edit/intents';
import { parseContracts } from '../../src/core/parse';
import { deriveStatus } from '../../src/core/status';
import { firstInvalidUtf8 } from '../../src/core/utf8';
import { EN, NOW } from './fixtures';

/** One hostile or broken file and what the writer must see (test/corpus/manifest.json). */
export interface CorpusEntry {
  readonly file: string;
  readonly expect: 'problem' | 'loads';
  readonly why: string;
  readonly kind?: string;
  readonly message?: string;
  readonly title?: string;
}

export const CORPUS_DIR = path.join(__dirname, '..', '..', '..', 'test', 'corpus');

export function corpus(): CorpusEntry[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { files: CorpusEntry[] };
  return manifest.files;
}

describe('the corpus of hostile and broken files', () => {
  const entries = corpus();

  it('has at least 20 files, each described, and nothing on disk left out of the manifest', () => {
    assert.ok(entries.length >= 20, String(entries.length));
    const listed = new Set(entries.map((e) => e.file));
    const onDisk = fs.readdirSync(CORPUS_DIR).filter((f) => f !== 'manifest.json');
    assert.deepEqual(
      onDisk.filter((f) => !listed.has(f)),
      [],
    );
    for (const e of entries) {
      assert.ok(e.expect === 'loads' || (e.kind && e.message), `${e.file} says what the writer sees`);
    }
  });

  for (const entry of entries) {
    it(`${entry.file} (${entry.why}): ${entry.expect === 'loads' ? 'loads' : `a ${entry.kind ?? ''} problem`}`, () => {
      const bytes = fs.readFileSync(path.join(CORPUS_DIR, entry.file));
      if (firstInvalidUtf8(bytes) >= 0) {
        // The store refuses such a file before parsing; the message is checked in the real host.
        assert.equal(entry.kind, 'unreadable');
        return;
      }
      const text = new TextDecoder('utf-8').decode(bytes); // drops a BOM, as the store does
      const result = parseContracts(text, EN);
      if (entry.expect === 'problem') {
        assert.equal(result.ok, false);
        const match = result.problems.find((p) => p.kind === entry.kind && p.message.includes(entry.message ?? ''));
        assert.ok(
          match,
          `expected a ${entry.kind ?? ''} problem saying “${entry.message ?? ''}”, got ${JSON.stringify(result.problems.map((p) => [p.kind, p.message]))}`,
        );
        assert.ok(match.offset >= 0 && match.offset <= text.length);
      } else {
        assert.ok(result.ok, JSON.stringify(result.problems.map((p) => p.message)));
        assert.deepEqual(
          result.problems.filter((p) => p.severity === 'error'),
          [],
        );
        if (entry.title !== undefined) {
          assert.equal(result.file.contracts[0]?.title, entry.title, 'the title is read exactly as written');
        }
        for (const contract of result.file.contracts) {
          assert.doesNotThrow(() => deriveStatus(contract, NOW, { utcOffsetMinutes: EN.utcOffsetMinutes }));
        }
      }
      // An edit on a broken file is refused; on a good one it gives a file that still reads.
      const edit = computeEdit(
        text,
        {
          kind: 'appendContact',
          contractId: 'c-1',
          contact: { at: '2026-11-24', direction: 'sent', channel: 'email', summary: '$(alert)' },
        },
        EN,
      );
      assert.equal(edit.ok, entry.expect === 'loads');
      if (edit.ok) {
        assert.equal(parseContracts(edit.newText, EN).ok, true);
      }
    });
  }
});
