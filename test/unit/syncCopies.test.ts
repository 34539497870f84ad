import * as assert from 'node:assert/strict';
import { syncCopyOf } from '../../src/core/merge';

describe('sync-conflict copies beside the contracts file', () => {
  it('recognises the copy each service makes', () => {
    const copies: [string, string][] = [
      ["contracts (Laptop's conflicted copy 2026-12-01).json", 'dropbox'],
      ["contracts (山田's conflicted copy 2026-12-01 (1)).json", 'dropbox'],
      ['contracts-DESKTOP-1.json', 'onedrive'],
      ['contracts-MyLaptop.json', 'onedrive'],
      ['contracts 2.json', 'numbered'],
      ['contracts.sync-conflict-20261201-101500-ABCDEF7.json', 'syncthing'],
      ['contracts.sync-conflict-20261201-101500.json', 'syncthing'],
      ['contracts.sync-conflict-20261201-101500-ABCDEF.json', 'syncthing'],
    ];
    for (const [name, service] of copies) {
      assert.equal(syncCopyOf('contracts.json', name)?.service, service, name);
    }
    assert.equal(syncCopyOf('contracts.jsonc', 'contracts 3.jsonc')?.service, 'numbered');
  });

  it('leaves the file itself, its archives and unrelated files alone', () => {
    for (const name of [
      'contracts.json',
      'contracts-archive-2026.json',
      'contracts.jsonc',
      'contracts 2.jsonc',
      'other.json',
      'contracts-with-a-very-long-name.json',
      'contracts (notes).json',
      'contracts.json.bak',
    ]) {
      assert.equal(syncCopyOf('contracts.json', name), undefined, name);
    }
  });
});
