import { downloadBlob } from '../../components/download';
import { chartFileName, chartSvg, type ChartPicture } from './chart-svg';

/*
 * Loaded when a reader asks for the chart as a file. The chart on screen is
 * copied as it is drawn (recharts' axes and grid, our marks) and framed by
 * chartSvg; the PNG is that SVG drawn on a canvas at twice its size.
 */

/** The chart's <svg> as standalone markup: its own size fixed, the page's classes and styles left behind. */
function chartMarkup(plot: HTMLElement): ChartPicture['chart'] {
  const drawn = plot.querySelector('svg.recharts-surface');
  if (!drawn) throw new Error('The chart is not drawn yet');
  const box = drawn.getBoundingClientRect();
  const [width, height] = [Math.round(box.width), Math.round(box.height)];
  const copy = drawn.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

/** What the file says besides the chart, and what its name is made of. */
export interface ChartDownload extends Omit<ChartPicture, 'chart'> {
  figureId: string;
  /** Set when the figure has several measures, so each measure's file has its own name. */
  measureKey?: string;
  revision: number;
}

async function pngOf(svg: string, width: number, height: number): Promise<Blob> {
  // A data: address, which the page's Content Security Policy allows for images (blob: it does not).
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the picture');
  context.scale(2, 2);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('This browser cannot make a PNG of the chart');
  return blob;
}

export async function downloadChart(format: 'svg' | 'png', plot: HTMLElement, download: ChartDownload) {
  const { figureId, measureKey, revision, ...picture } = download;
  const { svg, width, height } = chartSvg({ ...picture, chart: chartMarkup(plot) });
  const blob =
    format === 'svg' ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }) : await pngOf(svg, width, height);
  downloadBlob(chartFileName(figureId, measureKey, revision, format), blob);
}
