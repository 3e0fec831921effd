import type { Dataset, DatasetSummary } from '../src/data/schema';

/* The in-memory data behind the mocked API. Reads hand out copies, so nothing outside can change it by accident. */
export function createStore(initial: Dataset[]) {
  let datasets = new Map<string, Dataset>();
  const reset = () => {
    datasets = new Map(initial.map((d) => [d.id, structuredClone(d)]));
  };
  reset();

  return {
    list(): DatasetSummary[] {
      return [...datasets.values()].map(({ id, title, asOf, revision }) => ({ id, title, asOf, revision }));
    },
    get(id: string): Dataset | undefined {
      const found = datasets.get(id);
      return found && structuredClone(found);
    },
    reset,
  };
}

export type Store = ReturnType<typeof createStore>;
