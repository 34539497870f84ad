import * as path from 'node:path';

/**
 * The shipped bundles' sizes in bytes, built minified by esbuild.js itself (as `vscode:prepublish`
 * builds them, split the same way), in memory, so the bench needs no prior build.
 */
export interface BundleSizes {
  readonly extension: number;
  readonly optional: number;
  readonly webview: number;
}

export async function bundleSizes(root: string): Promise<BundleSizes> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script is plain CommonJS, outside the TypeScript project
  const build = require(path.join(root, 'esbuild.js')) as { shippedSizes(): Promise<BundleSizes> };
  return build.shippedSizes();
}
