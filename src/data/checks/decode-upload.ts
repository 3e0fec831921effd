import type { Validated } from '../schema/issues';

/*
 * Uploaded files arrive as bytes. Spreadsheet programs save CSV in several
 * encodings; reading a Windows-1252 file as UTF-8 would quietly turn names
 * into replacement characters, so anything but UTF-8 is refused by name.
 */
export function decodeUpload(bytes: Uint8Array): Validated<string> {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return notUtf8('UTF-16');
  }
  try {
    // The decoder drops a leading UTF-8 byte order mark by itself (ignoreBOM is false).
    return { ok: true, data: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return notUtf8(guessEncoding(bytes));
  }
}

function notUtf8(encoding: string): Validated<string> {
  return {
    ok: false,
    issues: [
      {
        path: '',
        message: `The file is not UTF-8 (looks like ${encoding}): save it as UTF-8 ("CSV UTF-8" in spreadsheet programs) and try again`,
      },
    ],
  };
}

/*
 * A guess for the message only. UTF-16 without a byte order mark shows as
 * many zero bytes; Windows-1252 puts curly quotes, dashes and the euro sign
 * in 0x80-0x9F, which Latin-1 leaves to control characters.
 */
function guessEncoding(bytes: Uint8Array): string {
  let zeros = 0;
  let windows = 0;
  for (const byte of bytes) {
    if (byte === 0) zeros++;
    else if (byte >= 0x80 && byte <= 0x9f) windows++;
  }
  if (zeros * 4 > bytes.length) return 'UTF-16';
  return windows > 0 ? 'Windows-1252' : 'Latin-1';
}
