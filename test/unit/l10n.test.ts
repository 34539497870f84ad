import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import { PLAYBOOKS } from '../../src/core/playbooks';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

let extracted: Record<string, unknown> | undefined;

/** Every string the extension passes to vscode.l10n.t, as @vscode/l10n-dev extracts it (the English bundle). */
async function extractBundle(): Promise<Record<string, unknown>> {
  extracted ??= (await getL10nJson(
    sourceFiles(path.join(ROOT, 'src')).map((file) => ({ extension: '.ts', contents: fs.readFileSync(file, 'utf8') })),
  )) as Record<string, unknown>;
  return extracted;
}

async function l10nKeys(): Promise<Set<string>> {
  return new Set(Object.keys(await extractBundle()));
}

function readJson(file: string): Record<string, string> {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;
}

describe('Japanese translation', function () {
  // Extracting the strings parses every source file with tree-sitter: seconds, not milliseconds, on a busy machine.
  this.timeout(60_000);

  it('keeps the English bundle as @vscode/l10n-dev generates it (npm run l10n)', async () => {
    assert.deepEqual(readJson('l10n/bundle.l10n.json'), await extractBundle());
  });

  it('translates every message the extension shows at run time', async () => {
    const bundle = readJson('l10n/bundle.l10n.ja.json');
    const missing = [...(await l10nKeys())].filter((k) => !(k in bundle));
    assert.deepEqual(missing, []);
  });

  it('keeps no translation for a message that no longer exists', async () => {
    const keys = await l10nKeys();
    const stale = Object.keys(readJson('l10n/bundle.l10n.ja.json')).filter((k) => !keys.has(k));
    assert.deepEqual(stale, []);
  });

  it('keeps the placeholders of each message', () => {
    for (const [en, ja] of Object.entries(readJson('l10n/bundle.l10n.ja.json'))) {
      const holes = (s: string): string[] => (s.match(/\{\d+\}/g) ?? []).sort();
      assert.deepEqual(holes(ja), holes(en), en);
    }
  });

  it('gives every manifest string (commands, views, settings) a Japanese version', () => {
    const en = readJson('package.nls.json');
    const ja = readJson('package.nls.ja.json');
    assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const used = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1] ?? '');
    assert.deepEqual(
      used.filter((k) => !(k in en)),
      [],
    );
  });
});

describe('settings help text', () => {
  it('states the same default silence thresholds as the playbooks use', () => {
    for (const file of ['package.nls.json', 'package.nls.ja.json']) {
      const help = readJson(file)['config.silenceThresholds'] ?? '';
      for (const [platform, playbook] of Object.entries(PLAYBOOKS)) {
        assert.match(help, new RegExp(`${platform} ${playbook.silence.watch}/${playbook.silence.act}`), `${file}: ${platform}`);
      }
    }
  });
});
