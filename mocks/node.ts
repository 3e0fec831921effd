import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { loadSeeds, validSeeds } from './seeds';
import { createStore } from './mock-store';

const seeds = loadSeeds();

export const store = createStore(validSeeds(seeds));
for (const check of seeds) store.setSeedProblems(check.file, check.problems);
export const server = setupServer(...createHandlers(store));
