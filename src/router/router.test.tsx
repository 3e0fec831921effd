import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { BrowserRouter, Link, matchPath, MemoryRouter, NavLink, useLocation, useSearchParam } from './router';

function Where() {
  const { pathname, hash } = useLocation();
  return <output aria-label="where">{pathname + hash}</output>;
}

function Revision() {
  const revision = useSearchParam('revision');
  return <output aria-label="revision">{revision === null ? 'none' : `[${revision}]`}</output>;
}

describe('matchPath', () => {
  it.each([
    ['/', '/', {}],
    ['/sources', '/sources', {}],
    ['/sources', '/sources/', {}],
    ['/figures/:figureId', '/figures/casualties', { figureId: 'casualties' }],
    ['/figures/:figureId', '/figures/a%20b', { figureId: 'a b' }],
  ])('%s matches %s', (pattern, pathname, params) => {
    expect(matchPath(pattern, pathname)).toEqual(params);
  });

  it.each([
    ['/', '/sources'],
    ['/sources', '/update'],
    ['/figures/:figureId', '/figures'],
    ['/figures/:figureId', '/figures/a/b'],
    ['/figures/:figureId', '/figures/%E0%A4%A'],
  ])('%s does not match %s', (pattern, pathname) => {
    expect(matchPath(pattern, pathname)).toBeNull();
  });
});

describe('links', () => {
  it('navigate in memory on a plain click, and mark the current page', () => {
    render(
      <MemoryRouter initial="/">
        <NavLink to="/" end>
          Home
        </NavLink>
        <NavLink to="/figures">Figures</NavLink>
        <Link to="/figures/x#history">A figure</Link>
        <Where />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    fireEvent.click(screen.getByRole('link', { name: 'A figure' }));
    expect(screen.getByLabelText('where')).toHaveTextContent('/figures/x#history');
    expect(screen.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: 'Figures' })).toHaveAttribute('aria-current', 'page');
  });

  it('leave a click with a modifier key to the browser (new tab)', () => {
    render(
      <MemoryRouter initial="/">
        <Link to="/sources">Sources</Link>
        <Where />
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Sources' }), { ctrlKey: true });
    expect(screen.getByLabelText('where')).toHaveTextContent(/^\/$/);
  });

  it('push browser history, and follow the back button', () => {
    window.history.replaceState(null, '', '/');
    render(
      <BrowserRouter>
        <Link to="/sources">Sources</Link>
        <Where />
      </BrowserRouter>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Sources' }));
    expect(window.location.pathname).toBe('/sources');
    expect(screen.getByLabelText('where')).toHaveTextContent('/sources');
    window.history.replaceState(null, '', '/');
    fireEvent(window, new PopStateEvent('popstate'));
    expect(screen.getByLabelText('where')).toHaveTextContent(/^\/$/);
  });
});

describe('search parameters', () => {
  it('read the query of the first address, and of each address navigated to', () => {
    render(
      <MemoryRouter initial="/figures/x?revision=3#claims">
        <Link to="/figures/x">Current</Link>
        <Link to="/?revision=%20abc">Odd</Link>
        <Revision />
      </MemoryRouter>,
    );
    expect(screen.getByLabelText('revision')).toHaveTextContent('[3]');
    fireEvent.click(screen.getByRole('link', { name: 'Current' }));
    expect(screen.getByLabelText('revision')).toHaveTextContent('none');
    fireEvent.click(screen.getByRole('link', { name: 'Odd' }));
    expect(screen.getByLabelText('revision')).toHaveTextContent('[ abc]');
  });

  it('follow the browser address, the back button included', () => {
    window.history.replaceState(null, '', '/?revision=2');
    render(
      <BrowserRouter>
        <Link to="/?revision=5">Five</Link>
        <Revision />
      </BrowserRouter>,
    );
    expect(screen.getByLabelText('revision')).toHaveTextContent('[2]');
    fireEvent.click(screen.getByRole('link', { name: 'Five' }));
    expect(window.location.search).toBe('?revision=5');
    expect(screen.getByLabelText('revision')).toHaveTextContent('[5]');
    window.history.replaceState(null, '', '/');
    fireEvent(window, new PopStateEvent('popstate'));
    expect(screen.getByLabelText('revision')).toHaveTextContent('none');
  });
});
