/*
 * A link as a maintainer should judge it: the host it really goes to, then
 * the whole address. The URL parser gives a non-ASCII host in punycode
 * ("xn--…"), which is what shows a look-alike domain for what it is.
 */
export function linkHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname} (${url})`;
  } catch {
    return url;
  }
}
