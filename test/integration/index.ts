import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { runMocha } from './runMocha';

/**
 * The integration suite's entry: VS Code calls run() inside its extension host, whichever launcher
 * started it (runIntegration on code-server, or runDesktop with @vscode/test-electron).
 */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  const grep = process.env.CONTRACT_GUARD_TEST_GREP;
  if (grep) {
    mocha.grep(grep);
  }
  const dir = path.join(__dirname, 'suite');
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(dir, file));
  }
  await runMocha(mocha, 'integration');
}
