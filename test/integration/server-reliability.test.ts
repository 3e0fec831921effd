// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { revisionListSchema, type RevisionSummary } from '../../src/data/schema/schema';
import { datasetSchema } from '../../src/data/ledger/dataset-schema';
import { server as mockServer } from '../../mocks/node';
import { openStore } from '../../server/revision-store';
import { writeWhole, type WriteWhole } from '../../server/storage';
import { addToken } from '../../server/tokens';
import { readSeed, startServer } from './server-harness';

/*
 * The server as readers and editors meet it: a separate process, racing
 * writers, a kill in the middle of a burst, a disk that fills up. Every
 * write answered 200 must be in the data and the audit trail afterwards.
 */

const ID = 'nagorno-karabakh-2023-09';
const ROOT = resolve(import.meta.dirname, '../..');

beforeAll(() => mockServer.close());

interface Child {
  url: string;
  process: ChildProcess;
}

function startChild(dataDir: string): Promise<Child> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, DIST_DIR: join(dataDir, 'no-site') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`The server did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const port = /on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        done({ url: `http://127.0.0.1:${port}`, process: child });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => fail(new Error(`The server exited (${code}):\n${output}`)));
  });
}

async function stopChild(child: Child, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  const exited = new Promise((done) => child.process.once('exit', done));
  child.process.kill(signal);
  await exited;
}

/* A write that adds one event, named after its writer: afterwards it is either in the data or it was never acknowledged. */
async function addEvent(url: string, token: string, eventId: string): Promise<{ status: number; revision?: number }> {
  const read = await fetch(`${url}/api/v1/datasets/${ID}`);
  const revision = Number(read.headers.get('ETag')?.replace(/\D/g, ''));
  await read.arrayBuffer();
  const update = {
    dataset: ID,
    events: [
      { id: eventId, kind: 'other', title: eventId, date: '2023-09-19', citations: ['medya-blockade-population'] },
    ],
  };
  const response = await fetch(`${url}/api/v1/datasets/${ID}/updates`, {
    method: 'POST',
    body: JSON.stringify(update),
    headers: { Authorization: `Bearer ${token}`, 'If-Match': `"${revision}"`, 'Content-Type': 'application/json' },
  });
  await response.arrayBuffer();
  const etag = response.headers.get('ETag');
  return { status: response.status, revision: etag ? Number(etag.replace(/\D/g, '')) : undefined };
}

async function auditTrail(url: string): Promise<RevisionSummary[]> {
  const all: RevisionSummary[] = [];
  let before: number | undefined;
  do {
    const page = revisionListSchema.parse(
      await (
        await fetch(`${url}/api/v1/datasets/${ID}/revisions?limit=100${before ? `&before=${before}` : ''}`)
      ).json(),
    );
    all.push(...page.revisions);
    before = page.next;
  } while (before !== undefined);
  return all;
}

async function currentDataset(url: string) {
  return datasetSchema.parse(await (await fetch(`${url}/api/v1/datasets/${ID}`)).json());
}

/* Starting processes and hundreds of synced writes take seconds on a busy machine: a generous limit, not a timing. */
describe('server as a child process', { timeout: 60_000 }, () => {
  let dataDir: string;
  let token: string;
  let child: Child | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'server-reliability-'));
    token = await addToken(join(dataDir, 'tokens.json'), 'Racer');
  });
  afterEach(async () => {
    if (child) await stopChild(child);
    child = undefined;
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps every write answered 200 when 5 clients send 200 writes together, and refuses the rest with 409', async () => {
    child = await startChild(dataDir);
    const { url } = child;
    const acknowledged: { id: string; revision: number }[] = [];
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 5 }, async (_, client) => {
        for (let i = 0; i < 40; i++) {
          const id = `race-${client}-${i}`;
          const result = await addEvent(url, token, id);
          statuses.push(result.status);
          if (result.status === 200) acknowledged.push({ id, revision: result.revision! });
        }
      }),
    );
    expect(statuses).toHaveLength(200);
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    // The clients really raced: some writes won, some were based on a revision already replaced.
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 409).length).toBe(200 - acknowledged.length);
    expect(acknowledged.length).toBeLessThan(200);

    const dataset = await currentDataset(url);
    const events = new Set(dataset.events.map((e) => e.id));
    expect(acknowledged.filter((a) => !events.has(a.id))).toEqual([]);
    expect(dataset.events.filter((e) => e.id.startsWith('race-'))).toHaveLength(acknowledged.length);

    const trail = await auditTrail(url);
    expect(trail.map((r) => r.revision)).toEqual(
      Array.from({ length: dataset.revision }, (_, i) => dataset.revision - i),
    );
    const updates = trail.filter((r) => r.action === 'update');
    expect(updates).toHaveLength(acknowledged.length);
    expect(updates.every((r) => r.editor === 'Racer' && r.changes.events.added === 1)).toBe(true);
    expect(new Set(acknowledged.map((a) => a.revision)).size).toBe(acknowledged.length);
  });

  it('after SIGKILL in the middle of a burst, restarts with every acknowledged write', async () => {
    child = await startChild(dataDir);
    const { url } = child;
    const before = (await currentDataset(url)).revision;
    const acknowledged: { id: string; revision: number }[] = [];
    let killed = false;
    let thirtiethAcknowledged = () => {};
    const thirty = new Promise<void>((done) => (thirtiethAcknowledged = done));
    const burst = Promise.all(
      Array.from({ length: 5 }, async (_, client) => {
        for (let i = 0; i < 200 && !killed; i++) {
          const id = `crash-${client}-${i}`;
          try {
            const result = await addEvent(url, token, id);
            if (result.status === 200) {
              acknowledged.push({ id, revision: result.revision! });
              if (acknowledged.length === 30) thirtiethAcknowledged();
            }
          } catch {
            // The connection broke: the server is gone, this write was never acknowledged.
          }
        }
      }),
    );
    // Killed in the middle of the burst: as the 30th write is acknowledged, with the other clients' on their way.
    await Promise.race([thirty, burst]);
    expect(acknowledged.length, 'writes acknowledged before the kill').toBeGreaterThanOrEqual(30);
    await stopChild(child, 'SIGKILL');
    killed = true;
    await burst;

    child = await startChild(dataDir);
    const dataset = await currentDataset(child.url);
    const lastAcknowledged = Math.max(...acknowledged.map((a) => a.revision));
    expect(dataset.revision).toBeGreaterThanOrEqual(lastAcknowledged);
    expect(dataset.revision).toBeGreaterThan(before);
    const events = new Set(dataset.events.map((e) => e.id));
    expect(acknowledged.filter((a) => !events.has(a.id))).toEqual([]);
    const trail = await auditTrail(child.url);
    expect(trail.map((r) => r.revision)).toEqual(
      Array.from({ length: dataset.revision }, (_, i) => dataset.revision - i),
    );
    // And it takes writes again, on top of what it kept.
    expect((await addEvent(child.url, token, 'after-restart')).revision).toBe(dataset.revision + 1);
  });
});

describe('a full disk', () => {
  it('answers 507, serves and keeps the last revision, and writes again once there is room', async () => {
    let full = false;
    const write: WriteWhole = async (path, text) => {
      if (full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      await writeWhole(path, text);
    };
    const running = await startServer({ store: { write } });
    try {
      expect((await addEvent(running.url, running.token, 'before-full')).status).toBe(200);
      full = true;
      const refused = await addEvent(running.url, running.token, 'while-full');
      expect(refused.status).toBe(507);
      const dataset = await currentDataset(running.url);
      expect(dataset.revision).toBe(2);
      expect(dataset.events.map((e) => e.id)).toContain('before-full');
      expect(dataset.events.map((e) => e.id)).not.toContain('while-full');

      const reopened = await openStore({ dataDir: running.dataDir, seeds: [await readSeed()] });
      expect(reopened.get(ID)?.dataset.revision).toBe(2);
      expect(reopened.revisions(ID, { limit: 10 })?.revisions.map((r) => r.revision)).toEqual([2, 1]);

      full = false;
      const after = await addEvent(running.url, running.token, 'after-full');
      expect(after).toEqual({ status: 200, revision: 3 });
    } finally {
      await running.close();
    }
  });

  it('reads past the leftovers of an interrupted write: a temporary file, an audit entry without its dataset', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'server-leftovers-'));
    try {
      const seed = await readSeed();
      await openStore({ dataDir, seeds: [seed] });
      const folder = join(dataDir, ID, 'revisions');
      await writeFile(join(folder, '2.json.123-1.tmp'), '{"half": ');
      await writeFile(join(folder, '2.meta.json'), '{"revision": 2}');
      const store = await openStore({ dataDir, seeds: [seed] });
      expect(store.get(ID)?.dataset.revision).toBe(1);
      expect((await readdir(folder)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      const result = await store.put(ID, { ...seed, title: 'Next' }, 1, 'Editor');
      expect(result.ok && result.dataset.revision).toBe(2);
      expect(store.revisions(ID, { limit: 1 })?.revisions[0]).toMatchObject({ revision: 2, editor: 'Editor' });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
