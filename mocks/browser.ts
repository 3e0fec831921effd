import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { loadSeeds } from './seeds';
import { createStore, type StorageLike } from './store';

function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const seeds = loadSeeds();
for (const problem of seeds.problems) console.error(problem);

/* Applied updates live in localStorage, so they survive a reload of the page. */
export const store = createStore(seeds.datasets, { storage: browserStorage() });
export const worker = setupWorker(...createHandlers(store, seeds.problems));
