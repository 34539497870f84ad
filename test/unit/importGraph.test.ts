import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * dist/optional.js is a second entry point: it gets what it needs from the code that loads it, as
 * arguments, and nothing it holds imports the loader back. So no chain of imports (type imports too:
 * they are how a reader follows the code) leads from a module of src/optional back to it.
 */

const SRC = path.resolve(__dirname, '..', '..', '..', 'src');

/** Every module under src, by path relative to src, with the modules of ours it imports. */
function importGraph(): Map<string, string[]> {
  const files = (function walk(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      return e.isDirectory() ? (e.name === 'webview' ? [] : walk(full)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
    });
  })(SRC);
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    const targets: string[] = [];
    for (const statement of source.statements) {
      const specifier =
        (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      if (specifier?.startsWith('.')) {
        const base = path.resolve(path.dirname(file), specifier);
        const target = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
        if (target) targets.push(path.relative(SRC, target));
      }
    }
    graph.set(path.relative(SRC, file), targets);
  }
  return graph;
}

/** A chain of imports from `start` back to itself, or undefined when there is none. */
export function circleThrough(graph: ReadonlyMap<string, readonly string[]>, start: string): string[] | undefined {
  const seen = new Set<string>();
  const stack: { node: string; chain: string[] }[] = [{ node: start, chain: [start] }];
  while (stack.length > 0) {
    const { node, chain } = stack.pop()!;
    for (const next of graph.get(node) ?? []) {
      if (next === start) return [...chain, start];
      if (!seen.has(next)) {
        seen.add(next);
        stack.push({ node: next, chain: [...chain, next] });
      }
    }
  }
  return undefined;
}

describe('the import graph through src/optional', function () {
  // Loading the TypeScript compiler and parsing every source file takes one to two seconds on an idle
  // machine, near mocha's default limit: this is the work itself, not a wait.
  this.timeout(20_000);

  it('has no circle through any module of src/optional', () => {
    const graph = importGraph();
    const optional = [...graph.keys()].filter((f) => f.startsWith(`optional${path.sep}`));
    assert.ok(optional.length >= 3, 'the optional modules were found');
    for (const start of optional) {
      assert.deepEqual(circleThrough(graph, start), undefined, start);
    }
  });

  it('finds a circle when there is one', () => {
    const graph = new Map([
      ['optional/entry.ts', ['templates/commands.ts']],
      ['templates/commands.ts', ['core/index.ts', 'optional/load.ts']],
      ['optional/load.ts', ['optional/entry.ts']],
    ]);
    assert.deepEqual(circleThrough(graph, 'optional/entry.ts'), ['optional/entry.ts', 'templates/commands.ts', 'optional/load.ts', 'optional/entry.ts']);
  });
});
