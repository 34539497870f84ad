import 'mocha/mocha';

/**
 * Entry of the web-worker suite (runWeb.ts bundles it with esbuild): the extension host of vscode.dev
 * has no Node, so the suite uses mocha's browser build and no Node module.
 */
export async function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 60_000 });
  await import('./web.smoke');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
  });
}
