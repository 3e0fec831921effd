import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { loadSeeds } from './seeds';
import { createStore } from './store';

const seeds = loadSeeds();

export const store = createStore(seeds.datasets);
export const server = setupServer(...createHandlers(store, seeds.problems));
