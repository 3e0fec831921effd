import { describe, expect, it } from 'vitest';
import type { Dataset } from '../schema/schema';
import { diffDatasets, isEmptyDiff } from './diff';
import { linkHost } from '../schema/links';
import { seedDataset } from '../../../test/fixtures';

/* Every change to what a reader sees must reach the preview, field by field. */

function changed(edit: (d: Dataset) => void) {
  const before = seedDataset();
  const after = structuredClone(before);
  edit(after);
  return diffDatasets(before, after);
}

describe('field changes in the preview', () => {
  it('shows a renamed source, before and after', () => {
    const diff = changed((d) => {
      d.sources.find((s) => s.id === 'zartonk-media')!.name = 'UN OCHA';
    });
    expect(diff.fields).toEqual([
      {
        record: 'source',
        id: 'zartonk-media',
        name: 'UN OCHA',
        field: 'name',
        before: 'Zartonk Media',
        after: 'UN OCHA',
      },
    ]);
  });

  it('shows the source line of every figure the rename reaches', () => {
    const diff = changed((d) => {
      d.sources.find((s) => s.id === 'zartonk-media')!.name = 'UN OCHA';
    });
    const casualties = diff.figures.find((f) => f.id === 'casualties-19-september');
    expect([casualties?.before?.source, casualties?.after?.source]).toEqual([
      'Zartonk Media via Medya News',
      'UN OCHA via Medya News',
    ]);
  });

  it('shows the host a changed link really goes to', () => {
    const diff = changed((d) => {
      d.citations[1]!.url = 'https://evil.example/medyanews.net/report';
    });
    const link = diff.fields.find((f) => f.field === 'link');
    expect(link?.before).toMatch(/^medyanews\.net \(/);
    expect(link?.after).toBe('evil.example (https://evil.example/medyanews.net/report)');
  });

  it('shows a change of claimant by name', () => {
    const diff = changed((d) => {
      d.citations[1]!.claimedBy = 'azerbaijani-army';
    });
    expect(diff.fields.map((f) => [f.field, f.before, f.after])).toEqual([
      ['claimed by', 'Zartonk Media (zartonk-media)', 'Azerbaijani army (azerbaijani-army)'],
    ]);
  });

  it('shows a change of status alone', () => {
    const diff = changed((d) => {
      const duration = d.figures.find((f) => f.kind === 'duration');
      if (duration?.kind === 'duration') duration.status = 'confirmed';
    });
    expect(diff.fields.map((f) => [f.field, f.before, f.after])).toEqual([['status', 'reported', 'confirmed']]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('shows a changed note and a changed event date', () => {
    const diff = changed((d) => {
      d.citations[0]!.note = 'Another note.';
      d.events[1]!.date = '2023-06-16';
    });
    expect(diff.fields.map((f) => `${f.record} ${f.field}`)).toEqual(['citation note', 'event date']);
  });

  it('lists nothing when only the key order differs', () => {
    const diff = changed((d) => {
      d.sources[0] = {
        url: d.sources[0]!.url,
        kind: d.sources[0]!.kind,
        name: d.sources[0]!.name,
        id: d.sources[0]!.id,
      };
    });
    expect(diff.fields).toEqual([]);
  });
});

describe('linkHost', () => {
  it('gives a non-ASCII host in punycode, so a look-alike shows for what it is', () => {
    expect(linkHost('https://icrс.org/report')).toBe('xn--icr-6ed.org (https://icrс.org/report)');
  });

  it('gives the host after any user name, which is where the link goes', () => {
    expect(linkHost('https://www.icrc.org@evil.example/')).toMatch(/^evil\.example /);
  });
});
