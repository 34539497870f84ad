/** What the suites' entries need of a mocha instance: Node's Mocha and the browser build both fit. */
interface Runnable {
  run(done: (failures: number) => void): { readonly stats?: { readonly tests: number } };
}

/**
 * Runs mocha and rejects when a test failed, or when no test ran at all: a grep that matches
 * nothing, a file that failed to load or a suite that skipped itself would otherwise pass as green.
 */
export function runMocha(mocha: Runnable, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const ran = runner.stats?.tests ?? 0;
      if (failures > 0) {
        reject(new Error(`${failures} ${name} test(s) failed`));
      } else if (ran === 0) {
        reject(new Error(`no ${name} test ran: a suite that runs nothing proves nothing`));
      } else {
        resolve();
      }
    });
  });
}
