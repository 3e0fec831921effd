import type { Browser, Page } from 'playwright-core';

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
 * the largest contentful paint, and main-thread tasks over 50 ms. Plain
 * JavaScript in a string: a function would be passed through the TypeScript
 * loader, which adds helpers the page does not have.
 */
const PROBE = `(() => {
  window.bench = { figures: null, hydrated: null, lcp: null };
  window.benchTasks = [];
  const check = () => {
    const text = document.body ? document.body.textContent : '';
    if (window.bench.figures === null && text.includes('120,000') && text.includes('281')) window.bench.figures = performance.now();
    if (window.bench.hydrated === null) {
      const link = document.querySelector('main li a, main figure a');
      if (link && Object.keys(link).some((k) => k.startsWith('__reactProps'))) window.bench.hydrated = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  const poll = setInterval(() => {
    check();
    if (window.bench.hydrated !== null) clearInterval(poll);
  }, 5);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchTasks.push(entry.duration);
  }).observe({ entryTypes: ['longtask'] });
})();`;

/** A fresh context and page slowed to `profile` (null: full speed), with the probe installed and its bytes counted. */
export async function throttled(browser: Browser, profile: ProfileName | null) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
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
