import * as assert from 'node:assert/strict';
import { LOCALES, type Locale } from '../../src/core/i18n';
import { PLAYBOOKS, situationOf, type PlaybookStep } from '../../src/core/playbooks';
import { PLATFORM_VOICES } from '../../src/core/playbooks/platformWords';
import type { Contract, Platform } from '../../src/core/schema';
import { builtinTemplates, fitsContract, renderTemplate, segmentsToText, type MessageTemplate } from '../../src/core/templates';
import { NOW } from './fixtures';
import { MATRIX, matrixContract } from './matrixContracts';
import { ctxFor } from './templateFixtures';

/** Placeholders only the writer can fill in: every other one has a value, or its sentence is left out. */
const WRITER_ONLY = new Set(['reason', 'newDeadline']);

/** Signs of a sentence whose value went missing: an empty bracket or quote, a stray particle, a blank line too many. */
const EMPTY_CLAUSE = [/（）/, /\(\)/, /「」/, /""/, /\n\n\n/, /^[、。,.]/m, /\{\{|\}\}/, /に、を|にを|のの/];

/** What a writer would read: the message as Copy gives it, with any blank still marked. */
function renderFor(template: MessageTemplate, c: Contract): { text: string; blanks: string[] } {
  const result = renderTemplate(template, ctxFor(c, NOW));
  assert.ok(result.ok, `${template.id} renders: ${result.ok ? '' : result.problems[0]?.message}`);
  const blanks = result.segments.flatMap((s) =>
    s.kind === 'placeholder' && s.value === undefined && !WRITER_ONLY.has(s.name) ? [s.name] : [],
  );
  return { text: segmentsToText(result.segments, template.language), blanks };
}

/** Checks a rendered message holds only true, complete sentences in this platform's own words. */
function assertRightFor(platform: Platform, template: MessageTemplate, c: Contract, where: string): string {
  const { text, blanks } = renderFor(template, c);
  assert.deepEqual(blanks, [], `${where}: blanks left for ${blanks.join(', ')}`);
  for (const empty of EMPTY_CLAUSE) {
    assert.doesNotMatch(text, empty, `${where}: an empty clause (${String(empty)})\n${text}`);
  }
  for (const word of PLATFORM_VOICES[platform].forbidden) {
    assert.ok(!text.toLowerCase().includes(word.toLowerCase()), `${where}: "${word}" is not ${platform}'s word\n${text}`);
  }
  return text;
}

/** A step that asks for a second (or later) reminder: its message must name the reply-by date. */
const isSecondReminder = (step: PlaybookStep): boolean => 'reminders' in step.completion && step.completion.reminders >= 2;

describe('every message right for where it is sent: 7 platforms × every stage × every step × ja/en', () => {
  for (const { platform, stage } of MATRIX) {
    const situation = situationOf(stage);
    const steps = situation === undefined ? [] : (PLAYBOOKS[platform].situations[situation] ?? []);
    for (const locale of LOCALES) {
      const templates = builtinTemplates(locale);
      it(`${platform} / ${stage} / ${locale}: each step's message exists, fits, and is complete in ${platform}'s words`, () => {
        for (const full of [true, false]) {
          const c = matrixContract(platform, stage, full);
          for (const step of steps) {
            const where = `${locale}/${step.id}${full ? '' : ' (sparse file)'}`;
            if (step.template === undefined) {
              assert.ok(!isSecondReminder(step), `${where}: a second-reminder step offers no message`);
              continue;
            }
            const template = templates.find((t) => t.id === step.template);
            assert.ok(template, `${where}: no built-in "${step.template}"`);
            assert.ok(fitsContract(template, c), `${where}: "${template.id}" is offered where it does not fit`);
            const text = assertRightFor(platform, template, c, where);
            if (isSecondReminder(step)) {
              assert.match(template.body, /\{\{replyBy\}\}/, `${where}: the second reminder names no reply-by date`);
              assert.ok(text.includes(replyByText(locale)), `${where}: the reply-by date is not in the message\n${text}`);
            }
          }
        }
      });

      it(`${platform} / ${stage} / ${locale}: every built-in offered as fitting holds none of another platform's words`, () => {
        for (const full of [true, false]) {
          const c = matrixContract(platform, stage, full);
          for (const template of templates.filter((t) => fitsContract(t, c))) {
            assertRightFor(platform, template, c, `${locale}/${template.id}${full ? '' : ' (sparse file)'}`);
          }
        }
      });
    }
  }
});

/** Two business days after Tuesday 24 November 2026 (no holiday between). */
function replyByText(locale: Locale): string {
  return locale === 'ja' ? '11月26日(木)' : 'Thu, Nov 26';
}
