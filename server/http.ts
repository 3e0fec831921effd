import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ValidationIssue } from '../src/data/schema/issues';
import { errorBody } from '../src/data/resources/api-requests';

/* What the API's and the site's routes share: the error answer and the check of a cached copy. */

export function errorResponse(c: Context, status: ContentfulStatusCode, message: string, issues?: ValidationIssue[]) {
  return c.json(errorBody(message, issues), status);
}

/* An ETag matches when If-None-Match names it, weak or strong, or is `*`. */
export function fresh(c: Context, etag: string): boolean {
  const header = c.req.header('If-None-Match');
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}
