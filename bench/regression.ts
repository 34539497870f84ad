import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

/**
 * The regression guard of `npm run bench`: each figure against the same figure in the committed
 * test/bench/results.json. Figures are ratios taken within one run (or sizes), so two runs on a busy
 * or a quiet machine compare; a figure more than 25% worse than the committed one is REGRESSED.
 */

export const REGRESSION_LIMIT = 1.25;

export interface Compared {
  readonly id: number;
  readonly figure: string;
  readonly size: string;
  readonly measured: string;
  /** Whether a larger number is better (figure 4: how many times slower the naive edit is). */
  readonly higherIsBetter?: boolean;
}

/** The number a figure's measured text starts with ("4.22× (…)", "+50 ms (…)", "148.1 KB"); NaN for "not measured". */
export function leadingNumber(measured: string): number {
  const m = /^[+-]?\d+(\.\d+)?/.exec(measured.trim());
  return m ? Number(m[0]) : Number.NaN;
}

/** The figures of the committed results (HEAD), or of the file on disk outside a git checkout. */
export function committedFigures(root: string, file: string): readonly Compared[] {
  let text: string | undefined;
  try {
    text = execFileSync('git', ['show', `HEAD:${file}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    text = fs.existsSync(`${root}/${file}`) ? fs.readFileSync(`${root}/${file}`, 'utf8') : undefined;
  }
  if (text === undefined) {
    return [];
  }
  const parsed = JSON.parse(text) as { figures?: Compared[] };
  return parsed.figures ?? [];
}

/**
 * How a figure compares with the committed one: "1.08× of committed", "REGRESSED (1.40× of
 * committed)", or "—" when there is nothing to compare (a new figure, or one not measured).
 */
export function compareWithCommitted(figure: Compared, committed: readonly Compared[]): string {
  const before = committed.find((c) => c.id === figure.id && c.size === figure.size && c.figure === figure.figure);
  const now = leadingNumber(figure.measured);
  const then = before ? leadingNumber(before.measured) : Number.NaN;
  if (!Number.isFinite(now) || !Number.isFinite(then) || then <= 0 || now <= 0) {
    return '—';
  }
  const worse = figure.higherIsBetter ? then / now : now / then;
  const text = `${worse.toFixed(2)}× of committed`;
  return worse > REGRESSION_LIMIT ? `REGRESSED (${text})` : text;
}
