import * as assert from 'node:assert/strict';
import { PLAYBOOKS, type PlaybookStep } from '../../src/core/playbooks';
import { PLAYBOOK_NOTES, STEP_TEXTS, stepText } from '../../src/core/playbooks/texts';
import { PLATFORMS } from '../../src/core/schema';

/** The platform rules are data; these checks keep the data honest about where each rule comes from. */
const allSteps: { platform: string; step: PlaybookStep }[] = PLATFORMS.flatMap((platform) =>
  Object.values(PLAYBOOKS[platform].situations).flatMap((steps) => (steps ?? []).map((step) => ({ platform, step }))),
);

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('playbooks', () => {
  it('has a playbook for every platform the file can name', () => {
    for (const platform of PLATFORMS) {
      assert.equal(PLAYBOOKS[platform].platform, platform);
    }
  });

  it('marks the rules seen only on blogs or forums as reported by users (the UI shows a badge for it)', () => {
    const byId = new Map(allSteps.map(({ step }) => [step.id, step]));
    for (const id of [
      'cw.escrow.autoEnd',
      'fiverr.escrow.cancel',
      'fiverr.delivered.autoComplete',
      'fiverr.delivered.markAccepted',
    ]) {
      assert.equal(byId.get(id)?.verification, 'reportedByUsers', id);
    }
  });

  it('backs every rule marked official with a platform help page or the law', () => {
    for (const { platform, step } of allSteps.filter(({ step }) => step.verification === 'official')) {
      assert.ok(
        stepText(step.id).sources.some((s) => s.startsWith('https://')),
        `${platform}: ${step.id} is marked official but cites only ${JSON.stringify(stepText(step.id).sources)}`,
      );
    }
  });

  it('gives each step an id of its own, as the checklist is keyed by it', () => {
    const seen = new Map<string, PlaybookStep>();
    for (const platform of PLATFORMS) {
      for (const steps of Object.values(PLAYBOOKS[platform].situations)) {
        const ids = (steps ?? []).map((step) => step.id);
        assert.equal(new Set(ids).size, ids.length, `${platform}: ${ids.join(', ')}`);
        for (const step of steps ?? []) {
          // The same id in two situations must be the same step, so a tick carries over.
          const earlier = seen.get(step.id);
          assert.ok(earlier === undefined || earlier === step || JSON.stringify(earlier) === JSON.stringify(step), step.id);
          seen.set(step.id, step);
        }
      }
    }
  });

  it('words every step in English and Japanese', () => {
    for (const { platform, step } of allSteps) {
      const { detail } = stepText(step.id);
      assert.ok(step.title.en && detail.en, `${platform}: ${step.id}`);
      assert.match(step.title.ja, JAPANESE, `${platform}: ${step.id}`);
      assert.match(detail.ja, JAPANESE, `${platform}: ${step.id}`);
    }
  });

  it('has the texts of every step and of no step that does not exist, as they are kept apart by id', () => {
    const ids = new Set(allSteps.map(({ step }) => step.id));
    assert.deepEqual(
      [...ids].filter((id) => STEP_TEXTS[id] === undefined),
      [],
    );
    assert.deepEqual(
      Object.keys(STEP_TEXTS).filter((id) => !ids.has(id)),
      [],
    );
  });

  it('says that CrowdWorks’ help pages win where the seed article disagrees', () => {
    const notes = PLAYBOOK_NOTES.crowdworks ?? [];
    assert.ok(notes.some((n) => /follows the help pages/.test(n.en) && /公式ヘルプに従います/.test(n.ja)));
  });

  it('does not promise that CrowdWorks will accept a delivery for a silent client', () => {
    const step = allSteps.find((s) => s.step.id === 'cw.delivered.operatorAcceptance')?.step;
    assert.ok(step);
    assert.equal(step.due, undefined);
    assert.match(stepText(step.id).detail.en, /not a promise/);
  });
});
