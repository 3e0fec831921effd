/*
 * The day the HTML being rendered or taken over was dated from (YYYY-MM-DD),
 * set when the cache is primed with a page's data; null when the page
 * renders from scratch. The layout dates its staleness notice from it, so the
 * first render matches the HTML.
 */
let renderedOn: string | null = null;

export const renderDay = (): string | null => renderedOn;

export function setRenderDay(day: string | null): void {
  renderedOn = day;
}
