export interface NearScreen {
  /** Resolves once the element comes within a quarter of a screen of the viewport, or `now` is called. */
  reached: Promise<void>;
  now: () => void;
}

/*
 * Watches the element `selector` finds, so code for a section far below the
 * fold loads only when a reader scrolls towards it; until then React leaves
 * that section's HTML, rendered ahead of time, as it is. Without the element
 * (a page rendered in the browser, or on the server) or without
 * IntersectionObserver, reached at once.
 */
export function nearScreen(selector: string): NearScreen {
  let now = () => {};
  const reached = new Promise<void>((done) => (now = done));
  const element = typeof document === 'undefined' ? null : document.querySelector(selector);
  if (!element || typeof IntersectionObserver === 'undefined') {
    now();
    return { reached, now };
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) now();
    },
    { rootMargin: '25% 0px' },
  );
  observer.observe(element);
  void reached.then(() => observer.disconnect());
  return { reached, now };
}
