import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/*
 * True on the server and while React takes over the HTML rendered ahead of
 * time, which holds the whole page already; false on a page the browser
 * draws itself, as when a link is followed within the app.
 */
export function useRenderedAhead(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
}

/*
 * Whether a part that takes a moment to draw is shown: at once in HTML
 * rendered ahead of time, or when `later` is false; otherwise after the
 * page's first screen, in a transition, which React renders in short slices
 * between the reader's clicks and keys.
 */
export function useShownAfterPage(later = true): boolean {
  const ahead = useRenderedAhead();
  const [shown, setShown] = useState(ahead);
  useEffect(() => {
    if (later && !shown) startTransition(() => setShown(true));
  }, [later, shown]);
  return shown || !later;
}
