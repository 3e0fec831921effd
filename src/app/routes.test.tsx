import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { matchPath } from '../router/router';
import { renderApp } from '../../test/render';
import { seedDataset } from '../../test/fixtures';
import { isEmbedPath } from '../data/words/embed';
import { prerenderPaths, ROUTES, titleFor } from './routes';

const dataset = seedDataset();
const paths = prerenderPaths(dataset);

describe('the route table', () => {
  it('renders ahead of time the fixed pages, the not-found page and one page and one embed per figure', () => {
    expect([...paths].sort()).toEqual(
      [
        '/',
        '/sources',
        '/update',
        '/about',
        '/404',
        ...dataset.figures.flatMap((f) => [`/figures/${f.id}`, `/embed/figures/${f.id}`]),
      ].sort(),
    );
  });

  it.each(paths.filter((p) => p !== '/404'))('%s matches exactly one route', (pathname) => {
    expect(ROUTES.filter((route) => matchPath(route.path, pathname))).toHaveLength(1);
  });

  it('leaves /404 to the not-found page', () => {
    expect(ROUTES.filter((route) => matchPath(route.path, '/404'))).toHaveLength(0);
  });

  it('links home from the page for unknown addresses', async () => {
    renderApp('/no/such/page');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(screen.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
  });

  describe('titles, the same as each page gives itself', () => {
    beforeEach(() => {
      document.title = '';
    });

    it.each([...paths, '/figures/no-such-figure', '/no/such/page'])('%s', async (pathname) => {
      renderApp(pathname);
      // An embed is a card alone, titled by its caption rather than a heading.
      if (isEmbedPath(pathname)) await screen.findByRole('figure', {}, { timeout: 5000 });
      else await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
      await waitFor(() => expect(document.title).not.toBe(''));
      expect(titleFor(pathname, dataset)).toBe(document.title);
    });
  });
});
