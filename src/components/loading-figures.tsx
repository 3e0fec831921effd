import { StatePanel } from './state-panel';

export function LoadingFigures({ count = 3 }: { count?: number }) {
  return (
    <>
      <StatePanel kind="loading" title="Loading the latest figures…" />
      <ul className="figure-grid" aria-hidden="true">
        {Array.from({ length: count }, (_, n) => (
          <li key={n} className="figure-card skeleton" />
        ))}
      </ul>
    </>
  );
}
