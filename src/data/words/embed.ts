/*
 * The embeddable copy of a figure: its card alone, at its own address, so
 * other sites can frame it while the rest of the dashboard stays unframeable.
 */

export const EMBED_PREFIX = '/embed/';

export function embedPath(figureId: string): string {
  return `${EMBED_PREFIX}figures/${figureId}`;
}

export function isEmbedPath(pathname: string): boolean {
  return pathname.startsWith(EMBED_PREFIX);
}
