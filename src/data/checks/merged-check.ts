import { z } from 'zod';
import { datasetShapeSchema, type Dataset } from '../schema/schema';
import { datasetSchema } from '../ledger/dataset-schema';
import { checkIntegrity } from '../ledger/integrity';
import { safeCheck, type Checked } from './validate';

/*
 * A merged dataset checked as the dataset schema checks it, when every record
 * in it has passed that schema already: those of a dataset the schema gave
 * and has not been changed since (the server's stored revision), and those
 * of an update read with the schema's own record definitions. The schema
 * would give such records back unchanged, so only the dataset's own fields,
 * the lengths of its lists and the rules between records are checked again,
 * and the merged dataset is answered as it is: its records keep their
 * identity, and what compares revisions can pass over those that did not
 * change. On a problem it is checked whole, so the issues are the schema's.
 */

const LISTS = ['sources', 'citations', 'figures', 'claims', 'events'] as const;

/* Each list by its length only, with the schema's own checks of it (its limit), which look at nothing else. */
const lengthOnly = (list: (typeof LISTS)[number]) =>
  z.array(z.unknown()).check(...((datasetShapeSchema.shape[list].def.checks ?? []) as z.core.$ZodCheck<unknown[]>[]));
const fieldsAndLengths = datasetShapeSchema.extend(Object.fromEntries(LISTS.map((list) => [list, lengthOnly(list)])));

export function checkMergedDataset(merged: Dataset): Checked<Dataset> {
  if (!safeCheck(fieldsAndLengths, merged).success) return safeCheck(datasetSchema, merged);
  try {
    if (checkIntegrity(merged).length === 0) return { success: true, data: merged };
  } catch {
    // A pathological dataset: the whole check below reports it as it would any other.
  }
  return safeCheck(datasetSchema, merged);
}
