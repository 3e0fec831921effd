import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SectionBoundary } from './section-boundary';

let broken = true;
function Fragile() {
  if (broken) throw new Error('Unexpected shape');
  return <p>Chart drawn</p>;
}

describe('SectionBoundary', () => {
  it('shows what failed in place of the section, leaves its neighbours, and tries again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        <SectionBoundary what="the chart">
          <Fragile />
        </SectionBoundary>
        <p>Neighbour</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not show the chart. The rest of the page is unaffected.Unexpected shape.',
    );
    expect(screen.getByText('Neighbour')).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Chart drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
