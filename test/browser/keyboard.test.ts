import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { devServerForFile, watchErrors } from './harness';

const dev = devServerForFile();

interface Focused {
  tag: string;
  name: string;
  visible: boolean;
}

/* What has focus, by tag and accessible-ish name, and whether it shows a focus indicator (outline or ring). */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const name = (el.getAttribute('aria-label') ?? (el as HTMLElement).innerText ?? el.textContent ?? '')
      .trim()
      .replace(/\s+/g, ' ');
    return { tag: el.tagName.toLowerCase(), name, visible: outline || style.boxShadow !== 'none' };
  });
}

async function expectVisibleFocus(page: Page, step: string): Promise<Focused> {
  const now = await focused(page);
  expect(now, `focus is lost to the page body at: ${step}`).not.toBeNull();
  expect(now!.visible, `no visible focus indicator on <${now!.tag}> "${now!.name}" at: ${step}`).toBe(true);
  return now!;
}

/* Presses Tab (or Shift+Tab) until the focused element matches, checking the focus indicator at every stop. */
async function tabTo(page: Page, want: (f: Focused) => boolean, what: string, backwards = false): Promise<Focused> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await expectVisibleFocus(page, `tabbing to ${what}`);
    if (want(now)) return now;
  }
  throw new Error(`Tab never reached ${what}`);
}

/* A later population claim whose value is not a number, then the same claim fixed. */
const BROKEN = JSON.stringify({
  dataset: 'nagorno-karabakh-2023-09',
  claims: [
    {
      id: 'population-later',
      figure: 'population-under-blockade',
      date: '2023-09-19',
      time: '18:00',
      values: [{ measure: 'population', value: 'a lot', qualifier: 'about' }],
      status: 'reported',
      citation: 'medya-blockade-population',
    },
  ],
});
const FIXED = BROKEN.replace('"a lot"', '110000');

describe('keyboard alone, in Chromium', () => {
  it('reaches every figure, opens sources, goes back, fixes an import, applies and undoes it', async () => {
    const context = await dev.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(dev.baseUrl);
    await page.getByRole('figure', { name: /^Population under blockade/ }).waitFor();

    const skip = await tabTo(page, () => true, 'the first stop');
    expect(skip.name).toBe('Skip to content');

    const labels = [
      'Population under blockade',
      'Casualties of the 19 September offensive',
      'Blockade duration',
      /^Mine-blast deaths/,
    ];
    for (const label of labels) {
      await tabTo(
        page,
        (f) => f.tag === 'a' && (typeof label === 'string' ? f.name === label : label.test(f.name)),
        `the figure ${label}`,
      );
    }

    await tabTo(
      page,
      (f) => f.tag === 'a' && f.name === 'Casualties of the 19 September offensive',
      'the casualties figure',
      true,
    );
    await tabTo(page, (f) => f.tag === 'a' && f.name.startsWith('Source:'), 'the casualties source badge');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/figures\/casualties-19-september#sources$/);
    await page.getByRole('region', { name: 'Where this number comes from' }).waitFor();
    await page.waitForFunction(() => document.activeElement !== document.body);
    expect((await expectVisibleFocus(page, 'the sources, opened')).name).toMatch(/^Where this number comes from/);

    await tabTo(page, (f) => f.name === '← All key figures', 'the link back', true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${dev.baseUrl}/`);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await expectVisibleFocus(page, 'the dashboard, after going back')).toMatchObject({ tag: 'h1' });

    await tabTo(page, (f) => f.tag === 'a' && f.name === 'Update data', 'the update screen in the menu', true);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${dev.baseUrl}/update`);
    await page.getByLabel('Paste JSON or CSV').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await expectVisibleFocus(page, 'the update screen, opened')).toMatchObject({
      tag: 'h1',
      name: 'Update data',
    });

    await tabTo(page, (f) => f.tag === 'textarea', 'the JSON box');
    await page.keyboard.insertText(BROKEN);
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Check', 'Check');
    await page.keyboard.press('Enter');
    await page.getByText('claims[0].values[0].value: Must be a number').waitFor();
    await expectVisibleFocus(page, 'the problems, shown');

    await tabTo(page, (f) => f.tag === 'textarea', 'the JSON box again', true);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(FIXED);
    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Check', 'Check again');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Preview of the partial update' }).waitFor();
    await expectVisibleFocus(page, 'the preview, shown');

    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Apply', 'Apply');
    await page.keyboard.press('Enter');
    await page
      .getByText(/Applied/)
      .first()
      .waitFor();
    await expectVisibleFocus(page, 'the change, applied');

    await tabTo(page, (f) => f.tag === 'button' && f.name === 'Undo last change', 'Undo', true);
    await page.keyboard.press('Enter');
    await page.getByText(/^Undone/).waitFor();
    await expectVisibleFocus(page, 'the change, undone');

    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
