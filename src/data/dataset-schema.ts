import { datasetShapeSchema } from './schema';
import { checkIntegrity } from './integrity';

/*
 * The whole dataset: its shape, then the rules between its parts. Kept apart
 * from the shapes so that the integrity rules can use the shapes' types while
 * imports point one way.
 */
export const datasetSchema = datasetShapeSchema.superRefine((dataset, ctx) => {
  for (const issue of checkIntegrity(dataset)) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
});
