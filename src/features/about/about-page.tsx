import type { UseQueryResult } from '@tanstack/react-query';
import type { Dataset } from '../../data/schema/schema';
import { ALL_STATUSES, statusMeaning } from '../../data/words/format';
import { formatDate, formatDateTime } from '../../data/schema/dates';
import { CODE_LICENSE, dataLicense } from '../../data/words/license';
import { DEFAULT_EXPECTED_UPDATE_DAYS, expectedUpdateText } from '../../data/words/staleness';
import { PageHeading, SITE_NAME } from '../../components/page-heading';
import { QueryState } from '../../components/query-state';
import { StatePanel } from '../../components/state-panel';
import { StatusBadge } from '../../components/status-badge';
import { Link } from '../../router/router';

/* Text a maintainer wrote with blank lines between paragraphs, shown as those paragraphs. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </>
  );
}

function About({ dataset }: { dataset: Dataset }) {
  const license = dataLicense(dataset);
  const { about } = dataset;
  return (
    <>
      <p className="lead">
        {dataset.title}, {dataset.region}: the situation on {formatDate(dataset.asOf, 'long')}.
      </p>

      <section aria-labelledby="license-heading" className="detail-section">
        <h2 id="license-heading">License</h2>
        <p>
          The data is published under{' '}
          <a href={license.url} rel="license">
            {license.name}
          </a>
          . You may copy, share and adapt it, as long as you credit the {SITE_NAME} and keep, beside each number, the
          source it names.
        </p>
        <p>
          The code of the dashboard is under the <a href={CODE_LICENSE.url}>{CODE_LICENSE.name} license</a>.
        </p>
      </section>

      <section aria-labelledby="method-heading" className="detail-section">
        <h2 id="method-heading">How the figures are shown</h2>
        <p>
          Every number is a <strong>claim</strong>: what one party said about one figure on one day, as it was
          published. Each claim names who made it, the outlet that carried it when that is someone else, and the day the
          number refers to. Claims are only ever added, never edited away.
        </p>
        <h3>How sure a claim is</h3>
        <ul className="about-statuses">
          {ALL_STATUSES.map((status) => (
            <li key={status}>
              <StatusBadge status={status} /> {statusMeaning(status)}
            </li>
          ))}
        </ul>
        <h3>Words before a number</h3>
        <p>
          A number is given as its source gave it: exactly, <em>about</em> a number, <em>at least</em> or{' '}
          <em>at most</em> a number, or <em>between</em> two numbers when the source gave a range. Nothing is rounded or
          adjusted.
        </p>
        <h3>The number shown</h3>
        <p>
          A figure shows the latest claim that still stands. When the maintainers choose another claim instead, the
          figure’s page says which and why. A correction is a new claim that replaces an earlier one; a withdrawn claim
          is marked as withdrawn. Neither is deleted: both stay listed, marked as such, on the figure’s page.
        </p>
        <h3>When parties disagree</h3>
        <p>
          Parties disagree when, on the same day, their latest numbers for the same thing cannot all be true: 2 killed
          and 27 killed cannot, “at least 25” and 27 can, and so can a range and a number inside it. The figure then
          says how many parties disagree and the spread of their numbers, and its page marks every claim involved. A
          party revising its own count is not a disagreement.
        </p>
        {about?.methodology && (
          <>
            <h3>This dataset</h3>
            <Paragraphs text={about.methodology} />
          </>
        )}
      </section>

      <section aria-labelledby="updates-heading" className="detail-section">
        <h2 id="updates-heading">Updates</h2>
        {about?.updateFrequency && <Paragraphs text={about.updateFrequency} />}
        <p>
          The maintainers expect a new report on each figure{' '}
          {expectedUpdateText(about?.expectedUpdateDays ?? DEFAULT_EXPECTED_UPDATE_DAYS)}, unless they set another
          interval for that figure. A number shown that is older than that, counted back from the date of the data, is
          due for a newer report.
        </p>
        <p>
          The figures describe the situation on {formatDate(dataset.asOf, 'long')}. The data was last changed on{' '}
          {formatDateTime(dataset.updatedAt)} (revision {dataset.revision}).
        </p>
      </section>

      <section aria-labelledby="corrections-heading" className="detail-section">
        <h2 id="corrections-heading">Reporting a correction</h2>
        {about?.corrections ? (
          <>
            <Paragraphs text={about.corrections.text} />
            {about.corrections.url && (
              <p>
                <a href={about.corrections.url}>Report a correction</a>
              </p>
            )}
          </>
        ) : (
          <p>
            If a number, a date or an attribution is wrong, tell the maintainers, with a link to the publication that
            shows it.
          </p>
        )}
        <p>
          Every source is listed on the <Link to="/sources">sources page</Link>.
        </p>
      </section>
    </>
  );
}

/* `query` is the dashboard's part of the dataset, which holds every field of the dataset itself. */
export function AboutPage({ query }: { query: UseQueryResult<Dataset> }) {
  return (
    <article className="about-page">
      <PageHeading title="About the data" />
      <QueryState query={query} what="data" loading={<StatePanel kind="loading" title="Loading…" />}>
        {(dataset) => <About dataset={dataset} />}
      </QueryState>
    </article>
  );
}
