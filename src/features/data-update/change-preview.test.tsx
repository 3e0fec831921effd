import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { diffDatasets } from '../../data/formats/diff';
import { seedDataset } from '../../../test/fixtures';
import { ChangePreview } from './change-preview';

describe('change preview', () => {
  it('shows a renamed source and a changed link host field by field, and the source line each figure would carry', () => {
    const before = seedDataset();
    const after = structuredClone(before);
    after.sources.find((s) => s.id === 'zartonk-media')!.name = 'UN OCHA';
    after.citations.find((c) => c.id === 'zartonk-casualties')!.url = 'https://evil.example/report';
    render(<ChangePreview diff={diffDatasets(before, after)} after={after} />);

    const fields = within(screen.getByRole('table', { name: 'Records already in the data that would change' }));
    const rename = fields.getByRole('row', { name: /Source UN OCHA/ });
    expect(rename).toHaveTextContent('nameZartonk MediaUN OCHA');
    expect(fields.getByRole('row', { name: /Publication .* link/ })).toHaveTextContent(
      'evil.example (https://evil.example/report)',
    );

    const figures = within(screen.getByRole('table', { name: 'Figures that would change' }));
    const casualties = figures.getByRole('row', { name: /Casualties of the 19 September offensive/ });
    expect(casualties).toHaveTextContent('Zartonk Media via Medya News');
    expect(casualties).toHaveTextContent('UN OCHA via Medya News');
  });
});
