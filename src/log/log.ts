import * as vscode from 'vscode';

/**
 * The "Contract Guard" log (Output panel, with levels the writer can raise or lower). Every caught
 * error goes here, so a problem that the UI shrugs off can still be diagnosed. Before activation, or
 * in tests of modules used without it, lines go nowhere but the small buffer below.
 */
let channel: vscode.LogOutputChannel | undefined;

/** The last lines logged, newest last: for the integration tests (through the API), never shown. */
const recent: string[] = [];
const RECENT_LINES = 200;

/**
 * Whoever is recording every line from now on (the integration tests, through a test hook): unlike
 * the buffer above, a recording never drops a line, so a test can count what it caused.
 */
const recorders = new Set<string[]>();

export const LOG_NAME = 'Contract Guard';

export function createLog(): vscode.LogOutputChannel {
  channel = vscode.window.createOutputChannel(LOG_NAME, { log: true });
  return channel;
}

function remember(level: string, message: string): void {
  const line = `[${level}] ${message}`;
  recent.push(line);
  if (recent.length > RECENT_LINES) {
    recent.shift();
  }
  for (const lines of recorders) {
    lines.push(line);
  }
}

/** Every line logged from now until it is disposed, newest last. */
export interface LogRecording {
  readonly lines: readonly string[];
  dispose(): void;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    return error.stack ?? `${error.name}: ${error.message}`;
  }
  return String(error);
}

export const log = {
  debug(message: string): void {
    remember('debug', message);
    channel?.debug(message);
  },
  info(message: string): void {
    remember('info', message);
    channel?.info(message);
  },
  warn(message: string, error?: unknown): void {
    const line = error === undefined ? message : `${message}: ${describe(error)}`;
    remember('warning', line);
    channel?.warn(line);
  },
  error(message: string, error?: unknown): void {
    const line = error === undefined ? message : `${message}: ${describe(error)}`;
    remember('error', line);
    channel?.error(line);
  },
  recentLines(): readonly string[] {
    return [...recent];
  },
  record(): LogRecording {
    const lines: string[] = [];
    recorders.add(lines);
    return { lines, dispose: () => recorders.delete(lines) };
  },
};

/** The log's methods: what code that is handed the log (CommandContext.log) can call. */
export type Log = typeof log;

/** The Show Log command: opens the Output panel on this log. */
export function registerShowLog(): vscode.Disposable {
  return vscode.commands.registerCommand('contractGuard.showLog', () => channel?.show(true));
}
