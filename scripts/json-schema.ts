import { z } from 'zod';
import { datasetShapeSchema } from '../src/data/schema';

export const JSON_SCHEMA_FILE = 'seeds/dataset.schema.json';

/*
 * A JSON Schema for editors, generated so it cannot drift from the zod
 * schema. zod leaves out what JSON Schema cannot say (its refinements: real
 * calendar dates, http(s) links, and the integrity rules between parts), so
 * the description sends people to `npm run validate` for the full check.
 */
export function datasetJsonSchemaText(): string {
  const { $schema, ...rest } = z.toJSONSchema(datasetShapeSchema, { target: 'draft-2020-12', io: 'input' });
  const schema = {
    $schema,
    $id: 'dataset.schema.json',
    title: 'Crisis dashboard dataset',
    description:
      'The shape of one dataset in seeds/, generated from src/data/schema.ts by `npm run schema`. ' +
      'It does not check that dates exist in the calendar, that links are http(s), or the rules between parts ' +
      '(known ids, dates not after asOf, breakdowns within totals, cumulative counts); `npm run validate` checks everything.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
