import { useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import { NavLink, useLocation } from '../router/router';
import { SectionBoundary } from '../components/section-boundary';
import { useDatasets } from '../api/get-datasets';
import { useOnline } from '../api/online';
import { API_WRITABLE } from '../api/client';
import { StatePanel } from '../components/state-panel';
import { datasetStaleness } from '../data/words/staleness';
import { describeFetchTime, formatDate } from '../data/schema/dates';
import { SITE_NAME } from '../components/page-heading';
import { DEFAULT_DATASET_ID } from './config';
import { renderDay } from './render-day';

const noSubscription = () => () => {};
const today = () => new Date().toISOString().slice(0, 10);
/*
 * Both notices read the dataset list, which every page has, rather than the
 * dataset, which only the update and sources pages load whole.
 * Rendered ahead of time, "today" is the day of the render, and the browser
 * takes the HTML over with that same day; the notice is in the HTML, so
 * nothing moves when the page comes alive, and only its wording may update.
 */

function StaleNotice() {
  const data = useDatasets().data?.datasets.find((d) => d.id === DEFAULT_DATASET_ID);
  const now = useSyncExternalStore(noSubscription, today, renderDay);
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

/* Offline, fetches wait rather than fail; the figures stay, and this says how old they are. */
function OfflineNotice() {
  const online = useOnline();
  const { data, dataUpdatedAt } = useDatasets();
  if (online) return null;
  return (
    <StatePanel kind="notice" title="You are offline.">
      <p>
        {data
          ? `The figures shown are the last ones received (${describeFetchTime(dataUpdatedAt)}). They refresh by themselves when the connection is back.`
          : 'The figures load by themselves when the connection is back.'}
      </p>
    </StatePanel>
  );
}

/* Server-side notices, such as a saved copy that was damaged and set aside, or a seed file that does not validate. */
function ServerNotices() {
  const { data } = useDatasets();
  const notices = data?.notices ?? [];
  if (notices.length === 0) return null;
  return (
    <StatePanel kind="notice" title="About the data">
      <ul className="issue-list">
        {notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
    </StatePanel>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
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
              {/* A read-only site cannot apply updates; its update screen stays at /update for maintainers to check files. */}
              {API_WRITABLE && (
                <li>
                  <NavLink to="/update">Update data</NavLink>
                </li>
              )}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="page">
        <OfflineNotice />
        <StaleNotice />
        <ServerNotices />
        {/* Keyed by page, so that going to another page clears a failure. */}
        <SectionBoundary key={pathname} what="this page">
          {children}
        </SectionBoundary>
      </main>
      <footer className="site-footer">
        <p>
          Every figure names who claimed it, who published it and when. Figures are quoted as published and not
          independently verified unless marked confirmed.
        </p>
        <p>
          <NavLink to="/about">About the data</NavLink>: license, method, updates and corrections.
        </p>
      </footer>
    </>
  );
}
