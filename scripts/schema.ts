import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchemaText, JSON_SCHEMA_FILE } from './json-schema';

/* npm run schema: rewrites the JSON Schema beside the seeds after a change to src/data/schema.ts. */
writeFileSync(fileURLToPath(new URL(`../${JSON_SCHEMA_FILE}`, import.meta.url)), datasetJsonSchemaText());
console.log(`Wrote ${JSON_SCHEMA_FILE}`);
