/**
 * Built by esbuild.js: this bundle's modules that dist/optional.js uses, by path
 * ("src/log/log.ts", "vscode", …), handed to it when it loads.
 */
declare module 'contract-guard:from-main' {
  export const fromMain: Readonly<Record<string, unknown>>;
}
