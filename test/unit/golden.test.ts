import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { goldenRenders } from './goldenRenders';

const GOLDEN = path.resolve(__dirname, '..', '..', '..', 'test', 'golden');

function filesUnder(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

describe('golden renders of the built-in messages (test/golden, npm run golden rewrites them)', () => {
  const renders = goldenRenders();

  it('has a file for every built-in on every platform and stage it fits, and no file for one it does not', () => {
    assert.deepEqual(filesUnder(GOLDEN).sort(), [...renders.keys()].sort(), 'run npm run golden and review the diff');
  });

  it('renders each message exactly as reviewed', () => {
    for (const [name, text] of renders) {
      const file = path.join(GOLDEN, name);
      assert.ok(fs.existsSync(file), `${name} is missing: run npm run golden`);
      assert.equal(text, fs.readFileSync(file, 'utf8'), `${name} changed: run npm run golden and review the diff`);
    }
  });
});
