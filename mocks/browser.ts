import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { checkSeed, loadSeeds, validSeeds } from './seeds';
import { createStore, type StorageLike } from './store';

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
export const worker = setupWorker(...createHandlers(store));

/*
 * During development the dev server announces every edit of a seed file. A
 * valid edit becomes the current data at once; an invalid one is reported and
 * the data on screen stays as it was.
 */
export function onSeedEdit(dataChanged: () => void): void {
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
