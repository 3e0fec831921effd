import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Dataset } from '../../src/data/schema/schema';
import { datasetFile } from '../../site/render-pages';
import { serveStatic } from './static-host';
import { openStore } from '../../server/revision-store';
import { addToken } from '../../server/tokens';
import { scaleDataset } from './scale';
import { summarize, type Summary } from './stats';

/*
 * The server with the 1,000-figure dataset, as a child process, the way it
 * runs: one-claim updates sent one after another (each answered once stored
 * and, within 10 s, its pages rendered again), then the dashboard page read
 * from it and from a plain static server over the same files, alternating,
 * with the ratio of their throughputs taken within each round.
 */

const root = resolve(import.meta.dirname, '../..');
const READS = 300;
const READERS = 8;

export interface ServerBench {
  writes: number;
  writeLatencyMs: Summary | null;
  writeP95Ms: number;
  writesPerSecond: number;
  /** The server's own report of how long each write's pages took to render. */
  renderMs: Summary | null;
  readsPerSecond: { server: Summary | null; static: Summary | null };
  /** Server over static host, per round: above 1, the server serves more pages a second. */
  readRatio: Summary | null;
}

/* Nearest rank: the smallest value with at least `p` of the values at or below it. */
function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

function startServer(
  env: Record<string, string>,
  log: (line: string) => void,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const lines = output.split('\n');
      output = lines.pop()!;
      for (const line of lines) {
        log(line);
        const port = /on http:\/\/127\.0\.0\.1:(\d+)\//.exec(line)?.[1];
        if (port) done({ url: `http://127.0.0.1:${port}`, child });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code, signal) => {
      const error = new Error(`The server exited (${code ?? signal})`);
      fail(error);
      if (code !== 0) console.error(error.message);
    });
  });
}

/* `count` GETs of `url` by `readers` clients at once; pages a second. */
async function readRate(url: string, count: number, readers: number): Promise<number> {
  let left = count;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: readers }, async () => {
      while (left-- > 0) {
        const response = await fetch(url);
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        await response.arrayBuffer();
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

export async function serverBench(seed: Dataset, dist: string, ssr: string, runs: number): Promise<ServerBench> {
  const work = await mkdtemp(join(tmpdir(), 'bench-server-'));
  const site = join(work, 'site');
  const dataDir = join(work, 'data');
  let child: ChildProcess | undefined;
  try {
    const big = scaleDataset(seed);
    await cp(dist, site, { recursive: true });
    await openStore({ dataDir, seeds: [big] });
    // Marked as rendered from this revision, so the start does not render all 1,000 figure pages first; the writes render what they change.
    await writeFile(join(site, datasetFile(big.id)), JSON.stringify(big));
    const token = await addToken(join(dataDir, 'tokens.json'), 'Bench Editor');
    const renders: number[] = [];
    const server = await startServer({ DATA_DIR: dataDir, DIST_DIR: site, SSR_DIR: ssr }, (line) => {
      const ms = /^Published .* in (\d+) ms$/.exec(line)?.[1];
      if (ms) renders.push(Number(ms));
      else console.log(`  server: ${line}`);
    });
    child = server.child;

    const figure = big.figures.at(-1)!.id;
    const template = big.claims.findLast((c) => c.figure === figure)!;
    const latencies: number[] = [];
    const writes = Math.max(5, runs * 2);
    const started = performance.now();
    for (let i = 0; i < writes; i++) {
      const update = { dataset: big.id, claims: [{ ...template, id: `bench-${i}`, date: big.asOf }] };
      const sent = performance.now();
      const response = await fetch(`${server.url}/api/v1/datasets/${big.id}/updates`, {
        method: 'POST',
        body: JSON.stringify(update),
        headers: { Authorization: `Bearer ${token}`, 'If-Match': `"${i + 1}"`, 'Content-Type': 'application/json' },
      });
      if (response.status !== 200) throw new Error(`Write ${i} answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
      latencies.push(performance.now() - sent);
    }
    const writeSeconds = (performance.now() - started) / 1000;

    const host = await serveStatic(site);
    const rates = { server: [] as number[], static: [] as number[], ratio: [] as number[] };
    try {
      for (let round = 0; round < runs; round++) {
        // Alternated, so neither always reads from a warmer cache.
        const order = round % 2 ? (['static', 'server'] as const) : (['server', 'static'] as const);
        const rate = { server: 0, static: 0 };
        for (const which of order)
          rate[which] = await readRate(`${which === 'server' ? server.url : host.url}/`, READS, READERS);
        rates.server.push(rate.server);
        rates.static.push(rate.static);
        rates.ratio.push(rate.server / rate.static);
      }
    } finally {
      await new Promise((done) => host.server.close(done));
    }

    return {
      writes,
      writeLatencyMs: summarize(latencies),
      writeP95Ms: Math.round(percentile(latencies, 0.95)),
      writesPerSecond: Number((writes / writeSeconds).toFixed(3)),
      renderMs: summarize(renders),
      readsPerSecond: { server: summarize(rates.server), static: summarize(rates.static) },
      readRatio: summarize(rates.ratio, 2),
    };
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child!.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(work, { recursive: true, force: true });
  }
}

export function printServer(s: ServerBench) {
  const range = (x: Summary | null, unit = '') => (x ? `${x.median}${unit} (${x.min}–${x.max})` : 'n/a');
  console.log('\nServer, 1,000 figures: one-claim updates, one after another');
  console.log(`  writes            ${s.writes}, ${s.writesPerSecond} a second`);
  console.log(`  latency           ${range(s.writeLatencyMs, ' ms')}, p95 ${s.writeP95Ms} ms`);
  console.log(`  pages re-rendered ${range(s.renderMs, ' ms')} a write`);
  console.log('Dashboard page, reads a second (8 readers)');
  console.log(`  server            ${range(s.readsPerSecond.server)}`);
  console.log(`  static host       ${range(s.readsPerSecond.static)}`);
  console.log(`  server / static   ${range(s.readRatio, 'x')}`);
}
