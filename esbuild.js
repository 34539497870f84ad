// The bundles: the extension (Node, CommonJS, `vscode` left to the host), the same for the web
// worker, the optional bundle and the webview script (browser, IIFE). Development builds carry
// source maps; `--production` minifies for the .vsix. The snippet file is generated from the
// built-in templates on every build, so it can never drift from them.
//
// The optional bundle (dist/optional.js) holds what a writer may never use in a session: the
// message templates and their commands, the checklist panel, Archive, the calendar writer, Add
// Contract. It is loaded on first use (src/optional/loadOptional.ts). It carries its own copies of
// the pure core, but every other module of ours (the log, the stores, the write path, the parse
// cache) is the extension bundle's one instance, handed over when the bundle loads: a second copy
// would have no output channel, its own caches and its own error classes.
const esbuild = require('esbuild');
const fs = require('node:fs');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
/** `node esbuild.js --production --analyze`: what each Node bundle is made of, biggest first. */
const analyze = process.argv.includes('--analyze');

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
];

const optionalBuild = {
  ...common,
  entryPoints: ['src/optional/optionalEntry.ts'],
  outfile: 'dist/optional.js',
  platform: 'node',
  // A function of the extension bundle's modules: `module.exports = (fromMain) => optional`.
  format: 'iife',
  globalName: 'optional',
  target: 'node20',
  banner: { js: 'module.exports = (fromMain) => {' },
  footer: { js: 'return optional;\n};' },
};

/** Modules that only the optional bundle uses: a module listed here must not be in dist/extension.js. */
const OPTIONAL_ONLY = [
  'src/optional/optionalEntry.ts',
  'src/checklist/checklistPanel.ts',
  'src/checklist/checklistHtml.ts',
  'src/checklist/checklistLabels.ts',
  'src/checklist/protocol.ts',
  'src/templates/templateCommands.ts',
  'src/templates/createTemplate.ts',
  'src/archive/archiveCommand.ts',
  'src/archive/applyArchive.ts',
  'src/commands/addContract.ts',
];

/**
 * Parts of the pure core the optional bundle takes from the extension bundle rather than carrying a
 * copy: the ones that keep state between calls (the last read, for re-reading after one change; the
 * contracts validated last) and the ones costly to load (the file format's schemas, the playbooks).
 * The rest of the core is pure and cheap, so a copy in each bundle costs only bytes, and keeps the
 * extension bundle free of exports only the optional bundle uses.
 */
const CORE_TAKEN = ['src/core/parse.ts', 'src/core/contractCache.ts', 'src/core/schema.ts', 'src/core/playbooks/'];

/**
 * The optional bundle's side: each of our modules that the extension bundle has (`inMain`) outside
 * the pure core, and those of CORE_TAKEN, becomes `fromMain[path]`, collected in `used` for the
 * extension bundle's side. Everything else is bundled in: the listed features, and the pure core.
 */
function takeFromMain(inMain, used) {
  const path = require('node:path');
  const root = __dirname;
  const own = (file) => path.relative(root, file).split(path.sep).join('/');
  const taken = (rel) =>
    rel.startsWith('src/') &&
    inMain.has(rel) &&
    !OPTIONAL_ONLY.includes(rel) &&
    !rel.endsWith('/index.ts') &&
    (!rel.startsWith('src/core/') || CORE_TAKEN.some((c) => (c.endsWith('/') ? rel.startsWith(c) : rel === c)));
  return {
    name: 'take-from-main',
    setup(build) {
      build.onResolve({ filter: /^vscode$/ }, () => {
        used.add('vscode');
        return { path: 'vscode', namespace: 'from-main' };
      });
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData === 'resolving') {
          return undefined;
        }
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving' });
        const rel = own(resolved.path);
        if (resolved.errors.length > 0 || !taken(rel)) {
          return resolved.errors.length > 0 ? { errors: resolved.errors } : { path: resolved.path };
        }
        used.add(rel);
        return { path: rel, namespace: 'from-main' };
      });
      build.onLoad({ filter: /.*/, namespace: 'from-main' }, (args) => ({
        contents: `module.exports = fromMain[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
}

/** The extension bundle's side: `import { fromMain } from 'contract-guard:from-main'` gets those modules. */
function handToOptional(used) {
  const path = require('node:path');
  return {
    name: 'hand-to-optional',
    setup(build) {
      build.onResolve({ filter: /^contract-guard:from-main$/ }, () => ({ path: 'from-main', namespace: 'hand-to-optional' }));
      build.onLoad({ filter: /.*/, namespace: 'hand-to-optional' }, () => {
        const names = [...used].sort();
        const imports = names.map((n, i) => `import * as m${i} from ${JSON.stringify(n === 'vscode' ? n : path.join(__dirname, n))};`);
        // Getters: a module may import this one before its own namespace object is made.
        const entries = names.map((n, i) => `  get ${JSON.stringify(n)}() { return m${i}; },`);
        return { contents: `${imports.join('\n')}\nexport const fromMain = {\n${entries.join('\n')}\n};\n`, loader: 'js', resolveDir: __dirname };
      });
    },
  };
}

/** Fails the build when a module meant for the optional bundle ended up in the extension bundle. */
function checkSplit(metafile) {
  const inMain = Object.keys(metafile.inputs);
  const misplaced = OPTIONAL_ONLY.filter((m) => inMain.includes(m));
  if (misplaced.length > 0) {
    throw new Error(`dist/extension.js must not contain ${misplaced.join(', ')}: import them through optionalModules()`);
  }
}

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
  const used = new Set();
  if (watch) {
    // Watching, the two bundles are built as one (the optional modules inside the extension's), so
    // neither waits for the other; the split is for the packaged extension and the tests.
    const contexts = await Promise.all(
      builds.map((b, i) => esbuild.context(i === 0 ? { ...b, plugins: [webVariants()] } : b)),
    );
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  // What the extension bundle holds of its own, then the optional bundle, which takes what it can of
  // that, then the extension bundle with the modules the optional one takes.
  const alone = await esbuild.build({ ...builds[0], write: false, metafile: true, logLevel: 'silent', plugins: [handToOptional(used)] });
  const kept = Object.entries(Object.values(alone.metafile.outputs).find((o) => o.entryPoint).inputs).filter(([, input]) => input.bytesInOutput > 0);
  const optional = await esbuild.build({ ...optionalBuild, metafile: true, plugins: [takeFromMain(new Set(kept.map(([file]) => file)), used)] });
  const [main] = await Promise.all([
    esbuild.build({ ...builds[0], metafile: true, plugins: [handToOptional(used)] }),
    ...builds.slice(1).map((b) => esbuild.build(b)),
  ]);
  checkSplit(main.metafile);
  if (analyze) {
    for (const result of [main, optional]) {
      console.log(await esbuild.analyzeMetafile(result.metafile));
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
