import { describe, expect, it } from 'vitest';
import { validateFiles } from './validate-files';
import { seedJson } from '../test/fixtures';

const valid = JSON.stringify(seedJson(), null, 2);

function withError(code: string): () => never {
  return () => {
    throw Object.assign(new Error(`${code}: something`), { code });
  };
}

const files: Record<string, string> = {
  'seeds/good.json': valid,
  'seeds/syntax.json': '{\n  "id": "x",\n  "asOf" "2023-09-19"\n}',
  'seeds/wrong-type.json': valid.replace('"value": 120000', '"value": "120000"'),
};
const read = (path: string) => new TextEncoder().encode(files[path] ?? withError('ENOENT')());

describe('validateFiles', () => {
  it('prints a tick for a valid file', () => {
    expect(validateFiles(['seeds/good.json'], read)).toEqual({ lines: ['✓ seeds/good.json'], ok: true });
  });

  it('prints a syntax error as file:line:column', () => {
    expect(validateFiles(['seeds/syntax.json'], read).lines).toEqual([
      'seeds/syntax.json:3:10: Not valid JSON: Expected ":" after a property name but found """',
    ]);
  });

  it('prints a schema problem with its path', () => {
    expect(validateFiles(['seeds/wrong-type.json'], read).lines).toEqual([
      'seeds/wrong-type.json: claims[0].values[0].value: Must be a number',
    ]);
  });

  it('prints a problem of the whole document without a path', () => {
    expect(validateFiles(['seeds/array.json'], () => new TextEncoder().encode('[]')).lines).toEqual([
      'seeds/array.json: (whole document): Invalid input: expected object, received array',
    ]);
  });

  it('says a missing file does not exist', () => {
    expect(validateFiles(['seeds/missing.json'], read).lines).toEqual(['seeds/missing.json: No such file']);
  });

  it('says a folder is not a JSON file', () => {
    expect(validateFiles(['seeds'], withError('EISDIR')).lines).toEqual(['seeds: This is a folder, not a JSON file']);
  });

  it('passes on the reason for any other read error', () => {
    expect(validateFiles(['seeds/locked.json'], withError('EACCES')).lines).toEqual([
      'seeds/locked.json: Cannot read the file: EACCES: something',
    ]);
  });

  it('reads a UTF-8 file with a byte order mark like one without', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(valid)]);
    expect(validateFiles(['seeds/bom.json'], () => withBom).lines).toEqual(['✓ seeds/bom.json']);
  });

  it('refuses a Latin-1 file by name instead of reading its accents as replacement characters', () => {
    const latin1 = Uint8Array.from(valid.replace('Medya News', 'M\u00e9dya News'), (c) => c.charCodeAt(0));
    expect(validateFiles(['seeds/latin1.json'], () => latin1).lines).toEqual([
      'seeds/latin1.json: (whole document): The file is not UTF-8 (looks like Latin-1): save it as UTF-8 ("CSV UTF-8" in spreadsheet programs) and try again',
    ]);
  });

  it('refuses a UTF-16 file by name', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(validateFiles(['seeds/utf16.json'], () => utf16).lines[0]).toMatch(/not UTF-8 \(looks like UTF-16\)/);
  });

  it('fails when any one file fails', () => {
    expect(validateFiles(['seeds/good.json', 'seeds/missing.json'], read).ok).toBe(false);
  });

  it('reports every file, the valid ones included', () => {
    expect(validateFiles(['seeds/missing.json', 'seeds/good.json'], read).lines).toEqual([
      'seeds/missing.json: No such file',
      '✓ seeds/good.json',
    ]);
  });
});

/* What readFileSync(path, 'utf8') makes of the bytes: anything that is not UTF-8 becomes U+FFFD. */
const asSystemText = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('validateFiles with the file also read as text', () => {
  const bytesOf: Record<string, Uint8Array> = {
    'good.json': new TextEncoder().encode(valid),
    'wrong-type.json': new TextEncoder().encode(files['seeds/wrong-type.json']!),
    'bom.json': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(valid)]),
    'two-boms.json': new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, ...new TextEncoder().encode(valid)]),
    'latin1.json': Uint8Array.from(valid.replace('Medya News', 'M\u00e9dya News'), (c) => c.charCodeAt(0)),
    'utf16.json': new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]),
  };
  const names = Object.keys(bytesOf);
  const readBytes = (path: string) => bytesOf[path] ?? withError('ENOENT')();
  const readText = (path: string) => asSystemText(readBytes(path));

  it('gives every line the bytes alone give', () => {
    const paths = [...names, 'missing.json'];
    expect(validateFiles(paths, readBytes, readText)).toEqual(validateFiles(paths, readBytes));
  });

  it('reads the bytes of a UTF-8 file only when its text has a replacement character', () => {
    const read: string[] = [];
    const counting = (path: string) => (read.push(path), readBytes(path));
    validateFiles(names, counting, readText);
    expect(read).toEqual(['latin1.json', 'utf16.json']);
  });
});
