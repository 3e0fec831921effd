import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse } from './http';
import { createFailureLimiter, editorOf, type TokenEntry } from './tokens';

export interface AuthOptions {
  /** The editors' tokens, read at every check so a revoked token stops at once. */
  tokens: () => Promise<TokenEntry[]>;
  /** The client's address, for the limit on failed sign-ins. */
  clientAddress?: (c: Context) => string;
  maxFailures?: number;
  now?: () => number;
}

export type EditorVariables = { editor: string };

/* Every write names its editor by a bearer token; guessing is cut short per client address. */
export function signedIn(options: AuthOptions): MiddlewareHandler<{ Variables: EditorVariables }> {
  const limiter = createFailureLimiter({ max: options.maxFailures ?? 10, now: options.now });
  return async (c, next) => {
    const address = options.clientAddress?.(c) ?? 'unknown';
    if (limiter.blocked(address)) {
      c.header('Retry-After', '60');
      return errorResponse(c, 429, 'Too many failed sign-ins from this address; try again in a minute');
    }
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    c.header('WWW-Authenticate', 'Bearer');
    if (!token) return errorResponse(c, 401, 'Sign in: send Authorization: Bearer <your token>');
    const editor = editorOf(await options.tokens(), token);
    if (!editor) {
      limiter.fail(address);
      return errorResponse(c, 401, 'This token is not valid (it may have been revoked)');
    }
    c.res.headers.delete('WWW-Authenticate');
    c.set('editor', editor);
    await next();
  };
}
