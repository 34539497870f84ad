import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { REPO_ROOT } from './codeServer';
import { freshCopy, PINNED_CLOCK_ENV } from './workspaces';

/**
 * The same integration suite under VS Code desktop, downloaded by @vscode/test-electron. For
 * machines that can reach Microsoft's update service; CI and offline machines use runIntegration.
 */
async function main(): Promise<void> {
  const workspaceDir = freshCopy(path.join(REPO_ROOT, 'test', 'fixtures', 'workspace'), 'desktop');
  await runTests({
    version: process.env.VSCODE_VERSION ?? '1.100.3',
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: path.join(REPO_ROOT, 'out', 'test', 'integration', 'index'),
    launchArgs: [path.join(workspaceDir, 'multi.code-workspace'), '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: PINNED_CLOCK_ENV,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
