import * as assert from 'node:assert/strict';
import { HAND_EDITED, editOk } from './fixtures';

describe('ticking a checklist step that already has an entry', () => {
  it('rewrites only that entry, on one line like before, not in a compact machine form', () => {
    const { newText } = editOk(HAND_EDITED, {
      kind: 'setChecklistStep',
      contractId: 'cw-2026-001',
      stepId: 'cw.escrow.remind',
      done: true,
      at: '2026-11-24',
    });
    assert.match(newText, /\n {12}"cw\.escrow\.remind": \{ "done": true, "at": "2026-11-24" \},\n/);
    assert.equal(newText.replace('2026-11-24" },\n         },', '2026-11-18" },\n         },'), HAND_EDITED);
  });
});
