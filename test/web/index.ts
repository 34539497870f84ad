import 'mocha/mocha';
import { runMocha } from '../integration/runMocha';

/**
 * Entry of the web-worker suite (runWeb.ts bundles it with esbuild): the extension host of vscode.dev
 * has no Node, so the suite uses mocha's browser build and no Node module.
 */
export async function run(): Promise<void> {
  mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 60_000 });
  await import('./web.smoke');
  await runMocha(mocha, 'web');
}
