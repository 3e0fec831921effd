/*
 * Finds where and why a JSON text is malformed. JSON.parse says whether a text
 * is valid, but its messages differ between engines and often give no
 * position, while a maintainer needs a line and column to go to. Runs only
 * after JSON.parse has failed. Iterative, so deeply nested input cannot
 * overflow the stack.
 */

export interface JsonSyntaxError {
  offset: number;
  message: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  return scanJson(text, false).error;
}

/* How many repeated keys are listed at most: one is enough to find the pattern, a hundred enough to fix them all. */
const MAX_DUPLICATES = 100;

/**
 * Keys given twice in one object. JSON.parse keeps the last silently, so
 * `"value": 100000, "value": 999999` would show a number the maintainer may
 * never have meant. Only for text that JSON.parse accepted.
 */
export function findDuplicateKeys(text: string): JsonSyntaxError[] {
  return scanJson(text, true).duplicates;
}

function scanJson(
  text: string,
  collectDuplicates: boolean,
): { error: JsonSyntaxError | null; duplicates: JsonSyntaxError[] } {
  const duplicates: JsonSyntaxError[] = [];
  const error = scan(text, collectDuplicates ? duplicates : null);
  return { error, duplicates };
}

function keyOf(raw: string): string {
  return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
}

const LITERALS = ['true', 'false', 'null'];
/* Past this many keys an object's keys go in a Set: comparing each new key with every earlier one would be quadratic. */
const FEW_KEYS = 32;

const isWhitespace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/*
 * The keys of the objects open around the scan, compared where they stand in
 * the text: a dataset has millions of keys, and copying each one out would
 * cost as much as reading the JSON. A key is copied only when it has an
 * escape, which can spell the same key two ways, or sits in a large object.
 */
class OpenKeys {
  /* start, end (quotes included) and 1 when escaped, for each key of each open object */
  private readonly spans: number[] = [];
  /* where each open container's keys begin in spans */
  private readonly floors: number[] = [];
  private readonly sets: (Set<string> | undefined)[] = [];

  constructor(private readonly text: string) {}

  open() {
    this.floors.push(this.spans.length);
    this.sets.push(undefined);
  }

  close() {
    this.spans.length = this.floors.pop()!;
    this.sets.pop();
  }

  /** Adds a key of the innermost object; false when that object already has it. */
  add(start: number, end: number, escaped: boolean): boolean {
    const depth = this.floors.length - 1;
    const set = this.sets[depth];
    if (set) return set.size !== set.add(keyOf(this.text.slice(start, end))).size;
    const floor = this.floors[depth]!;
    for (let i = floor; i < this.spans.length; i += 3) {
      if (this.same(this.spans[i]!, this.spans[i + 1]!, this.spans[i + 2] === 1, start, end, escaped)) return false;
    }
    this.spans.push(start, end, escaped ? 1 : 0);
    if (this.spans.length - floor >= FEW_KEYS * 3) {
      const keys = new Set<string>();
      for (let i = floor; i < this.spans.length; i += 3)
        keys.add(keyOf(this.text.slice(this.spans[i], this.spans[i + 1])));
      this.sets[depth] = keys;
    }
    return true;
  }

  private same(a: number, aEnd: number, aEscaped: boolean, b: number, bEnd: number, bEscaped: boolean): boolean {
    if (aEscaped || bEscaped) return keyOf(this.text.slice(a, aEnd)) === keyOf(this.text.slice(b, bEnd));
    if (aEnd - a !== bEnd - b) return false;
    for (let i = 1; a + i < aEnd - 1; i++) {
      if (this.text.charCodeAt(a + i) !== this.text.charCodeAt(b + i)) return false;
    }
    return true;
  }
}

function scan(text: string, duplicates: JsonSyntaxError[] | null): JsonSyntaxError | null {
  let pos = 0;
  const stack: ('object' | 'array')[] = [];
  const keys = duplicates ? new OpenKeys(text) : null;
  let escaped = false;

  const fail = (message: string, at = pos): JsonSyntaxError => ({ offset: at, message });
  const skipWhitespace = () => {
    while (pos < text.length && isWhitespace(text.charCodeAt(pos))) pos++;
  };
  const describe = (at: number) => (at >= text.length ? 'the end of the text' : `"${text[at]}"`);

  const readString = (): JsonSyntaxError | null => {
    const start = pos;
    escaped = false;
    pos++;
    while (pos < text.length) {
      const code = text.charCodeAt(pos);
      if (code === 0x22) {
        pos++;
        return null;
      }
      if (code === 0x5c) {
        escaped = true;
        const next = text[pos + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6)))
            return fail('Bad \\u escape: expected four hex digits');
          pos += 6;
          continue;
        }
        if (next === undefined || !ESCAPES.has(next)) return fail('Bad escape in a string');
        pos += 2;
        continue;
      }
      if (code < 0x20) return fail('A line break or control character inside a string: close the quote or write \\n');
      pos++;
    }
    return fail('Unterminated string: a closing double quote is missing', start);
  };

  const readValue = (): JsonSyntaxError | null => {
    skipWhitespace();
    const ch = text[pos];
    if (ch === undefined) return fail('Unexpected end of the text: a value is missing');
    if (ch === '"') return readString();
    if (ch === "'") return fail('Strings use double quotes, not single quotes');
    for (const literal of LITERALS) {
      if (text.startsWith(literal, pos)) {
        pos += literal.length;
        return null;
      }
    }
    NUMBER.lastIndex = pos;
    if (NUMBER.test(text)) {
      pos = NUMBER.lastIndex;
      return null;
    }
    return fail(`Expected a value (a string, number, object, array, true, false or null) but found ${describe(pos)}`);
  };

  const readKey = (): JsonSyntaxError | null => {
    skipWhitespace();
    if (text[pos] !== '"') {
      return fail(
        text[pos] === "'"
          ? 'Property names use double quotes, not single quotes'
          : `Expected a property name in double quotes but found ${describe(pos)}`,
      );
    }
    const start = pos;
    const bad = readString();
    if (bad) return bad;
    if (keys && duplicates && duplicates.length < MAX_DUPLICATES && !keys.add(start, pos, escaped)) {
      const key = keyOf(text.slice(start, pos));
      duplicates.push(fail(`Duplicate key "${key}": JSON keeps only the last one, so give each key once`, start));
    }
    skipWhitespace();
    if (text[pos] !== ':') return fail(`Expected ":" after a property name but found ${describe(pos)}`);
    pos++;
    return null;
  };

  // Each turn reads one value, then the punctuation after it, until the top-level value closes.
  let expectKey = false;
  for (;;) {
    if (expectKey) {
      const bad = readKey();
      if (bad) return bad;
      expectKey = false;
    }
    skipWhitespace();
    if (text[pos] === '{' || text[pos] === '[') {
      const kind = text[pos] === '{' ? 'object' : 'array';
      pos++;
      skipWhitespace();
      if (text[pos] === (kind === 'object' ? '}' : ']')) {
        pos++;
      } else {
        stack.push(kind);
        keys?.open();
        expectKey = kind === 'object';
        continue;
      }
    } else {
      const bad = readValue();
      if (bad) return bad;
    }

    for (;;) {
      skipWhitespace();
      const top = stack.at(-1);
      if (top === undefined) {
        return pos < text.length ? fail(`Unexpected ${describe(pos)} after the end of the JSON document`) : null;
      }
      const close = top === 'object' ? '}' : ']';
      if (text[pos] === close) {
        stack.pop();
        keys?.close();
        pos++;
        continue;
      }
      if (text[pos] === ',') {
        const comma = pos;
        pos++;
        skipWhitespace();
        if (text[pos] === '}' || text[pos] === ']')
          return fail(`Trailing comma before "${text[pos]}": remove it`, comma);
        expectKey = top === 'object';
        break;
      }
      return fail(
        top === 'object'
          ? `Expected "," or "}" after a property value but found ${describe(pos)}`
          : `Expected "," or "]" after an array element but found ${describe(pos)}`,
      );
    }
  }
}
