/*
 * Characters a reader cannot see, or that change the order of what they see:
 * in a name or a number's label they can make "1000" read "0001", or a
 * source's name look empty. Named so a maintainer can find and remove them.
 */
const NAMES: Record<number, string> = {
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x2800: 'BRAILLE PATTERN BLANK',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
};

/* Inclusive code point ranges: C0 and C1 controls (tabs and line breaks apart), format characters, fillers and variation selectors. */
const HIDDEN_RANGES: [number, number][] = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x2800, 0x2800],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff0, 0xfffb],
];
const LINE_BREAKS = new Set([0x09, 0x0a, 0x0d]);
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function isHidden(code: number): boolean {
  return HIDDEN_RANGES.some(([from, to]) => code >= from && code <= to);
}

/*
 * The same ranges as one character class: nearly every text has none of
 * them, and one regular expression says so far sooner than a walk over its
 * characters, which a large dataset makes for every name and note.
 */
const hex = (code: number) => `\\u{${code.toString(16)}}`;
const HIDDEN_CLASS = HIDDEN_RANGES.map(([from, to]) => `${hex(from)}-${hex(to)}`).join('');
const ANY_HIDDEN = new RegExp(`[${HIDDEN_CLASS}]`, 'u');
const ANY_HIDDEN_OR_BREAK = new RegExp(`[${HIDDEN_CLASS}${[...LINE_BREAKS].map(hex).join('')}]`, 'u');

export interface HiddenCharacter {
  /** 1-based, counted in characters as a person would count them. */
  position: number;
  codePoint: string;
  name: string;
}

function describe(char: string, position: number): HiddenCharacter {
  const code = char.codePointAt(0)!;
  const codePoint = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    NAMES[code] ?? (code < 0x20 || (code >= 0x7f && code <= 0x9f) ? 'CONTROL CHARACTER' : 'INVISIBLE CHARACTER');
  return { position, codePoint, name };
}

/** The first invisible, control or direction-changing character; tabs and line breaks only where a text may have lines. */
export function findHiddenCharacter(text: string, lines: boolean): HiddenCharacter | null {
  // Printable ASCII, most text, holds none: every hidden character and line break lies outside it.
  if (PRINTABLE_ASCII.test(text)) return null;
  // Other text is walked character by character only when one regular expression finds something to report.
  if (!(lines ? ANY_HIDDEN : ANY_HIDDEN_OR_BREAK).test(text)) return null;
  let position = 0;
  for (const char of text) {
    position++;
    const code = char.codePointAt(0)!;
    if (isHidden(code) || (!lines && LINE_BREAKS.has(code))) return describe(char, position);
  }
  return null;
}

export function hiddenCharacterMessage(found: HiddenCharacter): string {
  return `Contains an invisible or direction-changing character, ${found.codePoint} ${found.name}, at position ${found.position}: remove it`;
}

/* A name must say something: a string of marks or symbols alone renders as nothing a reader can name. */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
