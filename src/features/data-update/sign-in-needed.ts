import { ApiError } from '../../api/client';

/** A write the API refused for want of a valid token: the editor is not signed in, which is no failure. */
export function signInNeeded(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
