import type { pagesBench } from './pages';
import type { scaleBench } from './scale';
import { round, type Summary } from './stats';

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
    const goal = (ok: boolean) => (ok ? 'PASS' : 'MISS');
    console.log(
      `\nfigures vs floor ${s.ratios.figuresVsFloor}x (goal ≤ 1.3x: ${goal(s.ratios.figuresVsFloor <= 1.3)}); LCP vs floor ${s.ratios.lcpVsFloor}x; hydrated vs minimal React's figures ${s.ratios.hydratedVsReactFigures}x (goal ≤ 1.2x: ${goal(s.ratios.hydratedVsReactFigures <= 1.2)}); clicks handled in the page: ${s.clicksHandledInPage ? 'yes' : 'NO'}`,
    );
  }
}

export function printScale(s: Awaited<ReturnType<typeof scaleBench>>) {
  console.log(
    `\n### Data at scale: ${s.figures} figures, ${s.historyPoints.toLocaleString('en-GB')} history points, ${s.megabytes} MB\n`,
  );
  console.log('| measure | value |');
  console.log('| --- | --- |');
  console.log(`| JSON.parse | ${s.jsonParseMs} ms |`);
  console.log(
    `| schema + integrity | ${s.validateMs} ms = ${s.validateVsParse}x JSON.parse (goal ≤ 3x: ${s.validateVsParse <= 3 ? 'PASS' : 'MISS'}) |`,
  );
  console.log(`| Node heap peak | ${s.nodeHeapPeakMB} MB |`);
  console.log(`| dashboard with the live data, from navigation | ${s.browser.dashboardWithLiveDataMs} ms |`);
  console.log(`| show the first 50 other figures | ${s.browser.showFirst50Ms} ms |`);
  console.log(`| open a figure with 365 points (chart and table) | ${s.browser.figurePageWith365PointsMs} ms |`);
  console.log(
    `| longest main-thread task | ${s.browser.longestMainThreadTaskMs} ms (goal ≤ 200 ms: ${s.browser.longestMainThreadTaskMs <= 200 ? 'PASS' : 'MISS'}); next: ${s.browser.longTasksMs.slice(1).join(', ')} ms |`,
  );
  console.log(`| browser heap peak | ${s.browser.heapPeakMB} MB |`);
}
