// The bundles: the extension (Node, CommonJS, `vscode` left to the host), the same for the web
// worker, the optional bundle and the webview script (browser, IIFE). Development builds carry
// source maps; `--production` minifies for the .vsix. The snippet file is generated from the
// built-in templates on every build, so it can never drift from them.
//
// dist/optional.js holds what a writer may not use in a session and loads on first use. It is an
// ordinary second entry point with its own copy of the pure core; what it needs of the running
// extension (stores, log, clock) it is handed as arguments. scripts/bundleSplit.js checks the split.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { checkSplit } = require('./scripts/bundleSplit');
const { vscodeOnce } = require('./scripts/vscodeOnce');

/** The options of every bundle; `production` minifies and drops the source maps. */
function bundles(production) {
  /** @type {import('esbuild').BuildOptions} */
  const common = {
    absWorkingDir: __dirname,
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
    // A `vscode.<name>` that scripts/vscodeOnce.js does not export would be undefined at run time.
    logOverride: { 'import-is-undefined': 'error' },
  };
  const once = vscodeOnce(path.join(__dirname, 'src'));
  return {
    extension: {
      ...common,
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/extension.js',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      plugins: [once],
    },
    optional: {
      ...common,
      entryPoints: ['src/optional/optionalEntry.ts'],
      outfile: 'dist/optional.js',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      plugins: [once],
    },
    web: {
      // vscode.dev and other browsers: the same extension in a web worker, with no Node APIs, and the
      // optional modules bundled in (a web worker cannot require a file beside the bundle).
      ...common,
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/web/extension.js',
      platform: 'browser',
      format: 'cjs',
      target: 'es2022',
      mainFields: ['browser', 'module', 'main'],
      plugins: [once, webVariants()],
    },
    // The checklist webview's script (browser side), bundled separately so it never pulls in Node code.
    webview: {
      ...common,
      entryPoints: ['src/webview/main.ts'],
      outfile: 'dist/webview.js',
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
    },
  };
}

/**
 * Uses `x.web.ts` in place of `x.ts` where a module has a web variant (see
 * src/optional/loadOptional.web.ts), or, given `only`, for the modules of those names alone.
 */
function webVariants(only) {
  return {
    name: 'web-variants',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const web = path.join(args.resolveDir, `${args.path}.web.ts`);
        const wanted = only === undefined || only.includes(path.basename(args.path));
        return wanted && fs.existsSync(web) ? { path: web } : undefined;
      });
    },
  };
}

/** The shipped (minified) sizes in bytes of the extension and webview bundles, built in memory: for the bench. */
async function shippedSizes() {
  const b = bundles(true);
  const quiet = { write: false, logLevel: 'silent' };
  const [main, optional, webview] = await Promise.all([b.extension, b.optional, b.webview].map((o) => esbuild.build({ ...o, ...quiet })));
  const bytes = (result) => result.outputFiles.filter((f) => f.path.endsWith('.js')).reduce((sum, f) => sum + f.contents.byteLength, 0);
  return { extension: bytes(main), optional: bytes(optional), webview: bytes(webview) };
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
  const production = process.argv.includes('--production');
  const b = bundles(production);
  await generateSnippets();
  copyCodicons();
  if (process.argv.includes('--watch')) {
    // Watching, the optional modules are bundled into the extension (as on the web), so a change
    // rebuilds one bundle; the split is for the packaged extension and the tests.
    const contexts = await Promise.all([{ ...b.extension, plugins: [...b.extension.plugins, webVariants(['loadOptional'])] }, b.web, b.webview].map((o) => esbuild.context(o)));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  const [main, optional] = await Promise.all(
    [b.extension, b.optional, b.web, b.webview].map((o, i) => esbuild.build(i < 2 ? { ...o, metafile: true } : o)),
  );
  checkSplit(main.metafile, optional.metafile);
  // `node esbuild.js --production --analyze`: what each Node bundle is made of, biggest first.
  if (process.argv.includes('--analyze')) {
    for (const result of [main, optional]) {
      console.log(await esbuild.analyzeMetafile(result.metafile));
    }
  }
}

module.exports = { shippedSizes };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
