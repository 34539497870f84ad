// The bundles: the extension (Node, CommonJS, `vscode` left to the host), the same for the web
// worker, the optional modules (the YAML reader for the writer's own templates and the iCalendar
// writer, loaded on first use because they weigh more than the rest of the extension) and the
// webview script (browser, IIFE). Development builds carry source
// maps; `--production` minifies for the .vsix. The snippet file is generated from the built-in
// templates on every build, so it can never drift from them.
const esbuild = require('esbuild');
const fs = require('node:fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  // Japanese text stays UTF-8 (3 bytes a character) instead of \uXXXX escapes (6): the playbooks and
  // the message templates are mostly Japanese, so this keeps the bundle a third smaller.
  charset: 'utf8',
  logLevel: 'info',
  // jsonc-parser's "main" is a UMD build that esbuild cannot follow; its ES module build bundles cleanly.
  mainFields: ['module', 'main'],
};

const builds = [
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    // vscode.dev and other browsers: the same extension in a web worker, with no Node APIs.
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    plugins: [webVariants()],
  },
  {
    ...common,
    entryPoints: ['src/optional/optionalEntry.ts'],
    outfile: 'dist/optional.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
];

// The checklist webview's script (browser side), bundled separately so it never pulls in Node code.
if (fs.existsSync('src/webview/main.ts')) {
  builds.push({
    ...common,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  });
}

/** Uses `x.web.ts` in place of `x.ts` where a module has a web variant (see src/optional/loadOptional.web.ts). */
function webVariants() {
  const path = require('node:path');
  return {
    name: 'web-variants',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const web = path.join(args.resolveDir, `${args.path}.web.ts`);
        return fs.existsSync(web) ? { path: web } : undefined;
      });
    },
  };
}

/** Writes snippets/contract-guard.code-snippets from the built-ins (the core is TypeScript, so bundle it first). */
async function generateSnippets() {
  const result = await esbuild.build({
    entryPoints: ['src/core/templates/snippets.ts'],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  fs.mkdirSync('snippets', { recursive: true });
  fs.writeFileSync('snippets/contract-guard.code-snippets', module.exports.builtinSnippetsFileText());
}

/**
 * The checklist's icons: @vscode/codicons' font, and its stylesheet cut down to the font face, the
 * base rule and the icons listed in src/webview/icons.ts. A name that is not a codicon stops the build.
 */
function copyCodicons() {
  const dir = 'node_modules/@vscode/codicons/dist';
  const css = fs.readFileSync(`${dir}/codicon.css`, 'utf8');
  const names = [...fs.readFileSync('src/webview/icons.ts', 'utf8').matchAll(/^\s+'([a-z0-9-]+)',$/gm)].map((m) => m[1]);
  const head = css.slice(0, css.indexOf('/*---------------------\n *  Modifiers'));
  const rules = names.map((name) => {
    const rule = css.match(new RegExp(`^\\.codicon-${name}:before \\{[^}]*\\}$`, 'm'));
    if (!rule) {
      throw new Error(`"${name}" in src/webview/icons.ts is not a codicon`);
    }
    return rule[0];
  });
  fs.mkdirSync('dist/codicons', { recursive: true });
  fs.writeFileSync('dist/codicons/codicon.css', `${head}${rules.join('\n')}\n`);
  fs.copyFileSync(`${dir}/codicon.ttf`, 'dist/codicons/codicon.ttf');
}

async function main() {
  await generateSnippets();
  copyCodicons();
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
