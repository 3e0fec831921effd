import type { pagesBench } from './pages';
import type { scaleBench } from './scale';
import type { FirstVisit } from './first-visit';
import type { sourcesBench } from './sources';
import { round, type Summary } from './stats';

const range = (s: Summary | null, unit = '') => (s ? `${s.median}${unit} (${s.min}–${s.max})` : '—');
/* Two significant digits: a ratio of 0.0003 still says something. */
const times = (s: Summary | null) => {
  const p = (x: number) => Number(x.toPrecision(2));
  return s ? `${p(s.median)}x (${p(s.min)}–${p(s.max)})` : '—';
};
const goal = (ok: boolean) => (ok ? 'PASS' : 'MISS');

export function printPages(result: Awaited<ReturnType<typeof pagesBench>>, rounds: number) {
  const fmt = (s: Summary | null, unit = 'ms') => (s ? `${s.median} ${unit} (${s.min}–${s.max})` : '—');
  console.log(
    `\nInitial JavaScript, gzip: app ${round(result.jsGzipBytes.app / 1024, 1)} KB, minimal React ${round(result.jsGzipBytes['react-min'] / 1024, 1)} KB`,
  );
  for (const s of result.summary) {
    console.log(`\n### ${s.profile} (median of ${rounds}, min–max)\n`);
    console.log('| page | figures in DOM | LCP | hydrated, answers a click | bytes |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const [name, p] of Object.entries(s.pages)) {
      console.log(`| ${name} | ${fmt(p.figures)} | ${fmt(p.lcp)} | ${fmt(p.hydrated)} | ${fmt(p.bytes, 'B')} |`);
    }
    const r = s.ratios;
    const each = s.ratiosPerRound;
    const span = (x: Summary | null) => (x ? ` (per round ${x.min}–${x.max})` : '');
    console.log(
      `\nfigures vs floor ${r.figuresVsFloor}x${span(each.figuresVsFloor)} (goal ≤ 1.3x: ${goal(r.figuresVsFloor <= 1.3)}); LCP vs floor ${r.lcpVsFloor}x${span(each.lcpVsFloor)}; hydrated vs minimal React's figures ${r.hydratedVsReactFigures}x${span(each.hydratedVsReactFigures)} (goal ≤ 1.2x: ${goal(r.hydratedVsReactFigures <= 1.2)}); clicks handled in the page: ${s.clicksHandledInPage ? 'yes' : 'NO'}`,
    );
  }
}

export function printScale(s: Awaited<ReturnType<typeof scaleBench>>) {
  const b = s.browser;
  const long = b.figurePageWith1000Claims;
  console.log(
    `\n### Data at scale: ${s.figures.toLocaleString('en-GB')} figures, ${s.claims.toLocaleString('en-GB')} claims, ${s.megabytes} MB (median of ${s.rounds}, min–max; ratios within each run)\n`,
  );
  console.log('| measure | time | vs JSON.parse |');
  console.log('| --- | --- | --- |');
  console.log(`| JSON.parse of the dataset | ${range(s.jsonParseMs, ' ms')} | 1 |`);
  console.log(
    `| schema + integrity | ${range(s.validateMs, ' ms')} | ${times(s.validateVsParse)} (goal ≤ 3x: ${goal((s.validateVsParse?.median ?? Infinity) <= 3)}) |`,
  );
  console.log(`| ${s.csvRows}-row CSV: parse | ${range(s.csv.parseMs, ' ms')} | ${times(s.csv.parseVsJsonParse)} |`);
  console.log(
    `| ${s.csvRows}-row CSV: convert to an update | ${range(s.csv.convertMs, ' ms')} | ${times(s.csv.convertVsJsonParse)} |`,
  );
  console.log(
    `| ${s.csvRows}-row CSV: merge and validate | ${range(s.csv.validateAndMergeMs, ' ms')} | ${times(s.csv.validateAndMergeVsJsonParse)} |`,
  );
  console.log(
    `| ${s.csvRows}-row CSV: the whole import (parseImport) | ${range(s.csv.totalMs, ' ms')} | ${times(s.csv.totalVsJsonParse)} |`,
  );
  console.log(`\nNode heap peak ${s.nodeHeapPeakMB} MB\n`);
  const m = s.validateMemory;
  console.log(
    `npm run validate on the ${m.fileMB} MB file, in a child process: peak ${m.peakMB} MB resident, ${m.peakVsFile}x the file (goal ≤ 5x: ${goal(m.peakVsFile <= 5)}); Node at start ${m.startMB} MB; reading and JSON.parse alone peak at ${m.jsonParsePeakMB} MB, ${m.jsonParsePeakVsFile}x\n`,
  );
  console.log('| in Chromium | value |');
  console.log('| --- | --- |');
  console.log(`| CPU slowed | ${b.cpuSlowdown}x |`);
  console.log(
    `| dashboard with the live data, from navigation | ${b.dashboardWithLiveDataMs} ms (longest task ${b.dashboardLongestTaskMs} ms) |`,
  );
  console.log(`| show the first 50 other figures | ${b.showFirst50Ms} ms |`);
  console.log(
    `| open a figure with 365 claims (table and chart) | ${b.figurePageWith365ClaimsMs} ms (longest task ${b.figurePageWith365ClaimsLongestTaskMs} ms) |`,
  );
  console.log(`| open a figure with 1,000 claims (table and chart) | ${range(long.openMs, ' ms')} |`);
  console.log(
    `| its longest main-thread task | ${range(long.longestTaskMs, ' ms')} (goal ≤ 100 ms: ${goal((long.longestTaskMs?.max ?? Infinity) <= 100)}); per run: ${long.longTasksMs.map((t) => t.join(', ') || '< 50').join(' / ')} ms |`,
  );
  console.log(
    `| the sources page with the live data, from navigation | ${b.sourcesPageMs} ms (longest task ${b.sourcesPageLongestTaskMs} ms) |`,
  );
  console.log(`| browser heap peak | ${b.heapPeakMB} MB |`);
  const hot = b.figurePageProfile;
  if (hot.length > 0) {
    // By total the framework's own functions lead; by self time the work itself does.
    const bySelf = [...hot].sort((x, y) => y.selfMs - x.selfMs).slice(0, 10);
    for (const [title, list] of [
      ['including callees', hot.slice(0, 25)],
      ['in the function itself', bySelf],
    ] as const) {
      console.log(`\nOpening the figure with 1,000 claims (after showing the first 50 figures), CPU time ${title}:\n`);
      console.log('| function | where | total | self |');
      console.log('| --- | --- | --- | --- |');
      for (const f of list) console.log(`| ${f.name} | ${f.at} | ${f.totalMs} ms | ${f.selfMs} ms |`);
    }
  }
}

const FIRST_VISIT_BUDGET = 90 * 1024;

export function printFirstVisit(v: FirstVisit) {
  console.log('\n### Layout shift while loading on slow-4g (CLS, worst run; goal 0)\n');
  console.log('| page | 360×640 | 1280×800 |');
  console.log('| --- | --- | --- |');
  for (const page of [...new Set(v.cls.map((c) => c.page))]) {
    const of = (viewport: string) => v.cls.find((c) => c.page === page && c.viewport === viewport)?.cls ?? '—';
    console.log(`| ${page} | ${of('phone')} | ${of('desktop')} |`);
  }
  const kb = (bytes: number) => round(bytes / 1024, 1);
  const total = v.totalGzipBytes;
  console.log(
    `\nFirst visit of the dashboard, every script it loads: ${kb(total)} KB gzip (goal ≤ 90 KB: ${goal(total <= FIRST_VISIT_BUDGET)})`,
  );
  if (total > FIRST_VISIT_BUDGET) for (const s of v.scripts) console.log(`  ${s.file}: ${kb(s.gzipBytes)} KB`);
}

export function printSources(s: Awaited<ReturnType<typeof sourcesBench>>) {
  const worst = (x: Summary | null) => x?.max ?? Infinity;
  console.log(`\n### The sources page with ${s.sources} sources, CPU slowed ${s.cpuSlowdown}x (median, min–max)\n`);
  console.log('| measure | value |');
  console.log('| --- | --- |');
  console.log(`| from navigation to the live data on screen | ${range(s.loadMs, ' ms')} |`);
  console.log(
    `| its longest main-thread task | ${range(s.loadLongestTaskMs, ' ms')} (goal ≤ 100 ms: ${goal(worst(s.loadLongestTaskMs) <= 100)}); per run: ${s.loadTasksMs.map((t) => t.join(', ') || '< 50').join(' / ')} ms |`,
  );
  console.log(
    `| its longest task loaded again in the same tab | ${range(s.reloadLongestTaskMs, ' ms')} (goal ≤ 100 ms: ${goal(worst(s.reloadLongestTaskMs) <= 100)}); per run: ${s.reloadTasksMs.map((t) => t.join(', ') || '< 50').join(' / ')} ms |`,
  );
  console.log(`| DOM elements | ${range(s.domElements)} (goal ≤ 1,500: ${goal(worst(s.domElements) <= 1500)}) |`);
  console.log(`| typing a filter, longest task | ${range(s.filterLongestTaskMs, ' ms')} |`);
  console.log(
    `| sorting by claims made, longest task | ${s.sortLongestTaskMs ? range(s.sortLongestTaskMs, ' ms') : 'no sorting'} |`,
  );
}
