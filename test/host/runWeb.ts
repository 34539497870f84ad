import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { CODE_SERVER_VERSION, ensureCodeServer, REPO_ROOT } from './codeServer';
import { runSuite } from './automation';
import { freshCopy } from './workspaces';

/**
 * Runs the web suite (test/web) with Contract Guard in code-server's web-worker extension host, the
 * host vscode.dev uses: the `remote.extensionKind` setting sends the extension there, so its
 * `browser` entry (dist/web/extension.js) runs with no Node at all.
 */
async function main(): Promise<number> {
  ensureCodeServer();
  const bundle = path.join(REPO_ROOT, 'out', 'test', 'web', 'bundle.js');
  await esbuild.build({
    entryPoints: [path.join(REPO_ROOT, 'test', 'web', 'index.ts')],
    bundle: true,
    outfile: bundle,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
  });
  const workspace = freshCopy(path.join(REPO_ROOT, 'demo'), 'web');
  const dataDir = `${workspace}-data`;
  const settings = path.join(dataDir, 'user', 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settings), { recursive: true });
  fs.writeFileSync(
    settings,
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'security.workspace.trust.enabled': false,
      'extensions.autoCheckUpdates': false,
      'remote.extensionKind': { 'contract-guard.contract-guard': ['web'] },
    }),
  );
  return runSuite({
    // No pinned clock (PINNED_CLOCK_ENV): the extension runs in a web worker in the browser, which the
    // server's environment never reaches, and Playwright's clock does not reach workers either. The
    // suite runs on the real date, and test/web/web.smoke.ts checks only what holds on any date.
    server: { dataDir },
    target: { folder: workspace },
    extensionPath: REPO_ROOT,
    testsPath: bundle.replace(/\.js$/, ''),
    timeoutMs: 300_000,
    started: () => console.log(`[web] code-server ${CODE_SERVER_VERSION}, web-worker extension host`),
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
