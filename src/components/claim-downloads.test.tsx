import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { seedDataset } from '../../test/fixtures';
import { ClaimDownloads } from './claim-downloads';
import { downloadText } from './download';

vi.mock('./download', () => ({ downloadText: vi.fn() }));

const saved = vi.mocked(downloadText);

describe('ClaimDownloads', () => {
  it('saves one figure’s claims as CSV with the HXL row', async () => {
    saved.mockClear();
    const dataset = seedDataset();
    render(
      <ClaimDownloads
        dataset={dataset}
        figureId="casualties-19-september"
        loadWhole={() => Promise.resolve(dataset)}
      />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download this figure’s claims (CSV)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    const [name, text, type] = saved.mock.calls[0]!;
    expect(name).toBe(`${dataset.id}.casualties-19-september.claims.r${dataset.revision}.csv`);
    expect(type).toBe('text/csv;charset=utf-8');
    const lines = text.split('\r\n');
    expect(lines[1]).toMatch(/^#indicator \+code,/);
    expect(lines.filter((l) => l.startsWith('casualties-19-september,'))).toHaveLength(2);
  });

  it('saves every claim as JSON with its header, and offers the whole dataset only on the dashboard', async () => {
    saved.mockClear();
    const dataset = seedDataset();
    // The page may hold only its slice (here: no claims at all); the files carry the whole dataset.
    render(<ClaimDownloads dataset={{ ...dataset, claims: [] }} loadWhole={() => Promise.resolve(dataset)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download every claim (JSON)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    const body = JSON.parse(saved.mock.calls[0]![1]) as { meta: { revision: number }; rows: unknown[] };
    expect(body.meta.revision).toBe(dataset.revision);
    expect(body.rows).toHaveLength(5);

    await userEvent.click(screen.getByRole('button', { name: 'Download the whole dataset (JSON)' }));
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(2));
    expect(saved.mock.calls[1]![0]).toBe(`${dataset.id}.r${dataset.revision}.json`);
    expect(JSON.parse(saved.mock.calls[1]![1])).toMatchObject({ id: dataset.id, claims: dataset.claims });
  });

  it('has no whole-dataset button on a figure', () => {
    const dataset = seedDataset();
    render(
      <ClaimDownloads
        dataset={dataset}
        figureId="casualties-19-september"
        loadWhole={() => Promise.resolve(dataset)}
      />,
    );
    expect(screen.queryByRole('button', { name: /whole dataset/ })).not.toBeInTheDocument();
  });
});
