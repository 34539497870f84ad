// How dist/extension.js and dist/optional.js divide the extension (esbuild.js builds them).
//
// Two ordinary entry points. The optional bundle carries its own copy of whatever it imports: the
// pure core (which keeps no state, test/unit/coreState.test.ts) and a few stateless helpers of the
// adapters (settings, pickers, the write's error type). What lives once in the running extension
// (the stores, the log, the clock) it is handed as arguments, through the CommandContext. checkSplit
// fails the build when that stops being true.
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

/** What dist/extension.js may weigh, minified, in bytes (150 KB): scripts/check-package.js and the bench hold it to this. */
const EXTENSION_BUDGET_BYTES = 150 * 1024;

/**
 * Modules that only the optional bundle uses: a module listed here (or under a folder listed here,
 * ending in '/') must not be in dist/extension.js.
 */
const OPTIONAL_ONLY = [
  // The steps' details and sources, the playbooks' notes and the hints' details: a fifth of the
  // extension bundle, shown only in the checklist, the hovers, the calendar and the timeline.
  'src/core/playbooks/texts/',
  'src/core/calendar/entries.ts',
  'src/core/sample.ts',
  'src/optional/optionalEntry.ts',
  'src/checklist/checklistPanel.ts',
  'src/checklist/checklistHtml.ts',
  'src/checklist/checklistLabels.ts',
  'src/checklist/protocol.ts',
  'src/templates/templateCommands.ts',
  'src/templates/createTemplate.ts',
  'src/archive/archiveCommand.ts',
  'src/archive/applyArchive.ts',
  'src/commands/addContract.ts',
];

/** The inputs a bundle actually holds (esbuild lists modules it visited and then dropped, at 0 bytes). */
function keptInputs(metafile) {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  return new Set(
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file),
  );
}

/** Whether a module of ours keeps something at its top level that changes (a `let` or `var` there). */
function keepsState(rel) {
  const file = path.join(ROOT, rel);
  return fs.existsSync(file) && /^(export\s+)?(let|var)\s/m.test(fs.readFileSync(file, 'utf8'));
}

/**
 * Fails the build when a feature module is in the extension bundle, or when a module in both bundles
 * keeps state at its top level: its two copies would each keep their own, and disagree.
 */
function checkSplit(mainMetafile, optionalMetafile) {
  const inMain = keptInputs(mainMetafile);
  const misplaced = [...inMain].filter((f) => OPTIONAL_ONLY.some((m) => (m.endsWith('/') ? f.startsWith(m) : f === m)));
  if (misplaced.length > 0) {
    throw new Error(`dist/extension.js must not contain ${misplaced.join(', ')}: import them through optionalModules()`);
  }
  const doubled = [...keptInputs(optionalMetafile)].filter((m) => m.startsWith('src/') && inMain.has(m) && keepsState(m));
  if (doubled.length > 0) {
    throw new Error(
      `${doubled.join(', ')} keep state and would run twice, once in each bundle: hand what they hold to the optional code as an argument`,
    );
  }
}

module.exports = { checkSplit, keptInputs, EXTENSION_BUDGET_BYTES };
