import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string }[] };
};

/**
 * Every contributed command → the real-host or browser test that runs it and would fail if it did
 * nothing. Kept by hand: a new command fails this test until someone writes its test and lists it
 * here. Each entry names a test file and words of the test's title; both are checked to exist.
 */
const COMMAND_TESTS: Record<string, readonly [file: string, title: string][]> = {
  'contractGuard.addContract': [
    ['integration/suite/commands.test.ts', 'Add Contract appends a valid entry written like its neighbours'],
    ['ui/contractsView.ui.test.ts', 'adds a contract through the title bar’s five short questions'],
  ],
  'contractGuard.logSent': [
    ['integration/suite/commands.test.ts', 'appends one contact-log entry and keeps comments and layout'],
    ['ui/prompts.ui.test.ts', 'Log Message Sent from a row’s context menu asks what and when'],
  ],
  'contractGuard.logReply': [
    ['integration/suite/commands.test.ts', 'Log Client Reply moves a silent contract out of "Act now"'],
    ['ui/contractsView.ui.test.ts', 'logs a client reply from a row’s context menu'],
  ],
  'contractGuard.setStage': [
    ['integration/suite/commands.test.ts', 'Set Stage changes the stage and records the date'],
    ['integration/suite/commands.test.ts', 'Set Stage refuses a move the contract cannot make'],
    ['ui/prompts.ui.test.ts', 'Set Stage from a row’s context menu offers only the moves the contract can make'],
    ['ui/checklistButtons.ui.test.ts', 'Set the stage moves a delivered ココナラ contract to Accepted, on disk and in the page'],
  ],
  'contractGuard.recordOperatorReport': [
    ['integration/suite/commands.test.ts', 'appends one contact-log entry and keeps comments and layout'],
    ['integration/suite/calendar.test.ts', 'a logged report adds the review window'],
    ['ui/checklistButtons.ui.test.ts', 'Record the report adds the report to the log on disk, and the step shows done by the record'],
  ],
  'contractGuard.recordTerminationRequest': [
    ['integration/suite/commands.test.ts', 'appends one contact-log entry and keeps comments and layout'],
    ['ui/checklist.ui.test.ts', 'records the termination request from its button'],
  ],
  'contractGuard.openContractsFile': [['integration/suite/openCommands.test.ts', 'Open Contracts File opens the named folder’s file']],
  'contractGuard.revealContract': [['integration/suite/openCommands.test.ts', 'Reveal Contract in File puts the cursor on that contract’s object']],
  'contractGuard.refresh': [['integration/suite/openCommands.test.ts', 'has the view read the file again by the time the command returns']],
  'contractGuard.openChecklist': [
    ['integration/suite/checklist.test.ts', 'opens as a webview beside the editor for the contract'],
    ['ui/checklist.ui.test.ts', 'opens from a row for a CrowdWorks contract ghosted after escrow'],
  ],
  'contractGuard.openClientPage': [
    ['integration/suite/openCommands.test.ts', 'Open Client Page hands the contract’s page to VS Code to open outside'],
    ['ui/checklistButtons.ui.test.ts', 'Open the contract page opens that page in a new browser tab'],
  ],
  'contractGuard.createContractsFile': [
    ['integration/suite/store.test.ts', 'offers to create a commented sample file where there is none'],
    ['ui/welcome.ui.test.ts', 'explains the file and creates a commented sample from the welcome view'],
  ],
  'contractGuard.groupByUrgency': [
    ['integration/suite/tree.test.ts', 'groups by stage or platform on request, and back'],
    ['ui/prompts.ui.test.ts', 'groups by stage and back to urgency from the view’s menu'],
  ],
  'contractGuard.groupByStage': [
    ['integration/suite/tree.test.ts', 'groups by stage or platform on request, and back'],
    ['ui/prompts.ui.test.ts', 'groups by stage and back to urgency from the view’s menu'],
  ],
  'contractGuard.groupByPlatform': [['integration/suite/tree.test.ts', 'groups by stage or platform on request, and back']],
  'contractGuard.openProblem': [
    ['integration/suite/openCommands.test.ts', 'a problem row opens the file with the broken part selected'],
  ],
  'contractGuard.insertTemplate': [
    ['integration/suite/templates.test.ts', 'inserts the filled-in reminder at the cursor'],
    ['ui/templates.ui.test.ts', 'inserts 催促（1回目） from the palette'],
    ['ui/editorMessages.ui.test.ts', 'inserts a filled-in message at the cursor from the editor’s context menu'],
    ['ui/checklistButtons.ui.test.ts', 'Insert message puts the filled-in report memo in a new editor'],
  ],
  'contractGuard.copyTemplate': [
    ['integration/suite/templates.test.ts', 'copies the message as plain text, blanks marked for the writer'],
    ['ui/editorMessages.ui.test.ts', 'Copy Message to Clipboard puts the filled-in message, as plain text, where a paste reads it'],
  ],
  'contractGuard.logTemplateSent': [
    ['integration/suite/templates.test.ts', 'Log as Sent adds exactly one contact-log entry'],
    ['ui/templates.ui.test.ts', 'then logs it as sent'],
    ['ui/payment.ui.test.ts', 'logs it as sent on its own channel'],
    ['ui/checklistButtons.ui.test.ts', 'logs nothing until Log as Sent'],
  ],
  'contractGuard.createTemplateFromBuiltin': [['integration/suite/templates.test.ts', 'copies a built-in into the folder’s templates, opens it, and uses it from then on']],
  'contractGuard.exportCalendar': [
    ['integration/suite/calendar.test.ts', 'writes the dates of the folder’s open contracts beside its contracts file'],
    ['ui/prompts.ui.test.ts', 'Export Calendar writes contracts.ics beside the contracts file and says so'],
  ],
  'contractGuard.exportTimeline': [
    ['integration/suite/timeline.test.ts', 'opens the facts in date order as an untitled Markdown document beside the editor'],
    ['integration/suite/timeline.test.ts', 'is offered by the checklist at the operator report, and opens from its button'],
    ['ui/payment.ui.test.ts', 'exports the timeline from the palette, beside the editor'],
  ],
  'contractGuard.mergeBothVersions': [
    ['integration/suite/merge.test.ts', 'offers Merge Both Versions for a real git conflict'],
    ['ui/merge.ui.test.ts', 'shows the file with conflict markers as a row with Merge Both Versions'],
  ],
  'contractGuard.mergeSyncCopy': [
    ['integration/suite/merge.test.ts', 'merges a sync service’s copy into the contracts file'],
  ],
  'contractGuard.showLog': [
    ['ui/prompts.ui.test.ts', 'Show Log opens the Output panel on the Contract Guard channel, with its start line'],
  ],
  'contractGuard.archiveClosed': [
    ['integration/suite/archive.test.ts', 'moves the old closed contract verbatim'],
    ['ui/archive.ui.test.ts', 'archives last year’s closed contract from the palette, after asking the age and confirming'],
  ],
  'contractGuard.showArchived': [
    ['integration/suite/archive.test.ts', 'lists archived contracts, read-only, under "Archived"'],
    ['ui/archive.ui.test.ts', 'lists it again, apart and read-only, with Show Archived'],
  ],
  'contractGuard.hideArchived': [['integration/suite/archive.test.ts', 'lists archived contracts, read-only, under "Archived"']],
};

describe('every contributed command is run by a real-host or browser test', () => {
  const contributed = manifest.contributes.commands.map((c) => c.command);

  it('has an entry for each command in package.json, and none for a command that is gone', () => {
    assert.deepEqual(
      contributed.filter((c) => !(c in COMMAND_TESTS)),
      [],
      'commands no test is listed for: write the test, then add it to COMMAND_TESTS',
    );
    assert.deepEqual(Object.keys(COMMAND_TESTS).filter((c) => !contributed.includes(c)), []);
  });

  it('names tests that exist, in files that run the command', () => {
    for (const [command, tests] of Object.entries(COMMAND_TESTS)) {
      assert.ok(tests.length > 0, command);
      for (const [file, title] of tests) {
        const source = fs.readFileSync(path.join(ROOT, 'test', file), 'utf8');
        assert.ok(source.includes(title), `${file} has a test titled "…${title}…" (for ${command})`);
        // A browser test runs a command through its title, a host test through its id.
        assert.ok(file.startsWith('ui/') || source.includes(`'${command}'`), `${file} runs ${command}`);
      }
    }
  });
});
