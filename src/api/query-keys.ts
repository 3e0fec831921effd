/*
 * The cache's keys for a dataset and the parts of it pages read, in one
 * place: a page's data rendered ahead of time is put under its key before
 * that page's own query module has loaded, so priming the cache does not pull
 * every page's request code into the first screen's script.
 */
export const datasetKey = (id: string) => ['datasets', id] as const;
export const dashboardKey = (id: string) => ['datasets', id, 'dashboard'] as const;
export const figureKey = (id: string, figureId: string) => ['datasets', id, 'figures', figureId] as const;
export const sourcesKey = (id: string) => ['datasets', id, 'sources'] as const;
