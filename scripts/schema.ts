import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { datasetJsonSchemaText, JSON_SCHEMA_FILE, UPDATE_SCHEMA_FILE, updateJsonSchemaText } from './json-schema';

/* npm run schema: rewrites the JSON Schemas beside the seeds after a change to the zod schema. */
for (const [file, text] of [
  [JSON_SCHEMA_FILE, datasetJsonSchemaText()],
  [UPDATE_SCHEMA_FILE, updateJsonSchemaText()],
] as const) {
  writeFileSync(fileURLToPath(new URL(`../${file}`, import.meta.url)), text);
  console.log(`Wrote ${file}`);
}
