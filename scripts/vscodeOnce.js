// The `vscode` module, imported once per bundle instead of once per source file.
//
// For each `import * as vscode from 'vscode'` in a file, esbuild wraps the host's API object in a
// copy that re-exports every one of its few hundred names (__toESM). Forty files made forty copies
// while the extension loaded: in the extension host that was most of what loading our bundle cost
// (measured: module evaluation 17–34 ms of CPU there, 5 ms in plain Node with an empty stand-in).
//
// Here every import of 'vscode' resolves to one small module of ours that requires the host's
// module once and exports, by name, what our sources use of it. esbuild then turns each
// `vscode.window` into a direct reference, with no copy and no lookup.
const fs = require('node:fs');
const path = require('node:path');

const NAMESPACE = 'contract-guard-vscode';

// Words that cannot name a binding: a comment such as "vscode.new" must not break the build.
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'import in instanceof new null return super switch this throw true try typeof var void while with yield let static ' +
    'implements interface package private protected public await'
  ).split(' '),
);

/**
 * The names our sources use as `vscode.<name>`, found in the files under `src` (comments too: a name
 * only a comment uses is exported as undefined, which costs nothing). Every source uses the module
 * as `vscode.<name>` only, never as a value of its own: a new `f(vscode)` would see only these names.
 */
function usedNames(srcDir) {
  const names = new Set();
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(file);
      } else if (/\.ts$/.test(entry.name)) {
        for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bvscode\.([A-Za-z_$][\w$]*)/g)) {
          if (!RESERVED.has(match[1])) {
            names.add(match[1]);
          }
        }
      }
    }
  };
  visit(srcDir);
  return [...names].sort();
}

/** The esbuild plugin. A name a source uses that is not exported here fails the build (see logOverride). */
function vscodeOnce(srcDir) {
  return {
    name: 'vscode-once',
    setup(build) {
      build.onResolve({ filter: /^vscode$/ }, (args) =>
        args.kind === 'require-call' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: NAMESPACE },
      );
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => {
        // Types (vscode.TextDocument, …) are found too: they read as undefined and are never used as values.
        const lines = usedNames(srcDir).map((name) => `export const ${name} = api.${name};`);
        return { contents: `const api = require('vscode');\n${lines.join('\n')}\n`, loader: 'js', resolveDir: srcDir };
      });
    },
  };
}

module.exports = { vscodeOnce };
