// Writes schemas/contracts.schema.json from the zod schema. Run after `tsc -p .` (it reads out/).
// The unit test jsonSchema.test.ts fails when the checked-in file is out of date.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { contractsJsonSchemaText } = require('../out/src/core/jsonSchema.js');

const target = path.join(__dirname, '..', 'schemas', 'contracts.schema.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, contractsJsonSchemaText());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
