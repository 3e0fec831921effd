import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  useSyncExternalStore,
  type AnchorHTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';

/*
 * A small router over the History API. The app has a handful of flat routes,
 * and a general-purpose router would cost more JavaScript on a slow connection
 * than everything else on the first screen but React.
 */

export interface Location {
  pathname: string;
  /** "?revision=3", or "" without a query. */
  search: string;
  hash: string;
  /** "default" for the page as first loaded; a new key for every in-app navigation. */
  key: string;
}

interface RouterValue {
  location: Location;
  navigate: (to: string) => void;
}

const RouterContext = createContext<RouterValue | null>(null);
const ParamsContext = createContext<Record<string, string>>({});

function useRouter(): RouterValue {
  const router = useContext(RouterContext);
  if (!router) throw new Error('A router component must wrap the app');
  return router;
}

export function useLocation(): Location {
  return useRouter().location;
}

/** The value of one query parameter of the current address, or null when it is absent. */
export function useSearchParam(name: string): string | null {
  return new URLSearchParams(useLocation().search).get(name);
}

export function useParams(): Record<string, string> {
  return useContext(ParamsContext);
}

export function ParamsProvider({ params, children }: { params: Record<string, string>; children: ReactNode }) {
  return <ParamsContext.Provider value={params}>{children}</ParamsContext.Provider>;
}

function split(to: string, key: string): Location {
  const url = new URL(to, 'http://x');
  return { pathname: url.pathname, search: url.search, hash: url.hash, key };
}

let nextKey = 0;
const newKey = () => `k${++nextKey}-${Date.now().toString(36)}`;

const NAVIGATE_EVENT = 'app:navigate';
let browserLocation: Location | null = null;

function readBrowserLocation(): Location {
  const key = (window.history.state as { key?: string } | null)?.key ?? 'default';
  const { pathname, search, hash } = window.location;
  // The same object while nothing changed, as useSyncExternalStore requires.
  if (
    !browserLocation ||
    browserLocation.pathname !== pathname ||
    browserLocation.search !== search ||
    browserLocation.hash !== hash ||
    browserLocation.key !== key
  ) {
    browserLocation = { pathname, search, hash, key };
  }
  return browserLocation;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

function browserNavigate(to: string) {
  window.history.pushState({ key: newKey() }, '', to);
  if (!to.includes('#')) window.scrollTo(0, 0);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export function BrowserRouter({ children }: { children: ReactNode }) {
  const location = useSyncExternalStore(subscribe, readBrowserLocation, readBrowserLocation);
  const value = useMemo(() => ({ location, navigate: browserNavigate }), [location]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/** For tests: history kept in memory, starting at `initial`. */
export function MemoryRouter({ initial = '/', children }: { initial?: string; children: ReactNode }) {
  const [location, setLocation] = useState(() => split(initial, 'default'));
  const navigate = useCallback((to: string) => setLocation(split(to, newKey())), []);
  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/** For rendering ahead of time: one fixed location. */
export function StaticRouter({ location, children }: { location: string; children: ReactNode }) {
  const value = useMemo(() => ({ location: split(location, 'default'), navigate: () => {} }), [location]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

/* A plain click goes through the router; a click with a modifier key (new tab, new window) is left to the browser. */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey &&
    (!event.currentTarget.target || event.currentTarget.target === '_self')
  );
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  return (
    <a
      {...rest}
      href={to}
      onClick={(event) => {
        onClick?.(event);
        if (!isPlainClick(event)) return;
        event.preventDefault();
        navigate(to);
      }}
    />
  );
}

/** A link that says, with aria-current, when it points at the page being shown. */
export function NavLink({ to, end = false, ...rest }: LinkProps & { end?: boolean }) {
  const { pathname } = useLocation();
  const current = end ? pathname === to : pathname === to || pathname.startsWith(`${to.replace(/\/$/, '')}/`);
  return <Link {...rest} to={to} aria-current={current ? 'page' : undefined} />;
}

/** Matches "/figures/:id" style patterns; returns the params, or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null;
      }
    } else if (w !== h) return null;
  }
  return params;
}
