import * as assert from 'node:assert/strict';
import { startEach } from '../../src/containment';

describe('features start independently', () => {
  it('starts the features after one that throws, and reports which one failed', () => {
    const reported: string[] = [];
    const started = startEach<string>(
      [
        ['tree', () => 'tree'],
        [
          'a broken playbook',
          () => {
            throw new Error('playbook data is broken');
          },
        ],
        ['commands', () => ['add', 'log']],
      ],
      (name, error) => reported.push(`${name}: ${error instanceof Error ? error.message : String(error)}`),
    );
    assert.deepEqual(started, ['tree', 'add', 'log']);
    assert.deepEqual(reported, ['a broken playbook: playbook data is broken']);
  });
});
