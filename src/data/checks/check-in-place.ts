import { z } from 'zod';
import { datasetShapeSchema, type Dataset } from '../schema/schema';
import { addIntegrityIssues } from '../ledger/dataset-schema';

/*
 * The dataset schema for a large file parsed only to be checked. zod builds
 * its checked copy beside the parsed value, so a file's data would be held
 * twice. Here each list item is checked on its own: the parsed item stays
 * where its checked copy is the same JSON (as it is in a file the tools
 * wrote), and the copy takes its place where not, so one copy of the data is
 * held, not two. Only for a value no one else holds: its lists are rewritten.
 *
 * The decisions, messages, paths and order of the problems are those of
 * datasetSchema: every list keeps its own schema's checks, and an item's
 * problems are handed back to zod at the item's place in its list.
 */

/* An item that did not pass: what its schema made of it, and its problems as zod raised them. */
class Refused {
  constructor(
    readonly value: unknown,
    readonly issues: z.core.$ZodRawIssue[],
  ) {}
}

/*
 * Made on first use, so that a bundle that never checks a file in place
 * (the browser's) leaves it out.
 */
let schema: ReturnType<typeof makeSchema> | undefined;

/** The dataset schema for a value no one else holds, whose lists it may rewrite. */
export function datasetInPlaceSchema() {
  return (schema ??= makeSchema());
}

function makeSchema() {
  /* An item checked already: passed on as it is, or its problems raised again where they belong. */
  const checkedItem = z.unknown().check((payload) => {
    const item = payload.value;
    if (!(item instanceof Refused)) return;
    payload.value = item.value;
    for (const issue of item.issues) payload.issues.push(issue);
  });

  /* Each list of the dataset, with its own checks (how many items at most) but items already checked. */
  const lists = Object.entries(datasetShapeSchema.shape).flatMap(([key, field]) => {
    if (!(field instanceof z.ZodArray)) return [];
    const list = field as z.ZodArray<z.ZodType>;
    return [{ key, item: list.element, checked: list.clone({ ...list.def, element: checkedItem }) }];
  });

  /*
   * The shape of the dataset with lists checked in place, then the same
   * integrity rules. Its output is a Dataset: every item was made by the
   * dataset's own item schemas.
   */
  const listsChecked = (
    datasetShapeSchema.extend(
      Object.fromEntries(lists.map((list) => [list.key, list.checked])),
    ) as unknown as z.ZodType<Dataset>
  ).superRefine(addIntegrityIssues);

  function checkListsInPlace(value: unknown): unknown {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    // As zod's own safeParse starts a parse; one context for the whole value, as one parse has.
    const ctx = { async: false };
    for (const { key, item, checked } of lists) {
      const items = record[key];
      // A list that is not one, or too long, is refused as a whole before any item is read.
      if (!Array.isArray(items) || !checked.safeParse(items).success) continue;
      for (let i = 0; i < items.length; i++) {
        const result = item._zod.run({ value: items[i], issues: [] }, ctx);
        if (result instanceof Promise) throw new z.core.$ZodAsyncError();
        if (result.issues.length) items[i] = new Refused(result.value, result.issues);
        else if (!sameJson(items[i], result.value)) items[i] = result.value;
      }
    }
    return value;
  }

  return z.preprocess(checkListsInPlace, listsChecked);
}

/* Whether two JSON values are the same, keys in the same order, -0 apart from 0. */
function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const key = ka[i]!;
    if (key !== kb[i] || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false;
  }
  return true;
}
