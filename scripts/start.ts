import * as fs from 'node:fs';
import * as path from 'node:path';
import { ensureCodeServer, freePort, REPO_ROOT, startCodeServer } from '../test/host/codeServer';
import { workbenchUrl } from '../test/host/workbench';
import { shiftIsoDates, weeksSince } from './shiftDates';

/**
 * `npm start`: serves VS Code (code-server) on 127.0.0.1 with Contract Guard loaded from this
 * checkout and a demo workspace, prints the URL, and stops cleanly on Ctrl-C.
 *
 * The demo's dates describe 2026-11-24; they are moved forward by whole weeks so the demo looks the
 * same on any later day (weekdays stay weekdays). The copy is fresh at every start.
 */
const DEMO_DAY = '2026-11-24';

async function main(): Promise<void> {
  ensureCodeServer();
  const workspace = path.join(REPO_ROOT, '.vscode-test', 'demo-workspace');
  fs.rmSync(workspace, { recursive: true, force: true });
  fs.cpSync(path.join(REPO_ROOT, 'demo'), workspace, { recursive: true });
  const weeks = weeksSince(DEMO_DAY, new Date());
  const contracts = path.join(workspace, 'contracts.json');
  fs.writeFileSync(contracts, shiftIsoDates(fs.readFileSync(contracts, 'utf8'), weeks * 7));
  const wanted = Number(process.env.PORT ?? 8080);
  const port = (await portIsFree(wanted)) ? wanted : await freePort();
  const server = await startCodeServer({ dataDir: path.join(REPO_ROOT, '.vscode-test', 'demo-data'), port });
  console.log('\nContract Guard demo is running. Open this URL in your browser:\n');
  console.log(`  ${workbenchUrl(server, workspace)}\n`);
  console.log('The Contract Guard view is in the activity bar (the shield). Press Ctrl-C to stop.\n');
  const stop = (): void => {
    console.log('\nStopping…');
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function portIsFree(port: number): Promise<boolean> {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
