import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Step {
  id: string;
  media: { image?: string; markdown?: string };
  completionEvents: string[];
}
const manifest = JSON.parse(read('package.json')) as {
  keywords: string[];
  icon: string;
  contributes: { commands: { command: string }[]; walkthroughs: { steps: Step[] }[] };
};
const nls = {
  en: JSON.parse(read('package.nls.json')) as Record<string, string>,
  ja: JSON.parse(read('package.nls.ja.json')) as Record<string, string>,
};

/** A manifest value as VS Code shows it in a language: "%key%" replaced from that language's nls file. */
function resolved(value: string, language: 'en' | 'ja'): string {
  const m = /^%(.+)%$/.exec(value);
  return m ? (nls[language][m[1] ?? ''] ?? value) : value;
}

describe('the manifest as the Marketplace and VS Code read it', () => {
  it('completes each walkthrough step on a real event: a command we contribute or a context key we set', () => {
    const commands = new Set(manifest.contributes.commands.map((c) => c.command));
    const sources = fs
      .readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => read(path.join('src', f)))
      .join('\n');
    const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);
    assert.equal(steps.length, 4);
    for (const step of steps) {
      assert.ok(step.completionEvents.length > 0, step.id);
      for (const event of step.completionEvents) {
        const [kind, name = ''] = event.split(':');
        if (kind === 'onCommand') {
          assert.ok(commands.has(name), `${step.id}: ${name} is a contributed command`);
        } else {
          assert.equal(kind, 'onContext', event);
          assert.ok(sources.includes(`'${name}'`), `${step.id}: the code sets ${name}`);
        }
      }
    }
  });

  it('has the media of every walkthrough step in both languages', () => {
    for (const step of manifest.contributes.walkthroughs.flatMap((w) => w.steps)) {
      const media = step.media.image ?? step.media.markdown ?? '';
      for (const language of ['en', 'ja'] as const) {
        const file = resolved(media, language);
        assert.ok(fs.existsSync(path.join(ROOT, file)), `${step.id} (${language}): ${file}`);
      }
      assert.notEqual(resolved(media, 'en'), resolved(media, 'ja'), `${step.id} has its own Japanese media`);
    }
  });

  it('ships a 128×128 PNG icon and at most 30 keywords, in both languages', () => {
    const png = fs.readFileSync(path.join(ROOT, manifest.icon));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(manifest.keywords.length <= 30);
    assert.ok(manifest.keywords.includes('クラウドワークス') && manifest.keywords.includes('バックレ'));
    assert.ok(manifest.keywords.includes('freelance') && manifest.keywords.includes('contract'));
  });
});
