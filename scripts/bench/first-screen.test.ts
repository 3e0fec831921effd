import { describe, expect, it } from 'vitest';
import { firstScreenScripts } from './first-screen';

describe('firstScreenScripts', () => {
  it('lists the entry script and the preloaded modules, in order', () => {
    const html =
      '<script type="module" crossorigin src="/assets/index-a1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/react-b2.js">';
    expect(firstScreenScripts(html)).toEqual(['assets/index-a1.js', 'assets/react-b2.js']);
  });

  it('reads paths relative to the page too', () => {
    expect(firstScreenScripts('<script type="module" src="./main.js"></script>')).toEqual(['main.js']);
  });

  it('leaves out stylesheets, data blocks and other links', () => {
    const html =
      '<link rel="stylesheet" href="/assets/index.css">' +
      '<link rel="icon" href="/favicon.js">' +
      '<script type="application/json" id="initial-data">{"src":"/x.js"}</script>';
    expect(firstScreenScripts(html)).toEqual([]);
  });
});
