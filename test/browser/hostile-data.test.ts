import { beforeAll, describe, expect, it } from 'vitest';
import { devServerForFile, serveDataset, watchErrors } from './harness';
import { validateDataset } from '../../src/data/checks/validate';
import type { Dataset } from '../../src/data/schema/schema';
import { countFigure, seedDataset, withCorrectionAndWithdrawal } from '../fixtures';

/*
 * A dataset whose every free-text field carries markup and script. The dev
 * server has no Content Security Policy, so nothing but the rendering itself
 * stands between these strings and the page.
 */

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  "'><iframe src=javascript:window.__pwned=1>",
  '{{constructor.constructor("window.__pwned=1")()}}',
];

const dev = devServerForFile();
let hostile: Dataset;
let planted = 0;

/* Puts a payload in every string the schema lets be free text: each one is kept only if the dataset still validates. */
function plant(dataset: Dataset): Dataset {
  const doc = structuredClone(dataset);
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') {
        const record = node as Record<string, unknown>;
        record[key] = `${PAYLOADS[planted % PAYLOADS.length]} ${value}`;
        if (validateDataset(doc).ok) planted += 1;
        else record[key] = value;
      } else visit(value);
    }
  };
  visit(doc);
  return doc;
}

beforeAll(() => {
  // Every kind of text the claim ledger holds too: claim notes, a withdrawal's note, the reason a claim is shown.
  const dataset = withCorrectionAndWithdrawal(seedDataset());
  countFigure(dataset, 'casualties-19-september').shown = {
    claim: 'test-casualties-rival',
    reason: 'The count that covers every district.',
  };
  hostile = plant(dataset);
});

describe('hostile data in Chromium', () => {
  it('shows markup and script in every text field as text, and runs none of it', async () => {
    expect(planted).toBeGreaterThan(20);
    // MSW's worker is blocked so that the API answers with the hostile dataset.
    const context = await dev.browser.newContext({ serviceWorkers: 'block' });
    await serveDataset(context, hostile);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    const shown = new Set<string>();
    const figures = hostile.figures.map((f) => `/figures/${f.id}`);
    for (const path of ['/', ...figures, '/sources']) {
      await page.goto(dev.baseUrl + path);
      await page.locator('h1').first().waitFor();
      await page.waitForFunction((payloads) => payloads.some((p) => document.body.innerText.includes(p)), PAYLOADS);
      const found = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        handlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`),
        ),
        badLinks: [...document.querySelectorAll('[href], [src]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
          .filter((url) => /^\s*(javascript|data|vbscript):/i.test(url)),
        injected: document.querySelectorAll(
          'main img, main svg:not([aria-hidden="true"]) script, main script, main iframe',
        ).length,
        text: document.body.innerText,
      }));
      expect(found.pwned, path).toBeUndefined();
      expect(found.handlers, path).toEqual([]);
      expect(found.badLinks, path).toEqual([]);
      expect(found.injected, path).toBe(0);
      for (const payload of PAYLOADS) if (found.text.includes(payload)) shown.add(payload);
    }
    // Every payload was on screen somewhere, as the literal text it is.
    expect([...shown].sort()).toEqual([...PAYLOADS].sort());
    expect(dialogs).toEqual([]);
    // The blocked worker is reported once per page load; nothing else may go wrong.
    expect(errors.filter((e) => !e.startsWith('The mock API could not start'))).toEqual([]);
    await context.close();
  }, 90_000);
});
