// How dist/extension.js and dist/optional.js divide the extension (see esbuild.js for the why).
//
// The optional bundle is a function of the extension bundle's modules. Each module of ours that the
// extension bundle holds is taken from it (`fromMain["src/…"]`), except the pure core, which is
// copied because a copy costs only bytes: the pure core keeps no state a second copy could get
// wrong. The core's exceptions, CORE_TAKEN, are taken too. checkSplit fails the build when a module
// that must be single ends up in both bundles, or a feature module in the extension bundle.
const path = require('node:path');

const ROOT = path.join(__dirname, '..');

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
 * Parts of the pure core taken rather than copied: the ones that keep state between calls (the last
 * read, for re-reading after one change; the contracts validated last) and the ones costly to load
 * (the file format's schemas, the playbooks).
 */
const CORE_TAKEN = ['src/core/parse.ts', 'src/core/contractCache.ts', 'src/core/schema.ts', 'src/core/playbooks/'];

/** The path of a file of ours as the lists above write it, on any platform. */
function own(file) {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** Whether a copy of this module in each bundle is harmless: the pure core, apart from CORE_TAKEN. */
function copyable(rel) {
  return rel.startsWith('src/core/') && !CORE_TAKEN.some((c) => (c.endsWith('/') ? rel.startsWith(c) : rel === c));
}

/** The inputs a bundle actually holds (esbuild lists modules it visited and then dropped, at 0 bytes). */
function keptInputs(metafile) {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint);
  return new Set(Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([file]) => file));
}

/**
 * The optional bundle's side: each module of ours the extension bundle holds (`inMain`) and that may
 * not be copied becomes `fromMain[path]`, collected in `used` for the extension bundle's side.
 */
function takeFromMain(inMain, used) {
  const taken = (rel) =>
    rel.startsWith('src/') &&
    inMain.has(rel) &&
    !OPTIONAL_ONLY.includes(rel) &&
    !copyable(rel);
  return {
    name: 'take-from-main',
    setup(build) {
      build.onResolve({ filter: /^vscode$/ }, () => {
        used.add('vscode');
        return { path: 'vscode', namespace: 'from-main' };
      });
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData === 'resolving' || args.importer.includes(`${path.sep}node_modules${path.sep}`)) {
          return undefined;
        }
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'resolving' });
        const rel = own(resolved.path);
        if (resolved.errors.length > 0 || !taken(rel)) {
          return resolved;
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
  return {
    name: 'hand-to-optional',
    setup(build) {
      build.onResolve({ filter: /^contract-guard:from-main$/ }, () => ({ path: 'from-main', namespace: 'hand-to-optional' }));
      build.onLoad({ filter: /.*/, namespace: 'hand-to-optional' }, () => {
        const names = [...used].sort();
        const imports = names.map((n, i) => `import * as m${i} from ${JSON.stringify(n === 'vscode' ? n : path.join(ROOT, n))};`);
        // Getters: a module may import this one before its own namespace object is made.
        const entries = names.map((n, i) => `  get ${JSON.stringify(n)}() { return m${i}; },`);
        return { contents: `${imports.join('\n')}\nexport const fromMain = {\n${entries.join('\n')}\n};\n`, loader: 'js', resolveDir: ROOT };
      });
    },
  };
}

/** Fails the build when a feature module is in the extension bundle, or a module that must be single is in both. */
function checkSplit(mainMetafile, optionalMetafile) {
  const inMain = keptInputs(mainMetafile);
  const misplaced = OPTIONAL_ONLY.filter((m) => inMain.has(m));
  if (misplaced.length > 0) {
    throw new Error(`dist/extension.js must not contain ${misplaced.join(', ')}: import them through optionalModules()`);
  }
  const doubled = [...keptInputs(optionalMetafile)].filter((m) => m.startsWith('src/') && inMain.has(m) && !copyable(m));
  if (doubled.length > 0) {
    throw new Error(`${doubled.join(', ')} would run twice, once in each bundle: see scripts/bundleSplit.js`);
  }
}

/**
 * Builds the two Node bundles: the extension bundle alone (to learn what it holds), the optional
 * bundle taking what it can of that, then the extension bundle handing those modules over.
 */
async function buildSplit(esbuild, mainOptions, optionalOptions) {
  const used = new Set();
  const main = { ...mainOptions, metafile: true, plugins: [...(mainOptions.plugins ?? []), handToOptional(used)] };
  const alone = await esbuild.build({ ...main, write: false, logLevel: 'silent' });
  const optional = await esbuild.build({
    ...optionalOptions,
    metafile: true,
    plugins: [...(optionalOptions.plugins ?? []), takeFromMain(keptInputs(alone.metafile), used)],
  });
  const result = await esbuild.build(main);
  checkSplit(result.metafile, optional.metafile);
  return { main: result, optional };
}

module.exports = { buildSplit, checkSplit };
