// Writes test/golden/ from the built-in templates: every one rendered for the matrix contracts
// (test/unit/matrixContracts.ts). Run after `tsc -p .` (it reads out/); `npm run golden` does both.
// The unit test golden.test.ts fails when the checked-in files differ.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { goldenRenders } = require('../out/test/unit/goldenRenders.js');

const root = path.join(__dirname, '..', 'test', 'golden');
fs.rmSync(root, { recursive: true, force: true });
const files = goldenRenders();
for (const [name, text] of files) {
  const target = path.join(root, name);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
}
console.log(`wrote ${files.size} files under ${path.relative(process.cwd(), root)}`);
