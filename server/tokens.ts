import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeWhole } from './storage';

/*
 * Editors' tokens. Only a token's SHA-256 hash is stored: the token is 32
 * random bytes, so a fast hash is enough, and a copy of the file lets no one
 * write. Tokens are read from the file on every check, so `revoke` takes
 * effect at once, without a restart.
 */

export interface TokenEntry {
  name: string;
  hash: string;
  createdAt: string;
}

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest();

export async function readTokens(file: string): Promise<TokenEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = JSON.parse(text) as { tokens?: TokenEntry[] };
  return Array.isArray(parsed.tokens) ? parsed.tokens : [];
}

async function writeTokens(file: string, tokens: TokenEntry[]) {
  await mkdir(dirname(file), { recursive: true });
  await writeWhole(file, `${JSON.stringify({ tokens }, null, 2)}\n`);
}

/** Makes a new token for an editor and returns it; it is shown once and never stored. */
export async function addToken(file: string, name: string, now = new Date().toISOString()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const tokens = await readTokens(file);
  await writeTokens(file, [...tokens, { name, hash: hashOf(token).toString('hex'), createdAt: now }]);
  return token;
}

/** Removes every token of an editor; returns how many there were. */
export async function revokeTokens(file: string, name: string): Promise<number> {
  const tokens = await readTokens(file);
  const kept = tokens.filter((t) => t.name !== name);
  if (kept.length !== tokens.length) await writeTokens(file, kept);
  return tokens.length - kept.length;
}

/** The editor a token belongs to, or null. Every entry is compared, in constant time each. */
export function editorOf(tokens: TokenEntry[], token: string): string | null {
  const given = hashOf(token);
  let editor: string | null = null;
  for (const entry of tokens) {
    const stored = Buffer.from(entry.hash, 'hex');
    if (stored.length === given.length && timingSafeEqual(stored, given) && editor === null) editor = entry.name;
  }
  return editor;
}

/** Counts failed sign-ins per client address over a sliding window. */
export function createFailureLimiter({ max = 10, windowMs = 60_000, now = () => Date.now() } = {}) {
  const failures = new Map<string, number[]>();
  const recent = (address: string) => {
    const since = now() - windowMs;
    const times = (failures.get(address) ?? []).filter((t) => t > since);
    if (times.length) failures.set(address, times);
    else failures.delete(address);
    return times;
  };
  return {
    blocked: (address: string) => recent(address).length >= max,
    fail(address: string) {
      failures.set(address, [...recent(address), now()]);
    },
  };
}
