import { z } from 'zod';
import { datasetShapeSchema } from '../src/data/schema/schema';
import { partialUpdateSchema } from '../src/data/formats/update';

export const JSON_SCHEMA_FILE = 'seeds/dataset.schema.json';
export const UPDATE_SCHEMA_FILE = 'seeds/update.schema.json';

const LIMITS =
  'It does not check that dates exist in the calendar, that links are http(s), or the rules between parts ' +
  '(known ids, dates not after asOf, breakdowns within totals, cumulative counts, corrections); ' +
  '`npm run validate` and `npm run update` check everything.';

/*
 * JSON Schemas for editors, generated so they cannot drift from the zod
 * schema. zod leaves out what JSON Schema cannot say (its refinements: real
 * calendar dates, http(s) links, value-or-range, and the integrity rules
 * between parts), so the description sends people to the commands.
 */
function schemaText(schema: z.ZodType, id: string, title: string, what: string): string {
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ $schema, $id: id, title, description: `${what} ${LIMITS}`, ...rest }, null, 2)}\n`;
}

export function datasetJsonSchemaText(): string {
  return schemaText(
    datasetShapeSchema,
    'dataset.schema.json',
    'Crisis dashboard dataset',
    'The shape of one dataset in seeds/, generated from src/data/schema/schema.ts by `npm run schema`.',
  );
}

export function updateJsonSchemaText(): string {
  return schemaText(
    partialUpdateSchema,
    'update.schema.json',
    'Crisis dashboard update',
    'The shape of a partial update (records appended to a dataset), generated from src/data/formats/update.ts by `npm run schema`.',
  );
}
