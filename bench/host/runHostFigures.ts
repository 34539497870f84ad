import * as os from 'node:os';
import { measureHostFigures, type HostTiming } from './hostFigures';

/**
 * `node out/bench/host/runHostFigures.js` (after `npx tsc -p .` and `npm run build`): figures 5 and 8
 * in a real VS Code, printed only, for a quick look at them alone. The results file is written by
 * `npm run bench` alone (test/bench/results.json), which measures these figures too: one file, one
 * run, one machine. A missed target is a finding: the exit code stays 0; only a bench that could not
 * measure exits 1.
 */

const ms = (t: HostTiming): string => `${t.median.toFixed(1)} ms (${t.min.toFixed(1)}–${t.max.toFixed(1)}, ${t.runs} runs)`;

async function main(): Promise<void> {
  const started = Date.now();
  const figures = await measureHostFigures({ runs: Number(process.env.HOSTBENCH_RUNS ?? 5) });
  const { activation, checklistOpen } = figures;
  const over = activation.ours.median - activation.minimal.median;
  const ratio = checklistOpen.ours.median / checklistOpen.staticPage.median;
  const rows = [
    {
      id: 5,
      figure: 'activation in the real host (demo workspace), over a minimal extension',
      measured: `+${over.toFixed(1)} ms: ours ${ms(activation.ours)}; minimal ${ms(activation.minimal)}`,
      target: '≤ +15 ms',
      met: over <= 15,
    },
    {
      id: 8,
      figure: `open the checklist (${checklistOpen.logEntries} log entries) ÷ a static webview of that size`,
      measured: `${ratio.toFixed(2)}×: ours ${ms(checklistOpen.ours)}; static ${ms(checklistOpen.staticPage)}`,
      target: '≤ 1.5×',
      met: ratio <= 1.5,
    },
  ];
  console.log(`Contract Guard host benchmark — ${figures.host}, ${os.cpus().length} cores`);
  console.log('| # | figure | measured | target | met |');
  console.log('|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.id} | ${r.figure} | ${r.measured} | ${r.target} | ${r.met ? 'yes' : 'NO'} |`);
  }
  console.log(`\nFigure 5 measures: ${activation.what}`);
  console.log(`Figure 8 measures: ${checklistOpen.what}`);
  console.log(
    `Checklist page: ${checklistOpen.shownEntries} of ${checklistOpen.logEntries} log entries shown; rendered ${(checklistOpen.oursRenderedBytes / 1024).toFixed(0)} KB, static page ${(checklistOpen.staticPageBytes / 1024).toFixed(0)} KB.`,
  );
  console.log(`Took ${Math.round((Date.now() - started) / 1000)} s. Not written anywhere: \`npm run bench\` writes test/bench/results.json.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
