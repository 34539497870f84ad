import * as assert from 'node:assert/strict';
import { failedTests } from '../host/repeat';

/** test:repeat reads mocha's spec summary to name what failed; a misread would hide a flake. */
describe('test:repeat reads the failures of a spec report', () => {
  it('names each failed test with its suites and the first line of its error', () => {
    const report = [
      '  Archive Closed Contracts',
      '    ✔ moves the old closed contract',
      '    1) refuses, writing nothing',
      '',
      '  1 passing (3s)',
      '  2 failing',
      '',
      '  1) Archive Closed Contracts',
      '       refuses, writing nothing, while the contracts file has unsaved changes:',
      '     Error: Timed out waiting for the document to match the disk',
      '      at eventually (helpers.js:30:13)',
      '',
      '  2) The checklist',
      '       in the browser',
      '         "after all" hook for "comes back":',
      '     \u001b[31mTimeoutError: page.reload: Timeout 30000ms exceeded\u001b[0m',
      '',
    ].join('\n');
    assert.deepEqual(failedTests(report), [
      'Archive Closed Contracts › refuses, writing nothing, while the contracts file has unsaved changes: Error: Timed out waiting for the document to match the disk',
      'The checklist › in the browser › "after all" hook for "comes back": TimeoutError: page.reload: Timeout 30000ms exceeded',
    ]);
  });

  it('finds nothing in a report where every test passed', () => {
    assert.deepEqual(failedTests('  Suite\n    ✔ one\n    ✔ two\n\n  2 passing (1s)\n'), []);
  });
});
