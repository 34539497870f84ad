import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pick, type Locale } from '../../src/core/i18n';
import { PLAYBOOKS } from '../../src/core/playbooks';
import { BEGIN, END, READMES, stepsTable, withStepsTable } from '../../scripts/readmeTables';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('README tables of the steps per platform and situation', () => {
  for (const [locale, file] of Object.entries(READMES) as [Locale, string][]) {
    it(`${file} holds the table as the playbooks give it (npm run readme-tables rewrites it)`, () => {
      const readme = fs.readFileSync(path.join(ROOT, file), 'utf8');
      assert.equal(readme, withStepsTable(readme, locale), `${file} is out of date: run npm run readme-tables`);
    });
  }

  it('names every step of every playbook, in both languages', () => {
    for (const locale of ['en', 'ja'] as const) {
      const table = stepsTable(locale);
      for (const playbook of Object.values(PLAYBOOKS)) {
        for (const steps of Object.values(playbook.situations)) {
          for (const step of steps ?? []) {
            assert.ok(table.includes(pick(step.title, locale).replace(/\|/g, '\\|')), `${locale}: ${step.id}`);
          }
        }
      }
    }
  });

  it('replaces only what lies between the markers, and refuses a README without them', () => {
    const readme = `# Title\n\nBefore.\n\n${BEGIN}\n| old | table |\n${END}\n\nAfter.\n`;
    const rewritten = withStepsTable(readme, 'en');
    assert.ok(rewritten.startsWith(`# Title\n\nBefore.\n\n${BEGIN}\n| | before escrow |`));
    assert.ok(rewritten.endsWith(`|\n\n† Reported by users, not confirmed by the platform.\n${END}\n\nAfter.\n`));
    assert.doesNotMatch(rewritten, /\| old \| table \|/);
    assert.equal(withStepsTable(rewritten, 'en'), rewritten);
    assert.throws(() => withStepsTable('# No markers\n', 'en'), /needs the markers/);
    // The end marker quoted in prose before the table does not cut it short.
    const quoted = `Markers: \`${END}\`.\n\n${readme}`;
    assert.equal(withStepsTable(quoted, 'en'), `Markers: \`${END}\`.\n\n${rewritten}`);
  });
});
