import type { Figure } from '../schema/schema';

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

/* Enough room for the card at a phone's width, where its lines wrap: a line per measure, plus label, source and date. */
export function embedHeight(figure: Figure): number {
  return figure.kind === 'duration' ? 280 : 240 + 50 * figure.measures.length;
}

function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The HTML another site pastes to show a figure. `origin` is where the
 * dashboard is served; the frame fills the width of its container.
 */
export function embedSnippet(origin: string, figure: Figure): string {
  const src = `${origin}${embedPath(figure.id)}`;
  return `<iframe src="${attribute(src)}" title="${attribute(figure.label)}" width="100%" height="${embedHeight(figure)}" style="border:0" loading="lazy"></iframe>`;
}
