/* Timings on a shared machine are noisy: the benchmark reports medians and ranges, never single runs. */

/** The middle value, or the mean of the two middle values; NaN when there are none. */
export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function round(x: number, digits = 0): number {
  return Number(x.toFixed(digits));
}

export interface Summary {
  median: number;
  min: number;
  max: number;
}

/** Median and range, in whole units unless `digits` says otherwise; null when there is nothing to summarise. */
export function summarize(xs: number[], digits = 0): Summary | null {
  if (xs.length === 0) return null;
  return {
    median: round(median(xs), digits),
    min: round(Math.min(...xs), digits),
    max: round(Math.max(...xs), digits),
  };
}
