import type { z } from 'zod';
import { countSchema, datasetShapeSchema, type Dataset } from '../schema/schema';
import { checkIntegrity } from './integrity';

/* The rules between a dataset's parts, as issues on the dataset. */
export function addIntegrityIssues(dataset: Dataset, ctx: z.RefinementCtx) {
  for (const issue of checkIntegrity(dataset)) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
}

/*
 * The whole dataset: its shape, then the rules between its parts. Kept apart
 * from the shapes so that the integrity rules can use the shapes' types while
 * imports point one way.
 */
export const datasetSchema = datasetShapeSchema.superRefine(addIntegrityIssues);

/*
 * What the dashboard is sent: a dataset of its headline figures alone, held
 * to every rule of a whole one, and the count of the other figures, which
 * come a page at a time.
 */
export const dashboardSchema = datasetShapeSchema.extend({ otherFigures: countSchema }).superRefine(addIntegrityIssues);
