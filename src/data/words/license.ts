import type { Dataset } from '../schema/schema';

/* The license of the data, stated on every download and page that hands the numbers on. */
export const DATA_LICENSE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/* The license of the code, as package.json states it. */
export const CODE_LICENSE = {
  name: 'MIT',
  url: 'https://opensource.org/license/mit',
} as const;

/** The license a dataset's numbers are under: its own when it names one, else the default. */
export function dataLicense(dataset: Pick<Dataset, 'about'>): { name: string; url: string } {
  return dataset.about?.license ?? DATA_LICENSE;
}
