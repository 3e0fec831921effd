import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

/*
 * Chromium through the DevTools protocol: network and CPU slowed to a
 * profile, the cache off, the bytes transferred counted, and a probe in the
 * page that records when things happen.
 */

/* Throughputs in bytes per second, as CDP takes them. */
export const PROFILES = {
  'slow-4g': { latency: 150, download: 1_600_000 / 8, upload: 750_000 / 8, cpu: 4 },
  '3g': { latency: 400, download: 400_000 / 8, upload: 400_000 / 8, cpu: 4 },
} as const;
export type ProfileName = keyof typeof PROFILES;

/*
 * Runs in the page before anything else: records when the population and
 * casualty figures are in the DOM, when React has taken over a figure link,
 * the largest contentful paint, and main-thread tasks over 50 ms with when
 * each started, so a measure can keep its own. Once it has seen the figures
 * and the takeover it stops reading the page, so its own work never counts
 * in a later page's tasks. Plain JavaScript in a string:
 * a function would be passed through the TypeScript loader, which adds
 * helpers the page does not have.
 */
const PROBE = `(() => {
  window.bench = { figures: null, hydrated: null, lcp: null };
  window.benchTasks = [];
  const check = () => {
    if (window.bench.figures === null) {
      const text = document.body ? document.body.textContent : '';
      if (text.includes('120,000') && text.includes('281')) window.bench.figures = performance.now();
    }
    if (window.bench.hydrated === null) {
      const link = document.querySelector('main li a, main figure a');
      if (link && Object.keys(link).some((k) => k.startsWith('__reactProps'))) window.bench.hydrated = performance.now();
    }
  };
  const observer = new MutationObserver(() => {
    check();
    if (window.bench.figures !== null && window.bench.hydrated !== null) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  const poll = setInterval(() => {
    check();
    if (window.bench.hydrated !== null) clearInterval(poll);
  }, 5);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ entryTypes: ['longtask'] });
})();`;

/** A CDP session on `page` with the cache off and, unless `profile` is null, its network and CPU slowed to it. */
export async function slowDown(context: BrowserContext, page: Page, profile: ProfileName | null): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (profile) {
    const p = PROFILES[profile];
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: p.latency,
      downloadThroughput: p.download,
      uploadThroughput: p.upload,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpu });
  }
  return cdp;
}

/** A fresh context and page slowed to `profile` (null: full speed), with the probe installed and its bytes counted. */
export async function throttled(browser: Browser, profile: ProfileName | null) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await slowDown(context, page, profile);
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
  await page.addInitScript({ content: PROBE });
  return { context, page, cdp, bytes: () => bytes };
}

export async function readProbe(
  page: Page,
): Promise<{ figures: number | null; hydrated: number | null; lcp: number | null }> {
  return page.evaluate(
    () =>
      (window as unknown as { bench: { figures: number | null; hydrated: number | null; lcp: number | null } }).bench,
  );
}

/** The page's clock, to mark where a measure starts. */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Main-thread tasks over 50 ms that started at or after `since` (page clock), longest first. */
export async function longTasksSince(page: Page, since: number): Promise<number[]> {
  const tasks = await page.evaluate(
    () => (window as unknown as { benchTasks: { start: number; duration: number }[] }).benchTasks,
  );
  return tasks
    .filter((t) => t.start >= since)
    .map((t) => t.duration)
    .sort((a, b) => b - a);
}

export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  /** Where it is: file name, line and column (0-based, as the protocol gives them). */
  at: string;
  selfMs: number;
  /** Time with it anywhere on the stack, including what it called. */
  totalMs: number;
}

/** The functions a CPU profile spent the most time in, by time including callees. */
export function hotFunctions(profile: CpuProfile, top = 40): HotFunction[] {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (id: number) => {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    return `${functionName || '(anonymous)'}\u0000${url.split('/').pop()}:${lineNumber}:${columnNumber}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((sample, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(keyOf(sample), (self.get(keyOf(sample)) ?? 0) + ms);
    // A recursive function counts once per sample.
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) seen.add(keyOf(id));
    for (const key of seen) total.set(key, (total.get(key) ?? 0) + ms);
  });
  return [...total]
    .filter(([key]) => !key.startsWith('(root)') && !key.startsWith('(program)') && !key.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => {
      const [name = '', at = ''] = key.split('\u0000');
      return { name, at, selfMs: Math.round(self.get(key) ?? 0), totalMs: Math.round(ms) };
    });
}
