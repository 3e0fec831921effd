import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { onlineManager, type QueryClient } from '@tanstack/react-query';
import { renderApp } from '../../../test/render';
import { LATER_POPULATION_UPDATE } from '../../../test/examples';

/* A file whose reading finishes only when the test says so. */
function slowFile(text: string) {
  let finish = () => {};
  const file = new File([text], 'slow.json', { type: 'application/json' });
  Object.defineProperty(file, 'arrayBuffer', {
    value: () => new Promise<ArrayBuffer>((resolve) => (finish = () => resolve(new TextEncoder().encode(text).buffer))),
  });
  return { file, finish: () => finish() };
}

/* Resolves once every check started so far has finished, whether the panel shows its outcome or not. */
function checksFinished(queryClient: QueryClient): Promise<void> {
  const checks = queryClient.getMutationCache();
  const finished = () => checks.getAll().every((check) => check.state.status !== 'pending');
  return new Promise((done) => {
    if (finished()) return done();
    const stop = checks.subscribe(() => {
      if (!finished()) return;
      stop();
      done();
    });
  });
}

async function pasteAndCheck(text: string) {
  fireEvent.change(await screen.findByLabelText('Paste JSON or CSV'), { target: { value: text } });
  await userEvent.click(screen.getByRole('button', { name: 'Check' }));
}

describe('import panel', () => {
  it('says it is checking until the check is done', async () => {
    renderApp('/update');
    const slow = slowFile(JSON.stringify(LATER_POPULATION_UPDATE));
    await userEvent.upload(await screen.findByLabelText('Or choose a JSON or CSV file'), slow.file);
    expect(screen.getByText('Checking…')).toBeInTheDocument();
    await act(async () => slow.finish());
    expect(await screen.findByRole('table', { name: 'Figures that would change' })).toBeInTheDocument();
    expect(screen.queryByText('Checking…')).not.toBeInTheDocument();
  });

  it('shows the check started last when an earlier one ends after it', async () => {
    const { queryClient } = renderApp('/update');
    const slow = slowFile(JSON.stringify(LATER_POPULATION_UPDATE));
    await userEvent.upload(await screen.findByLabelText('Or choose a JSON or CSV file'), slow.file);
    await pasteAndCheck('[1, 2, 3]');
    expect(await screen.findByRole('alert')).toHaveTextContent('the pasted text has 1 problem');

    await act(async () => {
      slow.finish();
      await checksFinished(queryClient);
    });
    expect(screen.getByRole('alert')).toHaveTextContent('the pasted text has 1 problem');
    expect(screen.queryByRole('table', { name: 'Figures that would change' })).not.toBeInTheDocument();
  });

  it('checks while the browser is offline', async () => {
    renderApp('/update');
    onlineManager.setOnline(false);
    try {
      await pasteAndCheck('[1, 2, 3]');
      expect(await screen.findByRole('alert')).toHaveTextContent('the pasted text has 1 problem');
    } finally {
      onlineManager.setOnline(true);
    }
  });

  it('refuses a file that is not UTF-8 by the name of its encoding, as the command line does', async () => {
    renderApp('/update');
    const latin1 = Uint8Array.from('{"dataset": "M\u00e9dya"}', (c) => c.charCodeAt(0));
    const file = new File([latin1], 'latin1.json', { type: 'application/json' });
    await userEvent.upload(await screen.findByLabelText('Or choose a JSON or CSV file'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is not UTF-8 (looks like Latin-1)');
  });

  it('reads a UTF-8 file with a byte order mark like one without', async () => {
    renderApp('/update');
    const text = JSON.stringify(LATER_POPULATION_UPDATE);
    const file = new File([new Uint8Array([0xef, 0xbb, 0xbf]), text], 'bom.json', { type: 'application/json' });
    await userEvent.upload(await screen.findByLabelText('Or choose a JSON or CSV file'), file);
    expect(await screen.findByRole('table', { name: 'Figures that would change' })).toBeInTheDocument();
  });
});
