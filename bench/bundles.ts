import { build, type BuildOptions, type BuildResult } from 'esbuild';
import * as path from 'node:path';

/**
 * The shipped bundles' sizes, built minified as `vscode:prepublish` builds them (same entries and
 * options as esbuild.js), in memory, so the bench needs no prior build.
 */
export async function bundleSizes(root: string): Promise<{ extension: number; webview: number }> {
  const common: BuildOptions = { bundle: true, minify: true, write: false, charset: 'utf8', logLevel: 'silent', mainFields: ['module', 'main'] };
  const [extension, webview] = await Promise.all([
    build({ ...common, entryPoints: [path.join(root, 'src', 'extension.ts')], platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] }),
    build({ ...common, entryPoints: [path.join(root, 'src', 'webview', 'main.ts')], platform: 'browser', format: 'iife', target: 'es2022' }),
  ]);
  const bytes = (r: BuildResult): number => (r.outputFiles ?? []).reduce((sum, f) => sum + f.contents.byteLength, 0);
  return { extension: bytes(extension), webview: bytes(webview) };
}
