import * as assert from 'node:assert/strict';
import { checklistContent } from '../../src/core/checklist';
import { groupStatuses } from '../../src/core/grouping';
import { stageLabel } from '../../src/core/labels';
import { deriveStatus } from '../../src/core/status';
import { JST, NOW, contract } from './fixtures';

const statusOf = (platform: 'crowdworks' | 'direct' | 'other', stage: 'contracted' | 'escrowFunded', id = 'c-1') =>
  deriveStatus(contract({ id, platform, stage }), NOW, { utcOffsetMinutes: JST });

describe('stage names off a platform', () => {
  it('names the two escrow stages after the work for a direct or other client, and keeps the platforms’ names', () => {
    for (const platform of ['direct', 'other'] as const) {
      assert.deepEqual(stageLabel('contracted', platform), { en: 'Contracted, not started', ja: '契約済み・着手前' });
      assert.deepEqual(stageLabel('escrowFunded', platform), { en: 'Working', ja: '作業中' });
      assert.equal(stageLabel('delivered', platform).ja, '納品済み・検収待ち');
    }
    assert.equal(stageLabel('escrowFunded', 'crowdworks').ja, '仮払い済み・作業中');
    assert.equal(stageLabel('contracted', 'lancers').ja, '契約済み・仮払い待ち');
  });

  it('never speaks of escrow in the checklist of a direct contract', () => {
    for (const stage of ['contracted', 'escrowFunded'] as const) {
      const content = checklistContent(statusOf('direct', stage), 'ja');
      assert.ok(!content.stage.includes('仮払い'), content.stage);
      assert.ok(!content.situation.includes('仮払い'), content.situation);
    }
    assert.ok(checklistContent(statusOf('crowdworks', 'escrowFunded'), 'ja').situation.includes('仮払い'));
  });

  it('names a stage group after the work only when every contract in it is off a platform', () => {
    const direct = statusOf('direct', 'escrowFunded', 'd-1');
    const platform = statusOf('crowdworks', 'escrowFunded', 'p-1');
    assert.equal(groupStatuses([direct], 'stage')[0]!.label.ja, '作業中');
    assert.equal(groupStatuses([direct, platform], 'stage')[0]!.label.ja, '仮払い済み・作業中');
  });
});
