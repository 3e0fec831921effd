import { z } from 'zod';
import { countFigureSchema, countSchema, eventSchema, idSchema, sourceSchema } from '../schema/schema';

/*
 * What the sources page shows, as the API sends it: each source with its
 * counts of claims made and published, and the figures and events that rest
 * on it. Figures and events are named once and referred to by id, so the
 * answer grows with the sources and what they concern, never with the claims.
 */

const rolesSchema = z.array(z.enum(['claimed', 'published'])).min(1, 'Name at least one role');

export const sourcesSliceShapeSchema = z.strictObject({
  id: idSchema,
  revision: z.number().int().positive('The revision starts at 1'),
  figures: z.array(
    z.strictObject({ id: idSchema, label: countFigureSchema.shape.label, kind: z.enum(['count', 'duration']) }),
  ),
  events: z.array(eventSchema.pick({ id: true, title: true, date: true })),
  sources: z.array(
    z.strictObject({
      source: sourceSchema,
      claimsMade: countSchema,
      claimsPublished: countSchema,
      figures: z.array(
        z.strictObject({ figure: idSchema, roles: rolesSchema, claimsMade: countSchema, claimsPublished: countSchema }),
      ),
      events: z.array(z.strictObject({ event: idSchema, roles: rolesSchema })),
    }),
  ),
});

export type SourcesSlice = z.infer<typeof sourcesSliceShapeSchema>;

/* Every figure and event a source names is among those the answer lists. */
export const sourcesSliceSchema = sourcesSliceShapeSchema.superRefine((slice, ctx) => {
  const figures = new Set(slice.figures.map((f) => f.id));
  const events = new Set(slice.events.map((e) => e.id));
  slice.sources.forEach((use, i) => {
    use.figures.forEach((f, j) => {
      if (!figures.has(f.figure)) {
        ctx.addIssue({
          code: 'custom',
          message: `No figure "${f.figure}" is listed`,
          path: ['sources', i, 'figures', j, 'figure'],
        });
      }
    });
    use.events.forEach((e, j) => {
      if (!events.has(e.event)) {
        ctx.addIssue({
          code: 'custom',
          message: `No event "${e.event}" is listed`,
          path: ['sources', i, 'events', j, 'event'],
        });
      }
    });
  });
});
