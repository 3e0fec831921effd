import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from '../router/router';

export const SITE_NAME = 'Nagorno-Karabakh dashboard';

export function pageTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} — ${SITE_NAME}`;
}

/*
 * The page's h1. After an in-app navigation (not the first load) it takes
 * focus, so keyboard and screen-reader users land at the top of the new page
 * instead of on the body. It also names the page in the browser's title.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();

  useEffect(() => {
    document.title = pageTitle(title);
  }, [title]);

  useEffect(() => {
    if (location.key !== 'default' && !location.hash) ref.current?.focus();
  }, [location.key, location.hash]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
