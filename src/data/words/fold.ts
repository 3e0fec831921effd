/*
 * The opening words of a long text, for a table row that stays one or two
 * lines until the reader unfolds the rest; null when the text is short
 * enough to show whole, or only a few characters would be hidden. Cut at a
 * word boundary where there is one, never inside a character.
 */
export function openingWords(text: string, max = 70): string | null {
  if (text.length <= max + 15) return null;
  const space = text.lastIndexOf(' ', max);
  let cut = space > max / 2 ? space : max;
  if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut -= 1;
  return text.slice(0, cut).trimEnd();
}
