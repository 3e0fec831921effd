import { describe, expect, it } from 'vitest';
import { devServerForFile, watchErrors } from './harness';

const dev = devServerForFile();

describe('dashboard in Chromium', () => {
  for (const width of [1280, 375]) {
    it(`shows the headline figures with their sources and dates at ${width} px`, async () => {
      const page = await dev.browser.newPage({ viewport: { width, height: 800 } });
      const errors = watchErrors(page);
      await page.goto(dev.baseUrl);

      const population = page.getByRole('figure', { name: /^Population under blockade/ });
      await population.waitFor();
      await expect(population.getByText('120,000').isVisible()).resolves.toBe(true);
      await expect(population.locator('cite').innerText()).resolves.toBe('Medya News');
      await expect(population.locator('time').getAttribute('datetime')).resolves.toBe('2023-09-19');

      const casualties = page.getByRole('figure', { name: /^Casualties of the 19 September offensive/ });
      await expect(casualties.locator('cite').allInnerTexts()).resolves.toEqual(['Zartonk Media', 'Medya News']);
      await expect(casualties.getByText('23', { exact: true }).isVisible()).resolves.toBe(true);

      const duration = page.getByRole('figure', { name: /^Blockade duration: 281 days/ });
      await expect(duration.getByText('281', { exact: true }).isVisible()).resolves.toBe(true);
      await expect(
        duration.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime'))),
      ).resolves.toEqual(['2022-12-12', '2023-09-19', '2023-09-19']);

      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
