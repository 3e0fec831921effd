import { useSyncExternalStore } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useDataset } from '../api/get-dataset';
import { datasetStaleness } from '../data/staleness';
import { formatDate } from '../data/dates';
import { SITE_NAME } from '../components/page-heading';
import { DEFAULT_DATASET_ID } from './config';

const noSubscription = () => () => {};
const today = () => new Date().toISOString().slice(0, 10);
// Rendered ahead of time there is no "today"; the notice appears once the page runs in a browser.
const noToday = () => null;

function StaleNotice() {
  const { data } = useDataset(DEFAULT_DATASET_ID);
  const now = useSyncExternalStore(noSubscription, today, noToday);
  if (!data || !now) return null;
  const staleness = datasetStaleness(data.asOf, now);
  if (!staleness.stale) return null;
  return (
    <p className="stale-notice">
      <strong>Historical data:</strong> these figures describe the situation on {formatDate(data.asOf, 'long')} (
      {staleness.text}), not today.
    </p>
  );
}

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <NavLink to="/" className="site-name" end>
            {SITE_NAME}
          </NavLink>
          <nav aria-label="Main">
            <ul>
              <li>
                <NavLink to="/" end>
                  Key figures
                </NavLink>
              </li>
              <li>
                <NavLink to="/sources">Sources</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="page">
        <StaleNotice />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>
          Every figure names who claimed it, who published it and when. Figures are quoted as published and not
          independently verified unless marked confirmed.
        </p>
      </footer>
    </>
  );
}
