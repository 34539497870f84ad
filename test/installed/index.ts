import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { runMocha } from '../integration/runMocha';

/** Entry of the smoke suite that runs against Contract Guard installed from its .vsix (see runInstalled.ts). */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.smoke.js'))) {
    mocha.addFile(path.join(__dirname, file));
  }
  await runMocha(mocha, 'smoke');
}
