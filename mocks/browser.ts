import { setupWorker } from 'msw/browser';
import { createHandlers, type WriteLock } from './handlers';
import { checkSeed, loadSeeds, validSeeds } from './seeds';
import { createStore, STORAGE_KEY_PREFIX, type StorageLike } from './mock-store';

function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const seeds = loadSeeds();

/* Applied updates live in localStorage, so they survive a reload of the page. */
export const store = createStore(validSeeds(seeds), { storage: browserStorage() });
for (const check of seeds) {
  store.setSeedProblems(check.file, check.problems);
  for (const problem of check.problems) console.error(problem);
}
/*
 * Two tabs writing at once must not both read revision 1 and both write
 * revision 2: the read-compare-write of each runs alone, across tabs, under
 * a Web Lock. A browser without Web Locks has one tab's worth of safety.
 */
const lock: WriteLock = (write) =>
  'locks' in navigator ? navigator.locks.request('crisis-dashboard:store', () => write()) : Promise.resolve(write());

export const worker = setupWorker(...createHandlers(store, lock));

/*
 * The data can change under this tab: another tab applies an update (the
 * browser fires a storage event here), or, in development, a seed file is
 * edited. A valid seed edit becomes the current data at once; an invalid one
 * is reported and the data on screen stays as it was.
 */
export function onDataChanged(dataChanged: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith(STORAGE_KEY_PREFIX)) dataChanged();
  });
  import.meta.hot?.on(
    'seeds:changed',
    (edit: { file: string; text: string } | { file: string; problems: string[] }) => {
      if ('problems' in edit) {
        store.setSeedProblems(edit.file, edit.problems);
      } else {
        const check = checkSeed(edit.file, edit.text);
        store.setSeedProblems(edit.file, check.problems);
        if (check.dataset) store.replaceSeed(check.dataset);
      }
      dataChanged();
    },
  );
}
