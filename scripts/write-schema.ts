// Writes docs/record.schema.json from src/record/schema.ts. A test fails when the two differ.
import { writeFileSync } from 'node:fs';
import { recordJsonSchema } from '../src/record/schema.ts';

const path = new URL('../docs/record.schema.json', import.meta.url);
writeFileSync(path, JSON.stringify(recordJsonSchema(), null, 2) + '\n');
console.log(`wrote ${path.pathname}`);
