import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

/**
 * A real VS Code (code-server 4.100.3 = VS Code 1.100.3) installed from the npm registry into
 * .vscode-test/, for machines that cannot download VS Code desktop. See ../../scripts/install-code-server.sh.
 */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CODE_SERVER_VERSION = process.env.CODE_SERVER_VERSION ?? '4.100.3';
const INSTALL_DIR = path.join(REPO_ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(INSTALL_DIR, 'package', 'out', 'node', 'entry.js');
const ENTRY = CODE_SERVER_ENTRY;

export function ensureCodeServer(): void {
  const result = spawnSync('bash', [path.join(REPO_ROOT, 'scripts', 'install-code-server.sh')], {
    stdio: 'inherit',
    env: { ...process.env, CODE_SERVER_VERSION },
  });
  if (result.status !== 0 || !fs.existsSync(ENTRY)) {
    throw new Error('code-server could not be installed; see the output above');
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'git.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
};

export interface RunningCodeServer {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** A fresh folder for VS Code's user data (settings, state). */
  readonly dataDir: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly port?: number;
  /** Print the server's own log lines. */
  readonly verbose?: boolean;
  /** More command-line arguments, e.g. `--locale ja`. */
  readonly extraArgs?: readonly string[];
  /** Keep workspace trust on, so a folder opens in Restricted Mode (no prompt). */
  readonly restricted?: boolean;
}

/** Starts code-server bound to 127.0.0.1 only, and resolves once it listens. */
export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const port = options.port ?? (await freePort());
  fs.mkdirSync(path.join(options.dataDir, 'user', 'User'), { recursive: true });
  fs.mkdirSync(path.join(options.dataDir, 'extensions'), { recursive: true });
  const settings = path.join(options.dataDir, 'user', 'User', 'settings.json');
  if (!fs.existsSync(settings)) {
    // A quiet workbench: no welcome page or git prompts over what the tests and the demo show.
    const trust = options.restricted
      ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' }
      : {};
    fs.writeFileSync(settings, JSON.stringify({ ...QUIET_SETTINGS, ...trust }, null, 2));
  }
  const args = [
    ENTRY,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    path.join(options.dataDir, 'user'),
    '--extensions-dir',
    path.join(options.dataDir, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.restricted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    ...(options.extraArgs ?? []),
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: code-server runs VS Code in a child process, and stopping must end both.
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('code-server did not start within 60 s')), 60_000);
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString();
      if (options.verbose) {
        process.stdout.write(`[code-server] ${text}`);
      }
      if (text.includes('HTTP server listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited early with code ${String(code)}`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, port, stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    // The whole group: killing only code-server's wrapper left its VS Code child running, orphaned,
    // using CPU through the rest of the test run.
    const signalGroup = (signal: NodeJS.Signals): void => {
      try {
        process.kill(-(child.pid ?? 0), signal);
      } catch {
        child.kill(signal);
      }
    };
    const timer = setTimeout(() => signalGroup('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      // The wrapper may exit before its child: make sure nothing of the group is left.
      setTimeout(() => {
        try {
          process.kill(-(child.pid ?? 0), 'SIGKILL');
        } catch {
          // The group is gone already.
        }
        resolve();
      }, 200);
    });
    signalGroup('SIGTERM');
  });
}
