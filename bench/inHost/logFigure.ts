import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ContractGuardApi } from '../../src/api';
import { contractsFile } from '../generate';
import { firstRead } from '../load';
import { summarize, time, type Timing } from '../measure';

/**
 * Figure 7, inside a real extension host (bench/inHost/runLogFigure.ts starts it on a workspace
 * whose contracts file holds CONTRACT_GUARD_BENCH_N generated contracts): the time from running
 * Log Reply on a contract to the tree provider's getChildren showing the new entry under it, and, as
 * its baseline, figure 1 (a first read of the same file) measured in the same process. Writes both to
 * CONTRACT_GUARD_BENCH_OUT. Called by VS Code as a test entry (run()).
 */
export interface LogFigure {
  readonly contracts: number;
  readonly logToView: Timing;
  readonly coldLoad: Timing;
}

const RUNS = 5;

export async function run(): Promise<void> {
  const n = Number(process.env.CONTRACT_GUARD_BENCH_N);
  const out = process.env.CONTRACT_GUARD_BENCH_OUT;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!out || !folder || !(n > 0)) {
    throw new Error('CONTRACT_GUARD_BENCH_N, CONTRACT_GUARD_BENCH_OUT and a workspace folder are needed');
  }
  const ext = vscode.extensions.getExtension<ContractGuardApi>('contract-guard.contract-guard');
  if (!ext) {
    throw new Error('Contract Guard is not in this host');
  }
  const api = await ext.activate();
  await until(() => api.contractNode(`c-${n - 1}`) !== undefined, 300_000);

  const samples: number[] = [];
  for (let i = -2; i < RUNS; i++) {
    const id = `c-${n - 1 - (i + 2) * 7}`;
    const summary = `ベンチ返信 ${i + 2}`;
    const start = process.hrtime.bigint();
    // What the writer waits for is the tree: the command goes on to save the file after that.
    const command = vscode.commands.executeCommand('contractGuard.logReply', api.contractNode(id), { summary, at: '2026-11-24T09:00:00+09:00' });
    await until(() => api.contractRows(id).some((row) => `${row.label} ${row.description}`.includes(summary)), 60_000);
    if (i >= 0) {
      samples.push(Number(process.hrtime.bigint() - start) / 1e6); // the first two are warm-ups
    }
    await command; // the save ends before the next run starts, untimed
  }
  const logToView = summarize(samples);

  // Figure 1 as the bench measures it: a first read of the file the runs started from, here in the
  // host (the generated text itself: the file on disk may still be being saved by the last run).
  const text = contractsFile(n, true);
  const coldLoad = time(() => firstRead(text), RUNS);
  const result: LogFigure = { contracts: n, logToView, coldLoad };
  fs.writeFileSync(out, JSON.stringify(result));
}

/** Polls `check` without blocking the host, failing after `ms`. */
async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) {
      throw new Error(`bench: timed out after ${ms} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
