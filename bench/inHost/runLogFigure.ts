import * as fs from 'node:fs';
import * as path from 'node:path';
import { runSuite } from '../../test/host/automation';
import { ensureCodeServer, REPO_ROOT } from '../../test/host/codeServer';
import { PINNED_CLOCK_ENV } from '../../test/host/workspaces';
import { contractsFile } from '../generate';
import type { LogFigure } from './logFigure';

/**
 * Starts code-server on a workspace holding a generated contracts file of `n` contracts, opens it in
 * headless Chromium with bench/inHost/logFigure.ts as the test entry, and returns what it measured.
 * The extension is the built dist/ (run `npm run build` first), as the integration tests load it.
 */
export async function measureLogFigure(n: number): Promise<LogFigure> {
  ensureCodeServer();
  const dir = path.join(REPO_ROOT, '.vscode-test', 'runs', `bench-${n}-${process.pid}-${Date.now()}`);
  const workspace = path.join(dir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, 'contracts.json'), contractsFile(n, true));
  // 10,000 contracts with 20 entries each are 34 MB, past the 20 MB the extension reads by default.
  fs.mkdirSync(path.join(workspace, '.vscode'));
  fs.writeFileSync(path.join(workspace, '.vscode', 'settings.json'), JSON.stringify({ 'contractGuard.maxFileSizeMB': 64 }));
  const out = path.join(dir, 'result.json');
  try {
    const code = await runSuite({
      server: {
        dataDir: path.join(dir, 'data'),
        env: { ...PINNED_CLOCK_ENV, CONTRACT_GUARD_BENCH_N: String(n), CONTRACT_GUARD_BENCH_OUT: out },
      },
      target: { folder: workspace },
      extensionPath: REPO_ROOT,
      testsPath: path.join(REPO_ROOT, 'out', 'bench', 'inHost', 'logFigure'),
      timeoutMs: 600_000,
    });
    if (code !== 0 || !fs.existsSync(out)) {
      throw new Error(`the in-host measurement of ${n} contracts failed (exit ${code})`);
    }
    return JSON.parse(fs.readFileSync(out, 'utf8')) as LogFigure;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  void (async () => {
    for (const n of process.argv.slice(2).map(Number)) {
      console.log(JSON.stringify(await measureLogFigure(n)));
    }
  })();
}
