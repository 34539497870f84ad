import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { contractArg, eventually, folderUri, readDisk, suiteOnFreshWorkspace } from './helpers';

const ICS = (): vscode.Uri => vscode.Uri.joinPath(folderUri('alpha'), 'contracts.ics');
const REVIEW_UID = 'UID:cw-2026-101.cw.escrow.review@contract-guard';

/** The lines of one event in the file, unfolded. */
function eventOf(ics: string, uidLine: string): string | undefined {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('BEGIN:VEVENT')
    .find((block) => block.includes(`${uidLine}\r\n`));
}

describe('Calendar export', () => {
  // The workspace as the fixture has it, whatever test file ran before.
  suiteOnFreshWorkspace();
  afterEach(async () => {
    await vscode.workspace.getConfiguration('contractGuard', folderUri('alpha')).update('calendar.keepUpdated', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    fs.rmSync(ICS().fsPath, { force: true });
  });

  it('writes the dates of the folder’s open contracts beside its contracts file', async () => {
    await vscode.commands.executeCommand('contractGuard.exportCalendar', { folder: folderUri('alpha').toString() });
    const ics = readDisk(ICS());
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    const deadline = eventOf(ics, 'UID:cw-2026-101.deadline@contract-guard');
    assert.ok(deadline, 'the writer’s deadline');
    assert.match(deadline, /DTSTART;VALUE=DATE:20261204\r\n/);
    assert.match(deadline, /SUMMARY:株式会社ミライ企画: your deadline \(美容系SEO記事 5本\)\r\n/);
    assert.match(deadline, /TRIGGER;RELATED=START:PT9H/);
    assert.ok(!ics.includes('lc-2026-103'), 'a closed contract has no dates');
    assert.equal(eventOf(ics, REVIEW_UID), undefined, 'no review window before a report');
  });

  it('with the setting on, follows the contracts file: a logged report adds the review window', async () => {
    await vscode.workspace.getConfiguration('contractGuard', folderUri('alpha')).update('calendar.keepUpdated', true, vscode.ConfigurationTarget.WorkspaceFolder);
    await eventually('the calendar file', () => (fs.existsSync(ICS().fsPath) ? true : undefined));
    await vscode.commands.executeCommand('contractGuard.recordOperatorReport', await contractArg('cw-2026-101'), {
      at: '2026-11-24T10:00:00+09:00',
    });
    const review = await eventually('the review window in the calendar', () => eventOf(readDisk(ICS()), REVIEW_UID));
    assert.match(review, /DTSTART;VALUE=DATE:20261126\r\n/, 'two business days after Tuesday 11/24');
    const report = eventOf(readDisk(ICS()), 'UID:cw-2026-101.cw.escrow.report@contract-guard');
    assert.match(report ?? '', /STATUS:CANCELLED\r\n/, 'the report step is done, so its event is cancelled');
    assert.match(report ?? '', /SEQUENCE:1\r\n/);
  });
});
