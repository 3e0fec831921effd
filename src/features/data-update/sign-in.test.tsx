import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../mocks/node';
import { MOCK_EDITOR } from '../../../mocks/handlers';
import { renderApp } from '../../../test/render';
import { until } from '../../../test/fake-clock';
import { createQueryClient } from '../../app/query-client';
import { RECOVERY_MAX_MS } from '../../api/retry';
import { SEED_ID } from '../../../test/fixtures';
import type { RevisionList, RevisionSummary } from '../../data/schema/schema';

const TOKEN = 'ana-secret-token';
const unauthorized = () => HttpResponse.json({ error: { message: 'Sign in: send a token' } }, { status: 401 });
const signedIn = (request: Request) => request.headers.get('Authorization') === `Bearer ${TOKEN}`;

const UPDATE = JSON.stringify({
  dataset: SEED_ID,
  citations: [
    {
      id: 'test-new-count',
      claimedBy: 'medya-news',
      publishedBy: 'medya-news',
      title: 'A later report',
      url: 'https://example.org/later',
      publishedOn: '2023-09-19',
      note: 'A later count, written for tests.',
    },
  ],
  claims: [
    {
      id: 'test-population-later',
      figure: 'population-under-blockade',
      date: '2023-09-19',
      values: [{ measure: 'population', value: 100000, qualifier: 'about' }],
      status: 'reported',
      citation: 'test-new-count',
    },
  ],
});

/* A server that wants a token: whoami and writes answer 401 without the right one, and the mock store serves the rest. */
function requireToken(seen: (string | null)[] = []) {
  server.use(
    http.get('*/api/v1/whoami', ({ request }) =>
      signedIn(request) ? HttpResponse.json({ editor: 'Ana Editor' }) : unauthorized(),
    ),
    http.put('*/api/v1/datasets/:id', ({ request }) => {
      seen.push(request.headers.get('Authorization'));
      return signedIn(request) ? undefined : unauthorized();
    }),
  );
  return seen;
}

async function applyUpdate() {
  fireEvent.change(await screen.findByLabelText('Paste JSON or CSV'), { target: { value: UPDATE } });
  await userEvent.click(screen.getByRole('button', { name: 'Check' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Apply' }));
}

async function signInWith(token: string) {
  await userEvent.type(await screen.findByLabelText('Editor token'), token);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  server.events.removeAllListeners();
});

describe('signing in on the update screen', () => {
  it('names the mocked API’s local editor, asks for no token and offers no sign-out', async () => {
    renderApp('/update');
    expect(await screen.findByText(MOCK_EDITOR)).toBeInTheDocument();
    expect(screen.queryByLabelText('Editor token')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
  });

  it('asks for a token when a write answers 401, then sends it with the write, kept for this tab only', async () => {
    server.use(http.put('*/api/v1/datasets/:id', ({ request }) => (signedIn(request) ? undefined : unauthorized())));
    const seen: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') seen.push(request.headers.get('Authorization'));
    });
    renderApp('/update');
    await screen.findByText(MOCK_EDITOR);
    expect(screen.queryByLabelText('Editor token')).not.toBeInTheDocument();
    await applyUpdate();
    expect(await screen.findByText('Not applied: sign in to save changes.')).toBeInTheDocument();
    await signInWith(TOKEN);
    expect(sessionStorage.getItem('crisis-dashboard:token')).toBe(TOKEN);
    expect(Object.values({ ...localStorage }).join()).not.toContain(TOKEN);

    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Applied. The dashboard now shows revision 2.')).toBeInTheDocument();
    expect(seen).toEqual([null, `Bearer ${TOKEN}`]);
  });

  it('shows who is signed in, and signing out forgets the token', async () => {
    const seen = requireToken();
    const { queryClient } = renderApp('/update');
    await signInWith(TOKEN);
    const status = await screen.findByRole('region', { name: 'Signed in' });
    expect(status).toHaveTextContent('Signed in as Ana Editor.');

    await applyUpdate();
    expect(await screen.findByText('Applied. The dashboard now shows revision 2.')).toBeInTheDocument();
    expect(seen).toEqual([`Bearer ${TOKEN}`]);
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((q) => q.queryKey),
      ),
    ).not.toContain(TOKEN);

    await userEvent.click(within(status).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByLabelText('Editor token')).toBeInTheDocument();
    expect(screen.queryByText('Ana Editor')).not.toBeInTheDocument();
    expect(sessionStorage.getItem('crisis-dashboard:token')).toBeNull();
  });

  it('shows a reader what they can do and a sign-in form, asking who they are once and showing no failure', async () => {
    // The app's own client on a fake clock, so any retry or recovery try it would make falls within the test.
    vi.useFakeTimers();
    requireToken();
    let asked = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/whoami')) asked++;
    });
    renderApp('/update', createQueryClient());
    await until(() => screen.queryByRole('heading', { name: 'Sign in to save changes' }) !== null, 1);
    expect(screen.getByLabelText('Editor token')).toHaveValue('');
    expect(screen.getByText(/Anyone can check a file, preview what it would change and export/)).toBeInTheDocument();
    expect(screen.queryByText('That token was not accepted.')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Paste JSON or CSV')).toBeEnabled();
    // A 401 is an answer, not an outage: neither retried (2, 4 and 8 s on) nor asked again on its own (10 s on).
    await act(() => vi.advanceTimersByTimeAsync(RECOVERY_MAX_MS));
    expect(asked).toBe(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('asks to sign in again when a write meets a revoked token, keeping the pasted change to apply after', async () => {
    const seen = requireToken();
    renderApp('/update');
    await signInWith(TOKEN);
    await screen.findByRole('region', { name: 'Signed in' });
    // The token is revoked: the server now wants another one.
    server.resetHandlers();
    server.use(
      http.put('*/api/v1/datasets/:id', ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return request.headers.get('Authorization') === 'Bearer new-token' ? undefined : unauthorized();
      }),
      http.get('*/api/v1/whoami', ({ request }) =>
        request.headers.get('Authorization') === 'Bearer new-token'
          ? HttpResponse.json({ editor: 'Ana Editor' })
          : unauthorized(),
      ),
    );
    await applyUpdate();
    expect(await screen.findByText('Not applied: sign in to save changes.')).toBeInTheDocument();
    expect(screen.queryByText('Not applied.')).not.toBeInTheDocument();
    expect(screen.getByText('That token was not accepted.')).toBeInTheDocument();
    expect(screen.getByLabelText('Paste JSON or CSV')).toHaveValue(UPDATE);

    await signInWith('new-token');
    await userEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('Applied. The dashboard now shows revision 2.')).toBeInTheDocument();
    expect(seen).toEqual([`Bearer ${TOKEN}`, 'Bearer new-token']);
  });

  it('says so when a token is refused, and asks again', async () => {
    requireToken();
    renderApp('/update');
    await signInWith('mistyped');
    expect(await screen.findByText('That token was not accepted.')).toBeInTheDocument();
    expect(screen.getByLabelText('Editor token')).toHaveValue('');
    expect(sessionStorage.getItem('crisis-dashboard:token')).toBeNull();
  });
});

const entry = (revision: number, action: RevisionSummary['action'], editor: string): RevisionSummary => {
  const none = { added: 0, changed: 0, removed: 0 };
  return {
    revision,
    editor,
    at: '2023-09-20T10:00:00Z',
    action,
    changes: { figures: none, claims: { ...none, added: revision }, sources: none, citations: none, events: none },
  };
};

describe('history of changes', () => {
  it('lists the revisions with editor and what changed, newest first, after a write', async () => {
    renderApp('/update');
    const history = await screen.findByRole('list', { name: 'Revisions, newest first' });
    expect(within(history).getAllByRole('listitem')).toHaveLength(1);
    await applyUpdate();
    await screen.findByText('Applied. The dashboard now shows revision 2.');
    await vi.waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2));
    const [newest, seed] = within(history).getAllByRole('listitem');
    expect(newest).toHaveTextContent(
      /^Revision 2: Whole dataset replaced by local, .*; 1 figure changed, 1 claim added, 1 citation added\./,
    );
    expect(seed).toHaveTextContent(/^Revision 1: Seed data by seed/);
  });

  it('loads earlier pages on request and downloads a revision as it was', async () => {
    const asked: (string | null)[] = [];
    server.use(
      http.get('*/api/v1/datasets/:id/revisions', ({ request }) => {
        const before = new URL(request.url).searchParams.get('before');
        asked.push(before);
        const body: RevisionList = before
          ? { revisions: [entry(1, 'seed', 'seed')] }
          : { revisions: [entry(3, 'update', 'Ana Editor'), entry(2, 'put', 'Ben Editor')], next: 2 };
        return HttpResponse.json(body);
      }),
    );
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:revision');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp('/update');
    const history = await screen.findByRole('list', { name: 'Revisions, newest first' });
    expect(
      within(history)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^Revision 3: Update applied by Ana Editor, .*; 3 claims added\./),
      expect.stringMatching(/^Revision 2: Whole dataset replaced by Ben Editor, .*; 2 claims added\./),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Show earlier changes' }));
    await vi.waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(3));
    expect(asked).toEqual([null, '2']);
    expect(screen.queryByRole('button', { name: 'Show earlier changes' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Download revision 1' }));
    await vi.waitFor(() => expect(createObjectURL).toHaveBeenCalledOnce());
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    const downloaded = JSON.parse(await blob.text()) as { id: string; revision: number };
    expect(downloaded).toMatchObject({ id: SEED_ID, revision: 1 });
  });
});
