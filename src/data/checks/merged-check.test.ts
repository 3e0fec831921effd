import { describe, expect, it } from 'vitest';
import type { Claim } from '../schema/schema';
import { applyUpdate, type PartialUpdate } from '../formats/update';
import { checkMergedDataset } from './merged-check';
import { datasetSchema } from '../ledger/dataset-schema';
import { safeCheck } from './validate';
import { SEED_ID, seedDataset } from '../../../test/fixtures';

const NOW = '2023-09-21T12:00:00Z';

const claim = (extra: Partial<Claim> = {}): Claim => ({
  id: 'zartonk-later',
  figure: 'casualties-19-september',
  date: '2023-09-19',
  time: '22:30',
  values: [{ measure: 'killed', value: 3, qualifier: 'exact' }],
  status: 'reported',
  citation: 'zartonk-casualties',
  ...extra,
});

const update = (extra: Partial<PartialUpdate> = {}): PartialUpdate => ({
  dataset: SEED_ID,
  claims: [claim()],
  ...extra,
});

/* Records as a person types them: the schema trims and normalises their text on the way in. */
const CASES: [string, PartialUpdate][] = [
  ['a new claim', update()],
  [
    'a new claim and source with text to trim',
    {
      dataset: SEED_ID,
      sources: [{ id: 'new-monitor', name: '  New monitor  ', kind: 'ngo' }],
      claims: [claim({ note: ' Cafe\u0301 count. ' })],
    },
  ],
  ['a claim about an unknown figure', update({ claims: [claim({ figure: 'no-such-figure' })] })],
  ['a claim citing an unknown citation', update({ claims: [claim({ citation: 'no-such-citation' })] })],
  [
    'a cumulative count that falls without a note',
    update({ claims: [claim({ values: [{ measure: 'killed', value: 1, qualifier: 'exact' }] })] }),
  ],
  ['a correction of an unknown claim', update({ claims: [claim({ supersedes: 'no-such-claim' })] })],
  [
    'a claim dated after the date the update gives',
    update({ asOf: '2023-09-19', claims: [claim({ date: '2023-09-20' })] }),
  ],
  [
    'a breakdown larger than its total',
    update({
      claims: [
        claim({
          values: [
            {
              measure: 'killed',
              value: 3,
              qualifier: 'exact',
              breakdown: [{ label: 'children', value: 4, qualifier: 'exact' }],
            },
          ],
        }),
      ],
    }),
  ],
  ['a record the schema refuses', update({ claims: [claim({ status: 'rumoured' as Claim['status'] })] })],
  [
    'an event citing an unknown citation',
    {
      dataset: SEED_ID,
      events: [
        { id: 'new-event', kind: 'other', title: 'An event', date: '2023-09-19', citations: ['no-such-citation'] },
      ],
    },
  ],
];

describe('an update to a dataset the schema gave', () => {
  it.each(CASES)('is accepted or refused as when the merged dataset is read whole: %s', (_, given) => {
    const whole = applyUpdate(seedDataset(), given, NOW);
    expect(applyUpdate(seedDataset(), given, NOW, { checked: true })).toEqual(whole);
  });

  it('keeps the records it did not change as they were, so revisions compare quickly', () => {
    const dataset = seedDataset();
    const result = applyUpdate(dataset, update(), NOW, { checked: true });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.data.claims.slice(0, -1)).toEqual(dataset.claims);
    result.data.claims.slice(0, -1).forEach((c, i) => expect(c).toBe(dataset.claims[i]));
    expect(result.data.figures[0]).toBe(dataset.figures[0]);
  });

  it('reads the dataset whole when its own fields are wrong, so the issues are the schema’s', () => {
    const wrong = { ...seedDataset(), title: '', updatedAt: 'yesterday' };
    const result = checkMergedDataset(wrong);
    expect(result.success).toBe(false);
    expect(result).toEqual(safeCheck(datasetSchema, wrong));
  });
});
