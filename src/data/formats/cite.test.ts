import { describe, expect, it } from 'vitest';
import { bibtexEscape, citationBibtex, citationCslJson, citationPlain, type FigureReference } from './cite';

const ref: FigureReference = {
  figureId: 'casualties-19-september',
  label: 'Casualties of the 19 September offensive',
  value: '2 civilians killed, of whom 1 child; 23 injured',
  attributions: [{ claimant: 'Zartonk Media', via: 'Medya News' }],
  date: '2023-09-19',
  siteName: 'Nagorno-Karabakh dashboard',
  datasetTitle: 'Nagorno-Karabakh: blockade and offensive',
  revision: 3,
  url: 'https://example.org/figures/casualties-19-september',
  accessed: '2026-12-01',
};

describe('citationPlain', () => {
  it('gives the figure, value, claimant via outlet, date, dashboard, revision, address and access date', () => {
    expect(citationPlain(ref)).toBe(
      'Casualties of the 19 September offensive: 2 civilians killed, of whom 1 child; 23 injured. ' +
        'Zartonk Media via Medya News, 19 September 2023. ' +
        'In Nagorno-Karabakh dashboard, “Nagorno-Karabakh: blockade and offensive”, revision 3. ' +
        'https://example.org/figures/casualties-19-september?revision=3 (accessed 1 December 2026).',
    );
  });

  it('names every party behind a figure shown from several claims', () => {
    const both = { ...ref, attributions: [...ref.attributions, { claimant: 'Test Ombudsman' }] };
    expect(citationPlain(both)).toContain('Zartonk Media via Medya News and Test Ombudsman, 19 September 2023.');
  });
});

describe('the permalink', () => {
  it('pins the address to the revision cited, in every format', () => {
    const older = { ...ref, revision: 7 };
    const link = 'https://example.org/figures/casualties-19-september?revision=7';
    expect(citationPlain(older)).toContain(`revision 7. ${link} (accessed`);
    expect(citationBibtex(older)).toContain(`  url = {${link}},\n`);
    expect(citationBibtex(older)).toContain('  version = {7},\n');
    const [item] = JSON.parse(citationCslJson(older)) as { URL: string; version: string }[];
    expect(item).toMatchObject({ URL: link, version: '7' });
  });
});

describe('citationBibtex', () => {
  it('credits the claimant as author and the outlet as publisher, keyed by figure and revision', () => {
    const bib = citationBibtex(ref);
    expect(bib.startsWith('@misc{casualties-19-september-r3,\n')).toBe(true);
    expect(bib).toContain('  author = {{Zartonk Media}},\n');
    expect(bib).toContain('  publisher = {Medya News},\n');
    expect(bib).toContain('  version = {3},\n');
    expect(bib).toContain('  url = {https://example.org/figures/casualties-19-september?revision=3},\n');
    expect(bib).toContain('  urldate = {2026-12-01},\n');
    expect(bib.trimEnd().endsWith('}')).toBe(true);
  });

  it('escapes what TeX would read as commands', () => {
    expect(bibtexEscape('50% & {more} #1 a_b ~ ^ \\')).toBe(
      '50\\% \\& \\{more\\} \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(citationBibtex({ ...ref, label: 'Share: 3%' })).toContain('title = {Share: 3\\%: ');
  });
});

describe('citationCslJson', () => {
  it('is one dataset item with the claimant as author, dates as parts and the revision as version', () => {
    const [item, ...rest] = JSON.parse(citationCslJson(ref)) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(item).toEqual({
      id: 'casualties-19-september-r3',
      type: 'dataset',
      title: 'Casualties of the 19 September offensive: 2 civilians killed, of whom 1 child; 23 injured',
      author: [{ literal: 'Zartonk Media' }],
      publisher: 'Medya News',
      'container-title': 'Nagorno-Karabakh dashboard: Nagorno-Karabakh: blockade and offensive',
      version: '3',
      issued: { 'date-parts': [[2023, 9, 19]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      URL: 'https://example.org/figures/casualties-19-september?revision=3',
      note: 'As reported by Zartonk Media via Medya News',
    });
  });

  it('gives the claimant as its own publisher when it published the claim itself', () => {
    const [item] = JSON.parse(citationCslJson({ ...ref, attributions: [{ claimant: 'Medya News' }] })) as {
      publisher: string;
    }[];
    expect(item!.publisher).toBe('Medya News');
  });
});
