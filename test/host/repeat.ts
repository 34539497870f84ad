import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './codeServer';

/**
 * `npm run test:repeat -- --n 5 --suites integration,oldest,web,ui`: runs the host and browser suites
 * N times in a row (each run on its own fresh workspace, as the launchers make one) and reports every
 * test that failed in any run. A test that fails one run in five is a flake, and a flake costs as much
 * as a bug: this is how one is found before CI finds it.
 *
 * It runs the compiled launchers directly: `npm run test:repeat` builds once before.
 */
interface Suite {
  readonly command: string[];
  readonly env?: NodeJS.ProcessEnv;
}

const node = process.execPath;
const out = (file: string): string => path.join(REPO_ROOT, 'out', 'test', 'host', file);
const SUITES: Record<string, Suite> = {
  integration: { command: [node, out('runIntegration.js')] },
  oldest: { command: [node, out('runIntegration.js')], env: { CODE_SERVER_VERSION: '4.90.3' } },
  restricted: { command: [node, out('runIntegration.js')], env: { CONTRACT_GUARD_RESTRICTED: '1' } },
  web: { command: [node, out('runWeb.js')] },
  ui: { command: [node, path.join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--config', '.mocharc.ui.json'] },
  package: { command: [node, out('runInstalled.js')] },
};

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

/** Where each run's full output goes. */
const LOG_DIR = path.join(REPO_ROOT, 'test-results', 'repeat');

/** Colour codes would split the lines the parser looks for. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/**
 * The failed tests of one mocha spec report, from its summary ("  1) Suite\n       test:\n  Error…").
 * Each is "Suite › test: first line of the error".
 */
export function failedTests(output: string): string[] {
  const lines = output.replace(ANSI, '').split('\n');
  const start = lines.findIndex((l) => /^\s*\d+ failing\s*$/.test(l));
  if (start < 0) {
    return [];
  }
  const failures: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const head = /^\s{0,4}\d+\) (.*)$/.exec(lines[i]!);
    if (!head) {
      continue;
    }
    const title = [head[1]!.trim()];
    let j = i + 1;
    // The titles of nested suites follow one a line; the test's own title ends with a colon.
    while (j < lines.length && !title.at(-1)!.endsWith(':')) {
      title.push(lines[j]!.trim());
      j++;
    }
    const error = lines.slice(j).find((l) => l.trim().length > 0)?.trim() ?? '';
    failures.push(`${title.join(' › ').replace(/:$/, '')}: ${error}`);
    i = j;
  }
  return failures;
}

function runOnce(name: string, suite: Suite): Promise<{ code: number; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const [command, ...args] = suite.command;
    const child = spawn(command!, args, { cwd: REPO_ROOT, env: { ...process.env, ...suite.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output += chunk.toString();
      if (process.env.CONTRACT_GUARD_VERBOSE === '1') {
        process.stdout.write(`[${name}] ${chunk.toString()}`);
      }
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: Math.round((Date.now() - started) / 1000) }));
  });
}

async function main(): Promise<number> {
  const runs = Number(argument('n', '5'));
  const names = argument('suites', 'integration,oldest,web,ui').split(',').filter(Boolean);
  const unknown = names.filter((n) => !(n in SUITES));
  if (!Number.isInteger(runs) || runs < 1 || unknown.length > 0) {
    console.error(`usage: repeat.js --n N --suites ${Object.keys(SUITES).join(',')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
    return 2;
  }
  /** "suite: test" → the runs it failed in. */
  const failed = new Map<string, number[]>();
  let failedRuns = 0;
  for (let run = 1; run <= runs; run++) {
    for (const name of names) {
      const result = await runOnce(name, SUITES[name]!);
      // The whole output of each run is kept, to read what led up to a failure.
      const logFile = path.join(LOG_DIR, `run${run}-${name}.log`);
      fs.mkdirSync(LOG_DIR, { recursive: true });
      fs.writeFileSync(logFile, result.output);
      const tests = failedTests(result.output);
      const passing = /(\d+) passing/.exec(result.output.replace(ANSI, ''))?.[1] ?? '0';
      console.log(`run ${run}/${runs} ${name}: exit ${result.code}, ${passing} passing, ${tests.length} failing (${result.seconds} s)`);
      if (result.code !== 0) {
        failedRuns++;
        console.log(`  output: ${logFile}`);
        // A run that failed with no test listed (a crash, a timeout, no test run) is reported as such.
        const what = tests.length > 0 ? tests : [`the suite itself (exit ${result.code}): ${result.output.replace(ANSI, '').trim().split('\n').slice(-3).join(' / ')}`];
        for (const test of what) {
          const key = `${name}: ${test}`;
          failed.set(key, [...(failed.get(key) ?? []), run]);
          console.log(`  FAILED ${key}`);
        }
      }
    }
  }
  console.log('');
  for (const [test, inRuns] of failed) {
    console.log(`failed in run(s) ${inRuns.join(', ')} of ${runs}: ${test}`);
  }
  console.log(
    `test:repeat: ${names.join(', ')} × ${runs}: ${names.length * runs - failedRuns} of ${names.length * runs} suite runs passed, ${failed.size} distinct failure(s)`,
  );
  return failed.size === 0 ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
