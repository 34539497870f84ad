import * as assert from 'node:assert/strict';
import * as path from 'node:path';

/** The part of an esbuild metafile that checkSplit reads. */
interface Metafile {
  outputs: Record<string, { entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> }>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS, outside the TypeScript project
const split = require(path.join(__dirname, '..', '..', '..', 'scripts', 'bundleSplit.js')) as {
  checkSplit: (main: Metafile, optional: Metafile) => void;
};
const checkSplit = split.checkSplit;

/** A bundle holding these modules (and one visited but dropped, as esbuild lists it). */
function bundle(entry: string, files: readonly string[]): Metafile {
  const inputs: Record<string, { bytesInOutput: number }> = { 'src/core/unused.ts': { bytesInOutput: 0 } };
  for (const f of files) {
    inputs[f] = { bytesInOutput: 100 };
  }
  return { outputs: { 'dist/x.js': { entryPoint: entry, inputs } } };
}

const MAIN = ['src/extension.ts', 'src/log/log.ts', 'src/core/dates.ts', 'src/core/parse.ts', 'src/core/unused.ts'];

describe('the split of the extension into dist/extension.js and dist/optional.js', () => {
  it('accepts the pure core in both bundles (each bundle its own copy), and the feature modules in the optional one only', () => {
    assert.doesNotThrow(() =>
      checkSplit(
        bundle('src/extension.ts', MAIN),
        bundle('src/optional/optionalEntry.ts', [
          'src/checklist/checklistPanel.ts',
          'src/core/dates.ts',
          'src/core/parse.ts',
          'src/core/unused.ts',
        ]),
      ),
    );
  });

  it('refuses a module with state in both bundles: the copy of the log would have no channel', () => {
    assert.throws(
      () => checkSplit(bundle('src/extension.ts', MAIN), bundle('src/optional/optionalEntry.ts', ['src/log/log.ts'])),
      /src\/log\/log\.ts keep state and would run twice/,
    );
  });

  it('refuses a feature module in the extension bundle, which is what the split is for', () => {
    assert.throws(
      () =>
        checkSplit(
          bundle('src/extension.ts', [...MAIN, 'src/templates/templateCommands.ts']),
          bundle('src/optional/optionalEntry.ts', []),
        ),
      /must not contain src\/templates\/templateCommands\.ts/,
    );
  });

  it('refuses a step text in the extension bundle: the texts stay in the optional one, which keeps the first under its budget', () => {
    assert.throws(
      () =>
        checkSplit(
          bundle('src/extension.ts', [...MAIN, 'src/core/playbooks/texts/crowdworks.ts']),
          bundle('src/optional/optionalEntry.ts', []),
        ),
      /must not contain src\/core\/playbooks\/texts\/crowdworks\.ts/,
    );
  });
});
