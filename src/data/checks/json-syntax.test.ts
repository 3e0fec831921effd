import { describe, it, expect } from 'vitest';
import { findDuplicateKeys, findJsonSyntaxError } from './json-syntax';
import { parseJson, type ValidationIssue } from './validate';

/** The single issue parseJson reports for a text that is not valid JSON. */
function syntaxIssue(text: string): ValidationIssue {
  const result = parseJson(text);
  if (result.ok) throw new Error(`Expected ${JSON.stringify(text)} to be rejected`);
  expect(result.issues).toHaveLength(1);
  return result.issues[0]!;
}

const at = (issue: ValidationIssue) => ({ line: issue.line, column: issue.column });

describe('parseJson on valid JSON', () => {
  it('returns the parsed value', () => {
    expect(parseJson('{"a": [1, true, null, "x"]}')).toEqual({ ok: true, data: { a: [1, true, null, 'x'] } });
  });

  it('accepts a bare number as the whole document', () => {
    expect(parseJson('42')).toEqual({ ok: true, data: 42 });
  });
});

describe('parseJson positions (1-based line and column)', () => {
  it('points at a trailing comma in an object', () => {
    const issue = syntaxIssue('{"a":1,}');
    expect(at(issue)).toEqual({ line: 1, column: 7 });
  });

  it('explains a trailing comma', () => {
    expect(syntaxIssue('{"a":1,}').message).toMatch(/trailing comma/i);
  });

  it('points at a trailing comma in an array', () => {
    expect(at(syntaxIssue('[1,]'))).toEqual({ line: 1, column: 3 });
  });

  it('points at a trailing comma in a nested object', () => {
    expect(at(syntaxIssue('{"a":[1,{"b":2,}]}'))).toEqual({ line: 1, column: 15 });
  });

  it('points at a missing value', () => {
    expect(at(syntaxIssue('{"a": }'))).toEqual({ line: 1, column: 7 });
  });

  it('explains a missing value', () => {
    expect(syntaxIssue('{"a": }').message).toMatch(/expected a value/i);
  });

  it('points at a single-quoted property name', () => {
    expect(at(syntaxIssue("{'a': 1}"))).toEqual({ line: 1, column: 2 });
  });

  it('explains single quotes around a property name', () => {
    expect(syntaxIssue("{'a': 1}").message).toMatch(/double quotes/);
  });

  it('explains single quotes around a string value', () => {
    const issue = syntaxIssue('{"a": \'b\'}');
    expect(issue.message).toMatch(/double quotes, not single quotes/);
  });

  it('points at a single-quoted string value', () => {
    expect(at(syntaxIssue('{"a": \'b\'}'))).toEqual({ line: 1, column: 7 });
  });

  it('points at a raw line break inside a string', () => {
    expect(at(syntaxIssue('["a\nb"]'))).toEqual({ line: 1, column: 4 });
  });

  it('explains a raw line break inside a string', () => {
    expect(syntaxIssue('["a\nb"]').message).toMatch(/line break/);
  });

  it('points at the opening quote of an unterminated string', () => {
    expect(at(syntaxIssue('{"a": "abc'))).toEqual({ line: 1, column: 7 });
  });

  it('explains an unterminated string', () => {
    expect(syntaxIssue('{"a": "abc').message).toMatch(/unterminated string/i);
  });

  it('points at text after the document', () => {
    expect(at(syntaxIssue('{} x'))).toEqual({ line: 1, column: 4 });
  });

  it('explains text after the document', () => {
    expect(syntaxIssue('{} x').message).toMatch(/after the end of the JSON document/);
  });

  it('points at the end of the text when a value is missing at the end', () => {
    expect(at(syntaxIssue('{"a":'))).toEqual({ line: 1, column: 6 });
  });

  it('explains an unexpected end of the text', () => {
    expect(syntaxIssue('{"a":').message).toMatch(/end of the text/);
  });

  it('points at the end of the text when an object is not closed', () => {
    expect(at(syntaxIssue('{"a": 1'))).toEqual({ line: 1, column: 8 });
  });

  it('reports empty text at line 1, column 1', () => {
    expect(at(syntaxIssue(''))).toEqual({ line: 1, column: 1 });
  });

  it('explains that the text is empty', () => {
    expect(syntaxIssue('').message).toMatch(/empty/);
  });

  it('treats whitespace-only text as empty', () => {
    expect(syntaxIssue(' \n\t ').message).toMatch(/empty/);
  });

  it('does not throw on deeply nested input', () => {
    expect(() => parseJson('['.repeat(100000))).not.toThrow();
  });

  it('reports the end of deeply nested input', () => {
    expect(at(syntaxIssue('['.repeat(100000)))).toEqual({ line: 1, column: 100001 });
  });

  it('finds an error on line 3 of a multi-line document', () => {
    expect(at(syntaxIssue('{\n  "a": 1,\n  "b": tru\n}'))).toEqual({ line: 3, column: 8 });
  });

  it('finds a missing comma at the start of line 3', () => {
    expect(at(syntaxIssue('{\n  "a": 1\n  "b": 2\n}'))).toEqual({ line: 3, column: 3 });
  });

  it('counts columns from the start of the line with Windows line endings', () => {
    expect(at(syntaxIssue('{\r\n  "a": 1,\r\n  "b": }\r\n'))).toEqual({ line: 3, column: 8 });
  });

  it('points at a missing colon', () => {
    expect(at(syntaxIssue('{"a" 1}'))).toEqual({ line: 1, column: 6 });
  });

  it('points at a missing comma between array elements', () => {
    expect(at(syntaxIssue('[1 2]'))).toEqual({ line: 1, column: 4 });
  });

  it('points at a bad escape', () => {
    expect(at(syntaxIssue('["\\x"]'))).toEqual({ line: 1, column: 3 });
  });

  it('rejects a short \\u escape', () => {
    expect(syntaxIssue('["\\u12G4"]').message).toMatch(/\\u escape/);
  });

  it('prefixes every syntax message with "Not valid JSON"', () => {
    expect(syntaxIssue('[1,]').message).toMatch(/^Not valid JSON: /);
  });

  it('gives syntax issues an empty path', () => {
    expect(syntaxIssue('[1,]').path).toBe('');
  });
});

describe('findJsonSyntaxError', () => {
  it('returns null for valid JSON', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, "\\u00e9\\n", {}, []], "b": false}')).toBeNull();
  });

  it('returns null for valid JSON with surrounding whitespace', () => {
    expect(findJsonSyntaxError(' \n [ ] \n ')).toBeNull();
  });

  it('gives the offset of the offending character', () => {
    expect(findJsonSyntaxError('[1, 2,, 3]')).toEqual({
      offset: 6,
      message: expect.stringMatching(/expected a value/i),
    });
  });

  it('rejects a leading zero', () => {
    expect(findJsonSyntaxError('[01]')?.offset).toBe(2);
  });

  it('rejects NaN', () => {
    expect(findJsonSyntaxError('NaN')?.offset).toBe(0);
  });

  it('rejects a number with a trailing dot', () => {
    expect(findJsonSyntaxError('[1.]')?.offset).toBe(2);
  });

  it('rejects a misspelt literal', () => {
    expect(findJsonSyntaxError('[nul]')?.offset).toBe(1);
  });

  it('rejects a tab inside a string', () => {
    expect(findJsonSyntaxError('"a\tb"')?.offset).toBe(2);
  });

  it('rejects a second closing bracket', () => {
    expect(findJsonSyntaxError('[]]')?.offset).toBe(2);
  });

  it('rejects a mismatched closing bracket', () => {
    expect(findJsonSyntaxError('[1}')?.offset).toBe(2);
  });

  it('accepts a deeply nested valid document without overflowing the stack', () => {
    const text = '['.repeat(50000) + ']'.repeat(50000);
    expect(findJsonSyntaxError(text)).toBeNull();
  });
});

describe('findDuplicateKeys', () => {
  const objectOf = (keys: string[]) => `{${keys.map((key, i) => `"${key}": ${i}`).join(', ')}}`;
  const many = Array.from({ length: 40 }, (_, i) => `key-${i}`);

  it('finds a key given twice in a large object, at the second one', () => {
    const text = objectOf([...many, 'key-3']);
    expect(findDuplicateKeys(text)).toEqual([
      { offset: text.lastIndexOf('"key-3"'), message: expect.stringContaining('Duplicate key "key-3"') },
    ]);
  });

  it('sees an escaped spelling of an earlier key as that key, in a small or a large object', () => {
    expect(findDuplicateKeys(objectOf(['ab', 'a\\u0062'])).map((d) => d.message)).toEqual([
      expect.stringContaining('Duplicate key "ab"'),
    ]);
    expect(findDuplicateKeys(objectOf([...many, 'key\\u002d7'])).map((d) => d.message)).toEqual([
      expect.stringContaining('Duplicate key "key-7"'),
    ]);
  });

  it('tells apart keys of the same length, and keys that differ only by an escape', () => {
    expect(findDuplicateKeys(objectOf(['ab', 'ac', 'a\\n', 'a\\t', ...many]))).toEqual([]);
  });

  it('forgets an inner object’s keys when it closes', () => {
    expect(findDuplicateKeys(`{"a": {${many.map((k) => `"${k}": 1`).join(', ')}}, "key-1": [{"a": 1}]}`)).toEqual([]);
  });
});
